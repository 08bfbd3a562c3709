package org.pyston.compiler.parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns source text into the token list the ANTLR grammar consumes, following CPython 3.11's
 * tokenizer: INDENT/DEDENT from a stack of indentation columns (tabs to the next multiple of 8,
 * with a second stack at tab size 1 to detect TabError), NEWLINE only at bracket depth 0,
 * backslash continuation, comments and blank lines dropped, strings kept whole (prefix and quotes
 * included) for {@link StringLiterals} to decode.
 *
 * <p>Errors do not stop tokenizing abruptly: the first error is kept in {@link #error} and an
 * {@link #ERROR_TYPE} token is appended at its position, so that a parse error before that point
 * wins, as it does in CPython where the tokenizer runs on demand.
 *
 * <p>Soft keywords: after tokenizing, {@link #markSoftKeywords} turns the NAME {@code match} at
 * the start of a logical line ending in ':' into MATCH, and {@code case} at the start of a line
 * directly inside a match block into CASE.
 */
final class Tokenizer {
    /** Token type of the marker appended where the tokenizer failed; not used by the grammar. */
    static final int ERROR_TYPE = PythonGrammar.VOCABULARY.getMaxTokenType() + 1;

    private static final Map<String, Integer> KEYWORDS = new HashMap<>();
    private static final Map<String, Integer> OPERATORS = new HashMap<>();

    static {
        String[] kw = {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield"};
        int[] kt = {PythonGrammar.FALSE, PythonGrammar.NONE, PythonGrammar.TRUE, PythonGrammar.AND,
            PythonGrammar.AS, PythonGrammar.ASSERT, PythonGrammar.ASYNC, PythonGrammar.AWAIT,
            PythonGrammar.BREAK, PythonGrammar.CLASS, PythonGrammar.CONTINUE, PythonGrammar.DEF,
            PythonGrammar.DEL, PythonGrammar.ELIF, PythonGrammar.ELSE, PythonGrammar.EXCEPT,
            PythonGrammar.FINALLY, PythonGrammar.FOR, PythonGrammar.FROM, PythonGrammar.GLOBAL,
            PythonGrammar.IF, PythonGrammar.IMPORT, PythonGrammar.IN, PythonGrammar.IS, PythonGrammar.LAMBDA,
            PythonGrammar.NONLOCAL, PythonGrammar.NOT, PythonGrammar.OR, PythonGrammar.PASS,
            PythonGrammar.RAISE, PythonGrammar.RETURN, PythonGrammar.TRY, PythonGrammar.WHILE,
            PythonGrammar.WITH, PythonGrammar.YIELD};
        for (int i = 0; i < kw.length; i++) KEYWORDS.put(kw[i], kt[i]);
        Object[] ops = {
            "(", PythonGrammar.LPAR, ")", PythonGrammar.RPAR, "[", PythonGrammar.LSQB, "]", PythonGrammar.RSQB,
            "{", PythonGrammar.LBRACE, "}", PythonGrammar.RBRACE, ":", PythonGrammar.COLON, ",", PythonGrammar.COMMA,
            ";", PythonGrammar.SEMI, "+", PythonGrammar.PLUS, "-", PythonGrammar.MINUS, "*", PythonGrammar.STAR,
            "/", PythonGrammar.SLASH, "|", PythonGrammar.VBAR, "&", PythonGrammar.AMPER, "<", PythonGrammar.LESS,
            ">", PythonGrammar.GREATER, "=", PythonGrammar.EQUAL, ".", PythonGrammar.DOT, "%", PythonGrammar.PERCENT,
            "==", PythonGrammar.EQEQUAL, "!=", PythonGrammar.NOTEQUAL, "<=", PythonGrammar.LESSEQUAL,
            ">=", PythonGrammar.GREATEREQUAL, "~", PythonGrammar.TILDE, "^", PythonGrammar.CIRCUMFLEX,
            "<<", PythonGrammar.LEFTSHIFT, ">>", PythonGrammar.RIGHTSHIFT, "**", PythonGrammar.DOUBLESTAR,
            "+=", PythonGrammar.PLUSEQUAL, "-=", PythonGrammar.MINEQUAL, "*=", PythonGrammar.STAREQUAL,
            "/=", PythonGrammar.SLASHEQUAL, "%=", PythonGrammar.PERCENTEQUAL, "&=", PythonGrammar.AMPEREQUAL,
            "|=", PythonGrammar.VBAREQUAL, "^=", PythonGrammar.CIRCUMFLEXEQUAL, "<<=", PythonGrammar.LEFTSHIFTEQUAL,
            ">>=", PythonGrammar.RIGHTSHIFTEQUAL, "**=", PythonGrammar.DOUBLESTAREQUAL,
            "//", PythonGrammar.DOUBLESLASH, "//=", PythonGrammar.DOUBLESLASHEQUAL, "@", PythonGrammar.AT,
            "@=", PythonGrammar.ATEQUAL, "->", PythonGrammar.RARROW, "...", PythonGrammar.ELLIPSIS,
            ":=", PythonGrammar.COLONEQUAL};
        for (int i = 0; i < ops.length; i += 2) OPERATORS.put((String) ops[i], (Integer) ops[i + 1]);
    }

    private final SourceText src;
    private final int[] cp;
    private final int end;
    /** True for the expression of an f-string replacement field: no indentation, no NEWLINE. */
    private final boolean exprMode;
    private final int firstLine;
    /** Added to columns on {@link #firstLine} (CPython 3.11's f-string column quirk). */
    private final int firstLineShift;

    private int pos;
    private int line;
    private int lineStartIdx;
    private boolean atLineStart;
    private final List<PyToken> tokens = new ArrayList<>();
    private final int[] indents = new int[1000];
    private final int[] altIndents = new int[1000];
    private int indentTop;
    /** Open brackets: char, line and column of each. */
    private final List<int[]> brackets = new ArrayList<>();
    /** The first error met, or null. */
    ParseError error;

    private Tokenizer(SourceText src, int from, int to, int line, boolean exprMode, int firstLineShift) {
        this.src = src;
        this.cp = src.cp;
        this.pos = from;
        this.end = to;
        this.line = line;
        this.firstLine = line;
        this.lineStartIdx = src.lineStart(line);
        this.exprMode = exprMode;
        this.firstLineShift = firstLineShift;
        this.atLineStart = !exprMode;
    }

    /** Tokenizes a whole file (or interactive / eval input). */
    static Tokenizer ofSource(SourceText src) {
        Tokenizer t = new Tokenizer(src, 0, src.cp.length, 1, false, 0);
        t.run();
        return t;
    }

    /** Tokenizes the code points [from, to) of an f-string replacement field, as if in parentheses. */
    static Tokenizer ofFStringExpr(SourceText src, int from, int to, int line, int firstLineShift) {
        Tokenizer t = new Tokenizer(src, from, to, line, true, firstLineShift);
        t.run();
        return t;
    }

    List<PyToken> tokens() { return tokens; }

    private int col(int idx) {
        return idx - lineStartIdx + (line == firstLine ? firstLineShift : 0);
    }

    private int peek(int k) { return pos + k < end ? cp[pos + k] : -1; }

    private void newline() {
        line++;
        lineStartIdx = pos;
    }

    private void add(int type, int startIdx, int startLine, int startCol) {
        String text = src.slice(startIdx, pos);
        PyToken t = new PyToken(type, text, startLine, startCol, line, col(pos), brackets.size());
        t.setStartIndex(startIdx);
        t.setStopIndex(pos - 1);
        tokens.add(t);
    }

    private void run() {
        try {
            scan();
            if (!exprMode) markSoftKeywords();
        } catch (ParseError e) {
            error = e;
            tokens.add(new PyToken(ERROR_TYPE, "<error>", e.lineno, Math.max(0, e.offset - 1), e.lineno,
                Math.max(0, e.offset - 1), brackets.size()));
        }
        for (int i = 0; i < tokens.size(); i++) tokens.get(i).setTokenIndex(i);
    }

    private ParseError err(String msg, int l, int c) {
        return src.tokenizerError("SyntaxError", msg, l, c, l, c);
    }

    private void scan() {
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (!indentation()) break;
            }
            while (pos < end && (cp[pos] == ' ' || cp[pos] == '\t' || cp[pos] == '\f')) pos++;
            if (pos >= end) break;
            int c = cp[pos];
            if (c == '#') {
                while (pos < end && cp[pos] != '\n') pos++;
                continue;
            }
            if (c == '\n') {
                if (brackets.isEmpty() && !exprMode) {
                    int startCol = col(pos);
                    pos++;
                    tokens.add(new PyToken(PythonGrammar.NEWLINE, "\n", line, startCol, line, startCol + 1, 0));
                    newline();
                    atLineStart = true;
                } else {
                    pos++;
                    newline();
                }
                continue;
            }
            if (c == '\\') {
                int startCol = col(pos);
                if (peek(1) == '\n') {
                    pos += 2;
                    newline();
                    continue;
                }
                if (peek(1) == -1) {
                    throw err("unexpected EOF while parsing", line, startCol);
                }
                throw err("unexpected character after line continuation character", line, startCol + 1);
            }
            scanToken(c);
        }
        finish();
    }

    /**
     * Measures the indentation of the line at {@link #pos}, skipping blank and comment-only lines,
     * and emits INDENT/DEDENT. Returns false at end of input.
     */
    private boolean indentation() {
        while (true) {
            int col = 0, altCol = 0;
            int p = pos;
            while (p < end) {
                int c = cp[p];
                if (c == ' ') { col++; altCol++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; altCol++; }
                else if (c == '\f') { col = 0; altCol = 0; }
                else break;
                p++;
            }
            if (p >= end) { pos = p; return false; }
            int c = cp[p];
            if (c == '#' || c == '\n') {
                while (p < end && cp[p] != '\n') p++;
                if (p >= end) { pos = p; return false; }
                pos = p + 1;
                newline();
                continue;
            }
            pos = p;
            int top = indents[indentTop];
            int altTop = altIndents[indentTop];
            if (col == top) {
                if (altCol != altTop) throw tabError();
            } else if (col > top) {
                if (altCol <= altTop) throw tabError();
                indentTop++;
                indents[indentTop] = col;
                altIndents[indentTop] = altCol;
                tokens.add(new PyToken(PythonGrammar.INDENT, "<INDENT>", line, 0, line, col(pos), 0));
            } else {
                while (indentTop > 0 && col < indents[indentTop]) {
                    indentTop--;
                    tokens.add(new PyToken(PythonGrammar.DEDENT, "<DEDENT>", line, col(pos), line, col(pos), 0));
                }
                if (col != indents[indentTop]) {
                    int eol = pos;
                    while (eol < end && cp[eol] != '\n') eol++;
                    throw src.tokenizerError("IndentationError",
                        "unindent does not match any outer indentation level", line, col(eol), line, col(eol));
                }
                if (altCol != altIndents[indentTop]) throw tabError();
            }
            return true;
        }
    }

    private ParseError tabError() {
        return src.tokenizerError("TabError", "inconsistent use of tabs and spaces in indentation",
            line, 0, line, 0);
    }

    private void finish() {
        if (!brackets.isEmpty() && !exprMode) {
            int[] b = brackets.get(brackets.size() - 1);
            throw src.error("SyntaxError", "'" + (char) b[0] + "' was never closed", b[1], b[2], b[1], b[2] + 1);
        }
        if (exprMode) {
            tokens.add(new PyToken(PythonGrammar.EOF, "<EOF>", line, col(pos), line, col(pos), 0));
            return;
        }
        if (!tokens.isEmpty()) {
            int last = tokens.get(tokens.size() - 1).getType();
            if (last != PythonGrammar.NEWLINE && last != PythonGrammar.DEDENT) {
                tokens.add(new PyToken(PythonGrammar.NEWLINE, "", line, col(pos), line, col(pos) + 1, 0));
            }
        }
        while (indentTop > 0) {
            indentTop--;
            tokens.add(new PyToken(PythonGrammar.DEDENT, "<DEDENT>", line, col(pos), line, col(pos), 0));
        }
        tokens.add(new PyToken(PythonGrammar.EOF, "<EOF>", line, col(pos), line, col(pos), 0));
    }

    private void scanToken(int c) {
        int start = pos;
        int startLine = line;
        int startCol = col(pos);
        if (isIdentStart(c)) {
            while (pos < end && isIdentPart(cp[pos])) pos++;
            int q = peek(0);
            if ((q == '\'' || q == '"') && isStringPrefix(src.slice(start, pos))) {
                scanString(start, startLine, startCol);
                return;
            }
            String name = src.slice(start, pos);
            Integer kw = KEYWORDS.get(name);
            if (kw != null) {
                add(kw, start, startLine, startCol);
                return;
            }
            boolean ascii = true;
            for (int i = 0; i < name.length(); i++) if (name.charAt(i) >= 128) { ascii = false; break; }
            if (!ascii) {
                String norm = Normalizer.normalize(name, Normalizer.Form.NFKC);
                tokens.add(new PyToken(PythonGrammar.NAME, norm, startLine, startCol, line, col(pos), brackets.size()));
                return;
            }
            add(PythonGrammar.NAME, start, startLine, startCol);
            return;
        }
        if (c == '\'' || c == '"') {
            scanString(start, startLine, startCol);
            return;
        }
        if ((c >= '0' && c <= '9') || (c == '.' && peek(1) >= '0' && peek(1) <= '9')) {
            new NumberScanner().scan();
            add(PythonGrammar.NUMBER, start, startLine, startCol);
            return;
        }
        // operators: longest match of 3, 2, 1 characters
        for (int len = 3; len >= 1; len--) {
            if (pos + len > end) continue;
            String op = src.slice(pos, pos + len);
            Integer type = OPERATORS.get(op);
            if (type == null) continue;
            if (c == '(' || c == '[' || c == '{') {
                brackets.add(new int[] {c, line, startCol});
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets.isEmpty()) {
                    throw err("unmatched '" + (char) c + "'", line, startCol);
                }
                int[] open = brackets.get(brackets.size() - 1);
                int expected = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
                if (c != expected) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                        + (char) open[0] + "'" + (open[1] != line ? " on line " + open[1] : "");
                    throw err(msg, line, startCol);
                }
                brackets.remove(brackets.size() - 1);
            }
            pos += len;
            add(type, start, startLine, startCol);
            return;
        }
        if (c == '!' ) throw src.error("SyntaxError", "invalid syntax", line, startCol, line, startCol + 1);
        if (c < 128 && c > ' ' ) throw src.error("SyntaxError", "invalid syntax", line, startCol, line, startCol + 1);
        if (Character.isISOControl(c) || Character.isSpaceChar(c) || !Character.isDefined(c)) {
            throw err(String.format("invalid non-printable character U+%04X", c), line, startCol);
        }
        throw err(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(c)), c), line, startCol);
    }

    static boolean isIdentStart(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return Character.isUnicodeIdentifierStart(c) || Character.getType(c) == Character.LETTER_NUMBER;
    }

    static boolean isIdentPart(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    private static boolean isStringPrefix(String p) {
        switch (p.toLowerCase()) {
            case "r": case "u": case "b": case "br": case "rb": case "f": case "fr": case "rf":
                return true;
            default:
                return false;
        }
    }

    /** Scans a string literal whose prefix (if any) starts at {@code start}; pos is at the quote. */
    private void scanString(int start, int startLine, int startCol) {
        int quote = cp[pos];
        boolean triple = peek(1) == quote && peek(2) == quote;
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= end) {
                if (triple) {
                    int detected = pos > 0 && cp[pos - 1] == '\n' ? line - 1 : line;
                    throw src.tokenizerError("SyntaxError", "unterminated triple-quoted string literal (detected at line "
                        + detected + ")", startLine, startCol, startLine, startCol);
                }
                throw src.tokenizerError("SyntaxError", "unterminated string literal (detected at line " + line + ")",
                    startLine, startCol, startLine, startCol);
            }
            int c = cp[pos];
            if (c == '\\') {
                pos++;
                if (pos < end) {
                    if (cp[pos] == '\n') { pos++; newline(); } else pos++;
                }
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw src.tokenizerError("SyntaxError", "unterminated string literal (detected at line " + line + ")",
                        startLine, startCol, startLine, startCol);
                }
                pos++;
                newline();
                continue;
            }
            if (c == quote) {
                if (!triple) { pos++; break; }
                if (peek(1) == quote && peek(2) == quote) { pos += 3; break; }
            }
            pos++;
        }
        add(PythonGrammar.STRING, start, startLine, startCol);
    }

    /** Scans a numeric literal with CPython's checks for underscores, digits and what may follow. */
    private final class NumberScanner {
        private final int startCol = col(pos);

        void scan() {
            int c = cp[pos];
            if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) { pos += 2; radixDigits(16, "hexadecimal"); verifyEnd("hexadecimal"); return; }
            if (c == '0' && (peek(1) == 'o' || peek(1) == 'O')) { pos += 2; radixDigits(8, "octal"); verifyEnd("octal"); return; }
            if (c == '0' && (peek(1) == 'b' || peek(1) == 'B')) { pos += 2; radixDigits(2, "binary"); verifyEnd("binary"); return; }
            boolean nonzeroLeading = false;
            if (c == '0') {
                // leading zeros: only allowed if all zeros, or if it turns out to be a float/imaginary
                int numStart = pos;
                decimalDigits();
                for (int i = numStart; i < pos; i++) if (cp[i] != '0' && cp[i] != '_') nonzeroLeading = true;
            } else if (c != '.') {
                decimalDigits();
            }
            boolean isFloat = false;
            if (peek(0) == '.') {
                isFloat = true;
                pos++;
                if (peek(0) >= '0' && peek(0) <= '9') decimalDigits();
            }
            if (peek(0) == 'e' || peek(0) == 'E') {
                int save = pos;
                pos++;
                if (peek(0) == '+' || peek(0) == '-') pos++;
                if (peek(0) >= '0' && peek(0) <= '9') {
                    decimalDigits();
                    isFloat = true;
                } else {
                    pos = save;
                    verifyEnd("decimal");
                }
            }
            if (peek(0) == 'j' || peek(0) == 'J') {
                pos++;
                isFloat = true;
            }
            if (nonzeroLeading && !isFloat) {
                throw src.tokenizerError("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line, startCol, line, col(pos));
            }
            verifyEnd("decimal");
        }

        private boolean isDigitOrUnderscore(int c) { return (c >= '0' && c <= '9') || c == '_'; }

        private void decimalDigits() {
            while (true) {
                while (peek(0) >= '0' && peek(0) <= '9') pos++;
                if (peek(0) != '_') return;
                pos++;
                if (!(peek(0) >= '0' && peek(0) <= '9')) {
                    throw err("invalid decimal literal", line, col(pos) - 1);
                }
            }
        }

        private void radixDigits(int radix, String kind) {
            boolean any = false;
            while (true) {
                if (peek(0) == '_') pos++;
                int d = peek(0);
                int v = Character.digit(d < 0 ? ' ' : d, 16);
                if (d >= 0 && d < 128 && v >= 0 && v < radix) {
                    pos++;
                    any = true;
                    continue;
                }
                if (radix < 10 && d >= '0' && d <= '9') {
                    throw err("invalid digit '" + (char) d + "' in " + kind + " literal", line, col(pos));
                }
                if (!any || cp[pos - 1] == '_') {
                    throw err("invalid " + kind + " literal", line, col(pos) - 1);
                }
                return;
            }
        }

        /** CPython's verify_end_of_number: a letter right after a number is an error, except keywords. */
        private void verifyEnd(String kind) {
            int c = peek(0);
            if (c < 0 || !isIdentPart(c)) return;
            String rest = src.slice(pos, Math.min(end, pos + 8));
            for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
                if (rest.startsWith(kw)) return;
            }
            throw err("invalid " + kind + " literal", line, col(pos) - 1);
        }
    }

    /** Decides MATCH and CASE soft keywords; see the class comment. */
    private void markSoftKeywords() {
        List<Boolean> matchBlocks = new ArrayList<>();
        matchBlocks.add(false);
        boolean lineStart = true;
        boolean pendingMatchBlock = false;
        for (int i = 0; i < tokens.size(); i++) {
            PyToken t = tokens.get(i);
            int type = t.getType();
            if (type == PythonGrammar.INDENT) {
                matchBlocks.add(pendingMatchBlock);
                pendingMatchBlock = false;
                lineStart = true;
                continue;
            }
            if (type == PythonGrammar.DEDENT) {
                if (matchBlocks.size() > 1) matchBlocks.remove(matchBlocks.size() - 1);
                lineStart = true;
                continue;
            }
            if (type == PythonGrammar.NEWLINE) {
                lineStart = true;
                continue;
            }
            if (lineStart) {
                pendingMatchBlock = false;
                lineStart = false;
                if (type == PythonGrammar.NAME && t.getText().equals("match")) {
                    int j = i + 1;
                    while (j < tokens.size() && tokens.get(j).getType() != PythonGrammar.NEWLINE
                        && tokens.get(j).getType() != ERROR_TYPE) j++;
                    if (j < tokens.size() && j - 1 > i + 1 && tokens.get(j - 1).getType() == PythonGrammar.COLON) {
                        int second = tokens.get(i + 1).getType();
                        if (second != PythonGrammar.EQUAL && second != PythonGrammar.DOT && second != PythonGrammar.COLON
                            && second != PythonGrammar.COMMA) {
                            t.setType(PythonGrammar.MATCH);
                            pendingMatchBlock = true;
                        }
                    }
                } else if (type == PythonGrammar.NAME && t.getText().equals("case")
                    && matchBlocks.get(matchBlocks.size() - 1) && i + 1 < tokens.size()) {
                    int second = tokens.get(i + 1).getType();
                    if (second != PythonGrammar.EQUAL && second != PythonGrammar.DOT && second != PythonGrammar.COLON) {
                        t.setType(PythonGrammar.CASE);
                    }
                }
            }
        }
    }
}
