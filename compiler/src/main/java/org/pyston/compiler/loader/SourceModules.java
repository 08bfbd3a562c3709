package org.pyston.compiler.loader;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.compiler.CompileError;
import org.pyston.compiler.CompilerErrors;
import org.pyston.compiler.PythonCompiler;
import org.pyston.compiler.parser.ParseError;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.indy.imports.ImportSystem;
import org.pyston.indy.imports.ModuleSource;

/**
 * How the runtime's import system compiles {@code .py} files: registered with
 * {@link ImportSystem} at start-up, so indy-runtime never depends on the compiler. A module's
 * class comes from the library compiled at build time ({@link BundledClasses}), else the on-disk
 * cache ({@link CompiledModuleCache}), else a fresh compilation (then cached).
 */
public final class SourceModules implements ModuleSource.Executor {
    private static final SourceModules INSTANCE = new SourceModules();

    /** Makes source imports available; idempotent. */
    public static void register() {
        ImportSystem.registerExecutor(INSTANCE);
        org.pyston.builtins.runtime.SourceCompiler.register(EvalCompiler.INSTANCE);
    }

    private static final java.util.concurrent.atomic.AtomicLong COMPILED_IMPORTS = new java.util.concurrent.atomic.AtomicLong();

    /** How many imported modules were compiled from source (neither precompiled nor cached) in this JVM. */
    public static long compiledImports() {
        return COMPILED_IMPORTS.get();
    }

    @Override
    public void exec(ModuleSource src, PyDict globals) throws Throwable {
        PythonCompiler.CompiledModule module = BundledClasses.lookup(src);
        if (module == null) module = cachedOrCompiled(src);
        CompileWarnings.issue(module, src);
        ModuleLoader.exec(module, globals);
    }

    /**
     * The module's class from the on-disk cache, else compiled now and cached. -B /
     * PYTHONDONTWRITEBYTECODE keeps the source tree clean, as CPython's: no {@code __pycache__}
     * is written beside a source file. The class is still cached in the user cache directory,
     * which is ours alone (like the JVM's class-data archive), so a program run under the flag
     * does not pay for parsing and code generation on every start.
     */
    private static PythonCompiler.CompiledModule cachedOrCompiled(ModuleSource src) {
        CompiledModuleCache.Entry cached = CompiledModuleCache.lookup(src);
        if (cached != null) {
            return new PythonCompiler.CompiledModule(cached.className(), cached.classBytes(), src.filename(), cached.warnings());
        }
        COMPILED_IMPORTS.incrementAndGet();
        String source;
        try {
            source = PythonParser.decodeSource(src.bytes(), src.filename());
        } catch (ParseError e) {
            throw CompilerErrors.toPython(e, null);
        }
        PythonCompiler.CompiledModule compiled = compile(source, src.filename(), src.name());
        boolean userCacheOnly = Interpreter.current().getFlags().dontWriteBytecode();
        CompiledModuleCache.store(src, compiled.className(), compiled.classBytes(), compiled.warnings(), userCacheOnly);
        return compiled;
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

    /**
     * Runs a script file as {@code __main__}, its class from the compiled-module cache when the
     * script is unchanged (a second run then neither parses nor generates code).
     */
    public static void execScript(byte[] bytes, java.nio.file.Path file, String filename, PyDict globals) throws Throwable {
        ModuleSource src = new ModuleSource("__main__", filename, bytes, file, null);
        PythonCompiler.CompiledModule module = cachedOrCompiled(src);
        CompileWarnings.issue(module, src);
        ModuleLoader.exec(module, globals);
    }

    /** Compiles source as module {@code name} and runs it; compile errors raise as CPython's. */
    public static void compileAndExec(String source, String filename, String name, PyDict globals) throws Throwable {
        PythonCompiler.CompiledModule module = compile(source, filename, name);
        CompileWarnings.issue(module.warnings(), filename);
        ModuleLoader.exec(module, globals);
    }
}
