package org.pyston.compiler.scopes;

import org.pyston.compiler.ast.Span;

/**
 * A scoping or placement error found before code generation; the compiler turns it into a Python
 * {@code SyntaxError} with exactly these fields. Messages are CPython 3.11's, word for word.
 *
 * <p>{@code offset} and {@code endOffset} are 1-based (a node's {@code col_offset + 1}), as in
 * CPython's {@code SyntaxError.offset}; columns count code points like {@link Span}.
 */
public final class ScopeError extends RuntimeException {
    /** CPython's message, e.g. {@code "'return' outside function"}. */
    public final String msg;
    /** The file name given to {@link ScopeAnalyzer#analyze}. */
    public final String filename;
    /** 1-based line of the offending node. */
    public final int lineno;
    /** 1-based column of the offending node's start. */
    public final int offset;
    /** 1-based line of the offending node's end. */
    public final int endLineno;
    /** 1-based column just past the offending node's end. */
    public final int endOffset;

    ScopeError(String msg, String filename, Span at) {
        super(msg + " (" + filename + ", line " + at.lineno() + ")");
        this.msg = msg;
        this.filename = filename;
        this.lineno = at.lineno();
        this.offset = at.col_offset() + 1;
        this.endLineno = at.end_lineno();
        this.endOffset = at.end_col_offset() + 1;
    }
}
