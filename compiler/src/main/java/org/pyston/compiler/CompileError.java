package org.pyston.compiler;

/**
 * An error found while compiling a module after parsing: a late SyntaxError (from scope
 * analysis or code generation) or a construct not supported yet. The loader turns it into the
 * Python exception named by {@code pythonType}, with the file name filled in.
 */
public final class CompileError extends RuntimeException {
    /** The Python exception type to raise: "SyntaxError" or "NotImplementedError". */
    public final String pythonType;
    public final String msg;
    public final int lineno;
    /** 1-based column, as SyntaxError.offset. */
    public final int offset;

    public CompileError(String pythonType, String msg, int lineno, int offset) {
        super(msg + " (line " + lineno + ")", null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
    }
}
