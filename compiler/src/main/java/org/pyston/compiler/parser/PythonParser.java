package org.pyston.compiler.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Stmt;

/**
 * Entry point: Python 3.11 source to AST. Pipeline: {@link Tokenizer} (hand-written, CPython's
 * rules) then the ANTLR parser generated from PythonGrammar.g4, first with SLL prediction and,
 * only if that fails, again with full LL; then {@link StmtBuilder} / {@link ExprBuilder} build the
 * AST and apply the checks CPython's grammar does with its invalid_* rules.
 *
 * <p>Every failure surfaces as {@link ParseError}; no other exception escapes.
 */
public final class PythonParser {
    private PythonParser() {}

    /** How many parses needed the LL fallback after SLL failed (a performance diagnostic for tests). */
    static final java.util.concurrent.atomic.AtomicInteger LL_FALLBACKS = new java.util.concurrent.atomic.AtomicInteger();

    /** Every parse since start-up, of any kind (tests assert that importing the bundled library parses nothing). */
    private static final java.util.concurrent.atomic.AtomicLong PARSES = new java.util.concurrent.atomic.AtomicLong();

    /** How many times source was parsed in this JVM. */
    public static long parseCount() {
        return PARSES.get();
    }

    public static Mod.Module parseModule(String source, String filename) throws ParseError {
        return guarded(filename, () -> {
            SourceText src = new SourceText(source, filename);
            Tokenizer tk = Tokenizer.ofSource(src);
            PythonGrammar.File_inputContext tree = run(src, tk, PythonGrammar::file_input);
            return new Mod.Module(new StmtBuilder(new ExprBuilder(src, tk.tokens()), tk.tokens()).fileInput(tree));
        });
    }

    public static Mod.Expression parseExpression(String source, String filename) throws ParseError {
        return guarded(filename, () -> {
            SourceText src = new SourceText(source, filename);
            Tokenizer tk = Tokenizer.ofSource(src);
            PythonGrammar.Eval_inputContext tree = run(src, tk, PythonGrammar::eval_input);
            return new Mod.Expression(new ExprBuilder(src).testlist(tree.testlist()));
        });
    }

    public static Mod.Interactive parseInteractive(String source, String filename) throws ParseError {
        return guarded(filename, () -> {
            SourceText src = new SourceText(source, filename);
            Tokenizer tk = Tokenizer.ofSource(src);
            PythonGrammar.File_inputContext tree = run(src, tk, PythonGrammar::file_input);
            if (tree.stmt().size() > 1) {
                ParserRuleContext second = tree.stmt(1);
                throw src.error("SyntaxError", "multiple statements found while compiling a single statement",
                    second.start.getLine(), second.start.getCharPositionInLine(),
                    second.start.getLine(), second.start.getCharPositionInLine() + 1);
            }
            List<Stmt> body = new StmtBuilder(new ExprBuilder(src, tk.tokens()), tk.tokens()).fileInput(tree);
            return new Mod.Interactive(body);
        });
    }

    /**
     * Decodes source bytes as CPython does: a UTF-8 BOM, else a PEP 263 coding cookie on one of the
     * first two lines, else UTF-8. Undecodable input raises ParseError.
     */
    public static String decodeSource(byte[] data) {
        return decodeSource(data, "<unknown>");
    }

