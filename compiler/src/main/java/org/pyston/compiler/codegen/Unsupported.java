package org.pyston.compiler.codegen;

import org.pyston.compiler.ast.Span;
import org.pyston.compiler.CompileError;

/** Compile-time errors raised by code generation: constructs we do not compile yet, and late syntax errors. */
final class Unsupported {
    private Unsupported() {}

    /** A valid construct this compiler does not support yet: a NotImplementedError naming it and its line. */
    static CompileError construct(String what, Span span) {
        return new CompileError("NotImplementedError", what + " is not supported yet", span.lineno(), span.col_offset() + 1,
                span.end_lineno(), span.end_col_offset() + 1);
    }

    static CompileError syntax(String msg, Span span) {
        return new CompileError("SyntaxError", msg, span.lineno(), span.col_offset() + 1,
                span.end_lineno(), span.end_col_offset() + 1);
    }
}
