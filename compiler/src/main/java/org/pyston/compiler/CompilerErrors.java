package org.pyston.compiler;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyType;
import org.pyston.compiler.parser.ParseError;
import org.pyston.compiler.scopes.ScopeError;

/** Turns compile-time errors into the Python exceptions CPython raises for them. */
public final class CompilerErrors {
    private CompilerErrors() {}

    /** The Python exception for a compile error, or null when {@code t} is not one. */
    public static PyBaseException toPython(Throwable t, String source) {
        if (t instanceof ParseError p) {
            PyType type = switch (p.kind) {
                case "IndentationError" -> PyExceptions.INDENTATION_ERROR;
                case "TabError" -> PyExceptions.TAB_ERROR;
                default -> PyExceptions.SYNTAX_ERROR;
            };
            if (p.filename == null) return PyExceptions.withMessage(type, "%s", p.msg); // no position, as CPython's tokenizer
            return PyExceptions.syntaxError(type, p.msg, p.filename, p.lineno, p.offset, p.text, p.endLineno, p.endOffset);
        }
        if (t instanceof ScopeError s) {
            return PyExceptions.syntaxError(PyExceptions.SYNTAX_ERROR, s.msg, s.filename, s.lineno, s.offset,
                    lineOf(source, s.lineno), s.endLineno, s.endOffset);
        }
        if (t instanceof CompileError c) {
            return null;
        }
        return null;
    }

    /** A CompileError with its file: SyntaxError as CPython shows it, or NotImplementedError naming file and line. */
    public static PyBaseException toPython(CompileError c, String filename, String source) {
        if (c.pythonType.equals("SyntaxError")) {
            return PyExceptions.syntaxError(PyExceptions.SYNTAX_ERROR, c.msg, filename, c.lineno, c.offset,
                    lineOf(source, c.lineno), c.endLineno, c.endOffset);
        }
        return PyExceptions.notImplementedError("%s (%s, line %d)", c.msg, filename, c.lineno);
    }

    /** Line {@code n} (1-based) of the source with its newline, as SyntaxError.text holds it. */
    public static String lineOf(String source, int n) {
        if (source == null || n <= 0) return null;
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) + "\n" : source.substring(start, end + 1);
    }
}
