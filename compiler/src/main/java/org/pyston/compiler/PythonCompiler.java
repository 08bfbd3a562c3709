package org.pyston.compiler;

import java.util.List;

import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.codegen.ModuleCompiler;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.scopes.CompileWarning;
import org.pyston.compiler.scopes.ScopeAnalyzer;
import org.pyston.compiler.scopes.ScopeTable;

/**
 * The pipeline in one call: source → tokens and parse tree → AST → scopes → one JVM class.
 * Errors come out as {@link org.pyston.compiler.parser.ParseError},
 * {@link org.pyston.compiler.scopes.ScopeError} or {@link CompileError};
 * {@link CompilerErrors#toPython} turns any of them into the Python exception to raise.
 */
public final class PythonCompiler {
    private PythonCompiler() {}

    /**
     * A compiled module: the JVM internal name of its class, the class file, and the warnings
     * CPython's compiler would issue for the source (issued by whoever loads the class).
     */
    public record CompiledModule(String className, byte[] classBytes, String filename, List<CompileWarning> warnings) {}

    /**
     * Compiles a module's source.
     *
     * @param moduleName the module's name ("__main__" for a script); names the class
     */
    public static CompiledModule compileModule(String source, String filename, String moduleName) {
        Mod.Module mod = PythonParser.parseModule(source, filename);
        ScopeTable scopes = ScopeAnalyzer.analyze(mod, filename);
        String className = classNameFor(moduleName, filename);
        byte[] bytes = ModuleCompiler.compile(mod, scopes, className, filename);
        return new CompiledModule(className, bytes, filename, scopes.warnings());
    }

    /**
     * The JVM name of a module's class: under the {@code py/} package, dotted module names as
     * nested packages; {@code __main__} is named after its file so that javap shows the script.
     */
    public static String classNameFor(String moduleName, String filename) {
        String name = moduleName;
        if (name.equals("__main__") || name.isEmpty()) {
            String base = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
            if (base.endsWith(".py")) base = base.substring(0, base.length() - 3);
            name = base.isEmpty() || base.startsWith("<") ? "__main__" : base;
        }
        StringBuilder sb = new StringBuilder("py/");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c == '.' ? '/' : (c == ';' || c == '[' || c == '/' || c == '<' || c == '>' || c == '\\') ? '_' : c);
        }
        return sb.toString();
    }
}
