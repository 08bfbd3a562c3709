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
    /** Where the offending construct ends (SyntaxError.end_lineno / end_offset, 1-based, exclusive). */
    public final int endLineno, endOffset;

    public CompileError(String pythonType, String msg, int lineno, int offset, int endLineno, int endOffset) {
        super(msg + " (line " + lineno + ")", null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }
}
