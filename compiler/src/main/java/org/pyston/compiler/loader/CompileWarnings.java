package org.pyston.compiler.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.imp.WarningsModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;
import org.pyston.compiler.CompilerErrors;
import org.pyston.compiler.PythonCompiler;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.scopes.CompileWarning;
import org.pyston.indy.imports.ModuleSource;

/**
 * Issues the warnings of a compilation ({@link CompileWarning}) as CPython's compiler does:
 * {@code warnings.warn_explicit(message, category, filename, lineno)}, so the filters decide
 * (shown once per run by default; {@code -W error} turns them into a SyntaxError at the node).
 * A module loaded from our class cache issues them again, as CPython recompiling the source
 * would (it writes no {@code .pyc} for a script, nor for anything under -B).
 */
final class CompileWarnings {
    private CompileWarnings() {}

    /** For a module about to run from {@code src}. */
    static void issue(PythonCompiler.CompiledModule module, ModuleSource src) {
        issue(module.warnings(), src.filename());
    }

    static void issue(List<CompileWarning> warnings, String filename) {
        for (CompileWarning w : warnings) {
            Object category = Interpreter.current().getBuiltinsDict().getStr(w.category());
            try {
                WarningsModule.warn_explicit(new Object[] {PyStr.of(w.message()), category, PyStr.of(filename),
                        PyInt.valueOf(w.at().lineno())}, null);
            } catch (PyBaseException e) {
                if (!TypeOps.isInstance(e, PyExceptions.SYNTAX_WARNING)) throw e;
                // as compile.c: a warning made an error is a SyntaxError at the node, its text read
                // from the file (None for "<string>" and other names that are not files)
                Span at = w.at();
                throw PyExceptions.syntaxError(PyExceptions.SYNTAX_ERROR, w.message(), filename, at.lineno(),
                        at.col_offset() + 1, lineOfFile(filename, at.lineno()), at.end_lineno(), at.end_col_offset() + 1);
            }
        }
    }

    private static String lineOfFile(String filename, int lineno) {
        try {
            String text = new String(Files.readAllBytes(Path.of(filename)), StandardCharsets.UTF_8);
            return CompilerErrors.lineOf(text, lineno);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