    /**
     * {@link #decodeSource(byte[])} for the file {@code filename}: UTF-8 source without a BOM or
     * coding cookie that does not decode raises CPython's "Non-UTF-8 code starting with '\xNN' in
     * file F on line N, but no encoding declared" (a SyntaxError with only a message, as the one
     * CPython's tokenizer raises when it opens the file).
     */
    public static String decodeSource(byte[] data, String filename) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            String enc = codingCookie(data, 3);
            if (enc != null && !normalEncodingName(enc).equals("utf-8")) {
                throw new ParseError("SyntaxError", "encoding problem: " + enc + " with BOM", "<unknown>", 0, 0, 0, 0, null);
            }
            return strictDecode(data, 3, StandardCharsets.UTF_8, "utf-8");
        }
        String enc = codingCookie(data, 0);
        Charset cs = StandardCharsets.UTF_8;
        if (enc != null) {
            cs = charsetFor(enc);
            if (cs == null) {
                throw new ParseError("SyntaxError", "unknown encoding: " + enc, "<unknown>", 1, 0, 1, 0, null);
            }
        }
        if (enc == null) {
            int bad = firstMalformedUtf8(data);
            if (bad >= 0) {
                int line = 1;
                for (int i = 0; i < bad; i++) {
                    if (data[i] == '\n') line++;
                }
                throw new ParseError("SyntaxError", String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    data[bad] & 0xFF, filename, line), null, 0, 0, 0, 0, null);
            }
        }
        return strictDecode(data, 0, cs, enc == null ? "utf-8" : enc);
    }

    /** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
    private static int firstMalformedUtf8(byte[] data) {
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, data.length));
        java.nio.charset.CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** CPython's get_normal_name: canonical spellings of utf-8 and latin-1, anything else unchanged. */
    private static String normalEncodingName(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        if (e.equals("utf-8") || e.startsWith("utf-8-")) return "utf-8";
        if (e.matches("(latin-1|iso-8859-1|iso-latin-1)(-.*)?")) return "iso-8859-1";
        return enc;
    }

    private static String codingCookie(byte[] data, int start) {
        int lineStart = start;
        for (int lineNo = 0; lineNo < 2 && lineStart < data.length; lineNo++) {
            int end = lineStart;
            while (end < data.length && data[end] != '\n' && data[end] != '\r') end++;
            String line = new String(data, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) return m.group(1);
            // only a blank or comment line lets the cookie be on line 2
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) return null;
            lineStart = end + 1;
            if (end + 1 < data.length && data[end] == '\r' && data[end + 1] == '\n') lineStart++;
        }
        return null;
    }

    private static Charset charsetFor(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        if (e.equals("utf-8") || e.startsWith("utf-8-") || e.equals("utf8")) return StandardCharsets.UTF_8;
        if (e.equals("latin-1") || e.startsWith("latin-1-") || e.equals("iso-8859-1") || e.startsWith("iso-8859-1-")
            || e.equals("iso-latin-1") || e.equals("latin1")) {
            return StandardCharsets.ISO_8859_1;
        }
        if (e.equals("ascii") || e.equals("us-ascii")) return StandardCharsets.US_ASCII;
        try {
            return Charset.forName(e);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static String strictDecode(byte[] data, int offset, Charset cs, String name) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data, offset, data.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ParseError("SyntaxError", "(unicode error) '" + name + "' codec can't decode bytes",
                "<unknown>", 1, 0, 1, 0, null);
        }
    }

    // ---- internals shared with FStringParser ----------------------------------------------------

    /** Parses an f-string replacement field's expression at its place in {@code src}. */
    static Expr parseFStringExpr(SourceText src, int from, int to, int line, int firstLineShift) {
        Tokenizer tk = Tokenizer.ofFStringExpr(src, from, to, line, firstLineShift);
        PythonGrammar.Fstring_inputContext tree = run(src, tk, PythonGrammar::fstring_input);
        ExprBuilder eb = new ExprBuilder(src, tk.tokens());
        if (tree.yield_expr() != null) return eb.yieldExpr(tree.yield_expr());
        return eb.parenContents(tree.testlist_comp(), Spans.of(tree.testlist_comp()));
    }

    /** Runs a start rule: SLL first (fast, no full-context prediction), LL only if SLL fails. */
    private static <T extends ParserRuleContext> T run(SourceText src, Tokenizer tk, Function<PythonGrammar, T> rule) {
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tk.tokens()));
        PythonGrammar parser = new PythonGrammar(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException sllFailure) {
            LL_FALLBACKS.incrementAndGet();
            stream.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return rule.apply(parser);
            } catch (ParseCancellationException e) {
                RecognitionException cause = e.getCause() instanceof RecognitionException r ? r : null;
                throw new SyntaxErrors(src, tk, stream, parser).toParseError(cause);
            }
        }
    }

    private interface Body<T> { T get(); }

    private static <T> T guarded(String filename, Body<T> body) {
        PARSES.incrementAndGet();
        try {
            return body.get();
        } catch (ParseError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new ParseError("SyntaxError", "too many nested parentheses", filename, 1, 1, 1, 1, null);
        } catch (RuntimeException e) {
            throw new ParseError("SyntaxError", "invalid syntax (internal parser error: " + e + ")", filename,
                1, 1, 1, 1, null);
        }
    }
}
