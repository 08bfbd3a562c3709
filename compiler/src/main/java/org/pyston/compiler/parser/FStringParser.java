package org.pyston.compiler.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Span;

/**
 * Builds the node for a run of adjacent string literals, following CPython 3.11's
 * Parser/string_parser.c: plain strings concatenate into one Constant; if any part is an f-string
 * the result is one JoinedStr whose literal pieces are merged Constants and whose replacement
 * fields are FormattedValues. Replacement-field expressions are tokenized and parsed from the
 * original source text so their nodes carry real positions.
 *
 * <p>Span rules copied from CPython 3.11: the JoinedStr, its FormattedValues and any Constant
 * flushed before a field span the whole run; a format spec's JoinedStr (and a trailing Constant in
 * it) span only the token that contains it.
 */
final class FStringParser {
    private final ExprBuilder b;
    private final List<PyToken> toks;
    private final Span whole;
    /** The token being decoded (for error positions). */
    private PyToken current;

    /** Pieces of one JoinedStr under construction. */
    private static final class State {
        final List<Expr> parts = new ArrayList<>();
        /** Pending literal text, null when there is none (CPython's last_str). */
        StringBuilder last;

        void literal(String s) {
            if (s.isEmpty()) return;
            if (last == null) last = new StringBuilder();
            last.append(s);
        }
    }

    FStringParser(ExprBuilder b, List<PyToken> toks, Span whole) {
        this.b = b;
        this.toks = toks;
        this.whole = whole;
    }

    /**
     * An f-string error is reported where CPython's parser stands when it decodes the strings: at
     * the token after the last string (the look-ahead that ended the sequence, maybe on a later
     * line), with its extent; at the end of the last string, with no extent, when that token is
     * the NEWLINE ending the line (CPython's has none) or has no extent itself.
     */
    private ParseError error(String msg) {
        PyToken last = toks.get(toks.size() - 1);
        int next = last.getTokenIndex() + 1;
        if (b.tokens != null && last.getTokenIndex() >= 0 && next < b.tokens.size()) {
            PyToken t = b.tokens.get(next);
            if (t.getType() != PythonGrammar.NEWLINE && t.endLine == t.getLine() && t.endCol > t.getCharPositionInLine()) {
                return b.error(msg, Spans.of(t));
            }
        }
        return b.error(msg, new Span(last.endLine, last.endCol, last.endLine, last.endCol));
    }

    private static String kindOf(PyToken t) { return t.getText().charAt(0) == 'u' ? "u" : null; }

