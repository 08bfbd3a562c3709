package org.pyston.compiler.loader;

import java.nio.file.Files;
import java.nio.file.Path;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.compiler.CompileError;
import org.pyston.compiler.CompilerErrors;
import org.pyston.compiler.PythonCompiler;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.indy.support.ImportSupport;

/**
 * How the runtime's import statement compiles {@code .py} files: registered with
 * {@link ImportSupport} at start-up, so indy-runtime never depends on the compiler.
 */
public final class SourceModules implements ImportSupport.SourceModuleLoader {
    private static final SourceModules INSTANCE = new SourceModules();

    /** Makes source imports available; idempotent. */
    public static void register() {
        ImportSupport.registerSourceLoader(INSTANCE);
        org.pyston.builtins.runtime.SourceCompiler.register(EvalCompiler.INSTANCE);
    }

    @Override
    public void exec(String name, Path file, PyDict globals) throws Throwable {
        String filename = file.toString();
        compileAndExec(PythonParser.decodeSource(Files.readAllBytes(file)), filename, name, globals);
    }

    /** Compiles source as module {@code name} and runs it; compile errors raise as CPython's. */
    public static void compileAndExec(String source, String filename, String name, PyDict globals) throws Throwable {
        PythonCompiler.CompiledModule compiled;
        try {
            compiled = PythonCompiler.compileModule(source, filename, name);
        } catch (CompileError c) {
            throw CompilerErrors.toPython(c, filename, source);
        } catch (RuntimeException e) {
            PyBaseException pe = CompilerErrors.toPython(e, source);
            if (pe == null) throw e;
            throw pe;
        }
        ModuleLoader.exec(compiled, globals);
    }
}
