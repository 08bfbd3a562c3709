package org.pyston.compiler.parser;

/**
 * A SyntaxError, IndentationError or TabError found while tokenizing or parsing, with the fields
 * CPython's {@code SyntaxError} carries. Every failure of the parser is reported as this exception;
 * no ANTLR or other Java exception escapes {@link PythonParser}.
 */
public final class ParseError extends RuntimeException {
    /** The Python exception class name: "SyntaxError", "IndentationError" or "TabError". */
    public final String kind;
    /** The message exactly as CPython 3.11 words it. */
    public final String msg;
    public final String filename;
    /** 1-based line of the error. */
    public final int lineno;
    /** 1-based column (code points), as CPython's {@code SyntaxError.offset}. */
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    /** The offending source line, with its newline as CPython stores it; may be null. */
    public final String text;

    public ParseError(String kind, String msg, String filename, int lineno, int offset,
                      int endLineno, int endOffset, String text) {
        super(kind + ": " + msg + " (" + filename + ", line " + lineno + ", offset " + offset + ")");
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }
}