    Expr build() {
        int bytesCount = 0;
        List<int[]> texts = new ArrayList<>(toks.size());
        List<StringLiterals.Form> forms = new ArrayList<>(toks.size());
        for (PyToken t : toks) {
            int[] c = t.getText().codePoints().toArray();
            StringLiterals.Form f = StringLiterals.form(c);
            texts.add(c);
            forms.add(f);
            if (f.bytes()) bytesCount++;
        }
        try {
            if (bytesCount > 0) {
                if (bytesCount != toks.size()) throw b.error("cannot mix bytes and nonbytes literals", whole);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < toks.size(); i++) {
                    StringLiterals.Form f = forms.get(i);
                    current = toks.get(i);
                    out.writeBytes(StringLiterals.decodeBytes(texts.get(i), f.bodyStart(), f.bodyEnd(), f.raw()));
                }
                return new Expr.Constant(out.toByteArray(), null, whole);
            }
            State st = new State();
            boolean fmode = false;
            for (int i = 0; i < toks.size(); i++) {
                StringLiterals.Form f = forms.get(i);
                int[] c = texts.get(i);
                if (!f.fstring()) {
                    st.literal(StringLiterals.decodeStr(c, f.bodyStart(), f.bodyEnd(), f.raw()));
                } else {
                    fmode = true;
                    parse(st, toks.get(i), c, f.bodyStart(), f.bodyEnd(), f.raw(), 0);
                }
            }
            String kind = kindOf(toks.get(0));
            if (!fmode) return new Expr.Constant(st.last == null ? "" : st.last.toString(), kind, whole);
            if (st.last != null) st.parts.add(new Expr.Constant(st.last.toString(), kind, whole));
            return new Expr.JoinedStr(List.copyOf(st.parts), whole);
        } catch (StringLiterals.LiteralError e) {
            if (e.getMessage().startsWith("bytes can only")) {
                throw b.error(e.getMessage(), Spans.of(current));
            }
            PyToken t = toks.get(toks.size() - 1);
            throw b.error(e.getMessage(), new Span(t.endLine, t.endCol, t.endLine, t.endCol));
        }
    }

    /** Parses f-string text from {@code i} to {@code end}; at level > 0 stops at the '}' closing a spec. */
    private int parse(State st, PyToken t, int[] c, int i, int end, boolean raw, int lvl) {
        while (true) {
            int litStart = i;
            while (i < end) {
                int ch = c[i++];
                if (!raw && ch == '\\' && i < end) {
                    ch = c[i++];
                    if (ch == 'N' && i < end && c[i] == '{') {
                        while (i < end && c[i++] != '}') { }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (lvl == 0) {
                        if (i < end && c[i] == ch) {
                            st.literal(StringLiterals.decodeStr(c, litStart, i, raw));
                            i++;
                            litStart = i;
                            continue;
                        }
                        if (ch == '}') throw error("f-string: single '}' is not allowed");
                    }
                    i--;
                    break;
                }
            }
            st.literal(StringLiterals.decodeStr(c, litStart, i, raw));
            if (i >= end || c[i] == '}') return i;
            if (lvl >= 2) throw error("f-string: expressions nested too deeply");
            i = field(st, t, c, i + 1, end, raw, lvl);
        }
    }

    /** Parses one replacement field starting just after its '{'; returns the index after its '}'. */
    private int field(State st, PyToken t, int[] c, int i, int end, boolean raw, int lvl) {
        int exprStart = i;
        int quote = 0;
        int stringType = 0;
        List<Integer> parens = new ArrayList<>();
        while (i < end) {
            int ch = c[i];
            if (ch == '\\') throw error("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (stringType == 3) {
                        if (i + 2 < end && c[i + 1] == ch && c[i + 2] == ch) {
                            i += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        i++;
                        quote = 0;
                        continue;
                    }
                }
                i++;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < end && c[i + 1] == ch && c[i + 2] == ch) {
                    stringType = 3;
                    i += 2;
                } else {
                    stringType = 1;
                }
                quote = ch;
                i++;
                continue;
            }
            if (ch == '[' || ch == '{' || ch == '(') {
                if (parens.size() >= 200) throw error("f-string: too many nested parenthesis");
                parens.add(ch);
                i++;
                continue;
            }
            if (ch == '#') throw error("f-string expression part cannot include '#'");
            if (parens.isEmpty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < end) {
                    int next = c[i + 1];
                    if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                        i += 2;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    i++;
                    continue;
                }
                break;
            }
            if (ch == ']' || ch == '}' || ch == ')') {
                if (parens.isEmpty()) throw error("f-string: unmatched '" + (char) ch + "'");
                int open = parens.remove(parens.size() - 1);
                int expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (ch != expected) {
                    throw error("f-string: closing parenthesis '" + (char) ch
                        + "' does not match opening parenthesis '" + (char) open + "'");
                }
            }
            i++;
        }
        int exprEnd = i;
        if (quote != 0) throw error("f-string: unterminated string");
        if (!parens.isEmpty()) throw error("f-string: unmatched '" + (char) (int) parens.get(parens.size() - 1) + "'");
        if (i >= end) throw error("f-string: expecting '}'");
        Expr value = compile(t, c, exprStart, exprEnd);
        String exprText = null;
        if (c[i] == '=') {
            i++;
            while (i < end && Character.isWhitespace(c[i]) && c[i] < 128) i++;
            if (i >= end) throw error("f-string: expecting '}'");
            exprText = new String(c, exprStart, i - exprStart);
        }
        int conversion = -1;
        if (c[i] == '!') {
            i++;
            if (i >= end) throw error("f-string: expecting '}'");
            conversion = c[i++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr spec = null;
        if (i < end && c[i] == ':') {
            i++;
            if (i >= end) throw error("f-string: expecting '}'");
            State specState = new State();
            i = parse(specState, t, c, i, end, raw, lvl + 1);
            Span tokenSpan = Spans.of(t);
            if (specState.last != null) {
                specState.parts.add(new Expr.Constant(specState.last.toString(), kindOf(t), tokenSpan));
            }
            spec = new Expr.JoinedStr(List.copyOf(specState.parts), tokenSpan);
        }
        if (i >= end || c[i] != '}') throw error("f-string: expecting '}'");
        i++;
        if (exprText != null && spec == null && conversion == -1) conversion = 'r';
        if (exprText != null) st.literal(exprText);
        if (st.last != null) {
            st.parts.add(new Expr.Constant(st.last.toString(), kindOf(toks.get(0)), whole));
            st.last = null;
        }
        st.parts.add(new Expr.FormattedValue(value, conversion, spec, whole));
        return i;
    }

    /** Parses the expression text c[from, to) of token t at its real source position. */
    private Expr compile(PyToken t, int[] c, int from, int to) {
        boolean blank = true;
        for (int k = from; k < to; k++) {
            if (!(c[k] == ' ' || c[k] == '\t' || c[k] == '\n' || c[k] == '\f' || c[k] == '\r')) {
                blank = false;
                break;
            }
        }
        if (blank) throw error("f-string: empty expression not allowed");
        int line = t.getLine();
        int braceLine = line;
        for (int k = 0; k < from - 1; k++) if (c[k] == '\n') braceLine++;
        boolean newlineAfterBrace = true;
        for (int k = from; k < to && c[k] != '}' && c[k] != '\n'; k++) {
            if (c[k] != ' ' && c[k] != '\t' && c[k] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int shift = 0;
        if (braceLine == line) {
            // on the token's first line the column is the token's (possibly shifted) column plus the offset
            shift = t.getCharPositionInLine() - (t.getStartIndex() - b.src.lineStart(line));
        }
        int abs = t.getStartIndex();
        try {
            return PythonParser.parseFStringExpr(b.src, abs + from, abs + to, braceLine, shift);
        } catch (ParseError e) {
            if (e.msg.startsWith("f-string")) throw e;
            throw new ParseError(e.kind, "f-string: " + e.msg, e.filename, e.lineno, e.offset, e.endLineno,
                e.endOffset, e.text);
        }
    }
}
