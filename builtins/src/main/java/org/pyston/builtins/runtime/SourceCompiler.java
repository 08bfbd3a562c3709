package org.pyston.builtins.runtime;

import org.pyston.builtins.container.PyDict;

/**
 * How the runtime reaches the compiler for {@code eval}, {@code exec} and {@code compile}: the
 * compiler registers an implementation at start-up, so builtins never depends on it. JVM-wide:
 * the compiler holds no per-interpreter state.
 */
public interface SourceCompiler {
    /**
     * {@code compile(source, filename, mode)}: a code object for mode "exec", "eval" or "single".
     * Syntax errors raise SyntaxError.
     */
    Object compile(String source, String filename, String mode);

    /** Runs a code object from {@link #compile} with these globals and locals mapping; eval mode returns the value. */
    Object run(Object code, PyDict globals, Object locals);

    /** Whether {@code o} is a code object this compiler made. */
    boolean isCode(Object o);

    /** Whether {@code o} is an {@code ast.AST} node, which compile() also accepts. */
    default boolean isAst(Object o) {
        return false;
    }

    /**
     * compile() of source text with {@code PyCF_ONLY_AST} in {@code flags} (returns the {@code _ast}
     * tree), or of an {@code _ast} tree (returns it again with that flag, else a code object).
     */
    default Object compileAst(Object source, String filename, String mode, int flags) {
        throw org.pyston.builtins.exception.PyExceptions.notImplementedError("compile() to or from an AST is not supported");
    }

    /** The {@code _ast} module: its node classes mirror the compiler's own AST. */
    default org.pyston.builtins.module.PyModule astModule(Interpreter interp) {
        throw org.pyston.builtins.exception.PyExceptions.importError("No module named '_ast'");
    }

    /** The registered compiler. */
    static SourceCompiler get() {
        SourceCompiler c = Holder.instance;
        if (c == null) {
            throw org.pyston.builtins.exception.PyExceptions.systemError("no compiler is registered for eval/exec/compile");
        }
        return c;
    }

    static void register(SourceCompiler c) {
        Holder.instance = c;
    }

    /** The registration (interfaces cannot have mutable static fields of their own). */
    final class Holder {
        private Holder() {}

        static volatile SourceCompiler instance;
    }
}
