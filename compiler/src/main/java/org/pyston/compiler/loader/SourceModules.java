package org.pyston.compiler.loader;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.compiler.CompileError;
import org.pyston.compiler.CompilerErrors;
import org.pyston.compiler.PythonCompiler;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.indy.imports.ImportSystem;
import org.pyston.indy.imports.ModuleSource;

/**
 * How the runtime's import system compiles {@code .py} files: registered with
 * {@link ImportSystem} at start-up, so indy-runtime never depends on the compiler. A module's
 * class comes from the on-disk cache ({@link CompiledModuleCache}), or a fresh compilation (then
 * cached unless -B).
 */
public final class SourceModules implements ModuleSource.Executor {
    private static final SourceModules INSTANCE = new SourceModules();

    /** Makes source imports available; idempotent. */
    public static void register() {
        ImportSystem.registerExecutor(INSTANCE);
        org.pyston.builtins.runtime.SourceCompiler.register(EvalCompiler.INSTANCE);
    }

    @Override
    public void exec(ModuleSource src, PyDict globals) throws Throwable {
        String className = null;
        byte[] classBytes = null;
        boolean mayWrite = !Interpreter.current().getFlags().dontWriteBytecode();
        CompiledModuleCache.Entry cached = CompiledModuleCache.lookup(src);
        if (cached != null) {
            className = cached.className();
            classBytes = cached.classBytes();
        } else {
            String source = PythonParser.decodeSource(src.bytes());
            PythonCompiler.CompiledModule compiled = compile(source, src.filename(), src.name());
            classBytes = compiled.classBytes();
            className = compiled.className();
            if (mayWrite) CompiledModuleCache.store(src, className, classBytes);
        }
        ModuleLoader.exec(new PythonCompiler.CompiledModule(className, classBytes, src.filename()), globals);
    }

    @Override
    public String decode(byte[] bytes) {
        return PythonParser.decodeSource(bytes);
    }

    /** Compiles source as module {@code name}; compile errors raise as CPython's. */
    static PythonCompiler.CompiledModule compile(String source, String filename, String name) {
        try {
            return PythonCompiler.compileModule(source, filename, name);
        } catch (CompileError c) {
            throw CompilerErrors.toPython(c, filename, source);
        } catch (RuntimeException e) {
            PyBaseException pe = CompilerErrors.toPython(e, source);
            if (pe == null) throw e;
            throw pe;
        }
    }

    /** Compiles source as module {@code name} and runs it; compile errors raise as CPython's. */
    public static void compileAndExec(String source, String filename, String name, PyDict globals) throws Throwable {
        ModuleLoader.exec(compile(source, filename, name), globals);
    }
}
