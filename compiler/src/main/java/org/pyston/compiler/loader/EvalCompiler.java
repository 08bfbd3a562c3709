package org.pyston.compiler.loader;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.runtime.SourceCompiler;
import org.pyston.compiler.CompileError;
import org.pyston.compiler.CompilerErrors;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.pyast.AstModule;
import org.pyston.compiler.pyast.AstTypes;
import org.pyston.compiler.pyast.FromPython;
import org.pyston.compiler.pyast.ToPython;
import org.pyston.compiler.codegen.ModuleCompiler;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.scopes.ScopeAnalyzer;
import org.pyston.compiler.scopes.ScopeTable;

/**
 * eval/exec/compile(): source to a class whose {@code module_body(locals)} runs against a
 * namespace. The code object is a PyCode over that body; each run defines the class afresh in its
 * own loader so that the globals bound into its static {@code $globals} belong to that run.
 */
public final class EvalCompiler implements SourceCompiler {
    static final EvalCompiler INSTANCE = new EvalCompiler();

    private static final AtomicLong COUNTER = new AtomicLong();

    /** The class bytes behind each code object this compiler made. */
    private final Map<PyCode, Compiled> compiled = Collections.synchronizedMap(new WeakHashMap<>());

    private record Compiled(String className, byte[] bytes) {}

    /** How many exec/eval/compile() sources were compiled in this JVM (CPython compiles these at run time too). */
    public static long compileCount() {
        return COUNTER.get();
    }

    @Override
    public Object compile(String source, String filename, String mode) {
        return compileMod(parse(source, filename, mode), filename, source);
    }

    @Override
    public boolean isAst(Object o) {
        return AstTypes.current().isNode(o);
    }

    @Override
    public Object compileAst(Object source, String filename, String mode, int flags) {
        boolean onlyAst = (flags & AstModule.PY_CF_ONLY_AST) != 0;
        if (AstTypes.current().isNode(source)) {
            Mod mod = FromPython.convert(source, mode);
            return onlyAst ? source : compileMod(mod, filename, null);
        }
        if (mode.equals("func_type")) {
            throw PyExceptions.notImplementedError("compile() mode 'func_type' (function type comments) is not supported");
        }
        String text = ((PyStr) source).value();
        return ToPython.convert(parse(text, filename, mode), text);
    }

    @Override
    public PyModule astModule(Interpreter interp) {
        return AstModule.create(interp);
    }

    /** Parses source for compile() mode {@code mode}; syntax errors raise as CPython's. */
    private static Mod parse(String source, String filename, String mode) {
        try {
            return switch (mode) {
                case "eval" -> PythonParser.parseExpression(source, filename);
                case "single" -> PythonParser.parseInteractive(source, filename);
                default -> PythonParser.parseModule(source, filename);
            };
        } catch (CompileError c) {
            throw CompilerErrors.toPython(c, filename, source);
        } catch (RuntimeException e) {
            PyBaseException pe = CompilerErrors.toPython(e, source);
            if (pe == null) throw e;
            throw pe;
        }
    }

    /** A code object for a parsed (or converted) tree; {@code source} may be null for a built tree. */
    private Object compileMod(Mod mod, String filename, String source) {
        String className = "py/exec/" + sanitize(filename) + "$" + COUNTER.incrementAndGet();
        byte[] bytes;
        ScopeTable scopes;
        try {
            scopes = ScopeAnalyzer.analyze(mod, filename);
            bytes = ModuleCompiler.compileNamespaced(mod, scopes, className, filename);
        } catch (CompileError c) {
            throw CompilerErrors.toPython(c, filename, source);
        } catch (RuntimeException e) {
            PyBaseException pe = CompilerErrors.toPython(e, source);
            if (pe == null) throw e;
            throw pe;
        }
        CompileWarnings.issue(scopes.warnings(), filename);
        Class<?> cls = define(className, bytes);
        MethodHandle body = bodyOf(cls);
        PyCode code = new PyCode("<module>", "<module>", filename, 1, new String[0], new String[0], new String[0], 1, 0, 0, 0, body);
        compiled.put(code, new Compiled(className, bytes));
        return code;
    }

    @Override
    public Object run(Object code, PyDict globals, Object locals) {
        Compiled c = compiled.get(code);
        if (c == null) throw PyExceptions.typeError("code object cannot be run: it was not made by compile()");
        Class<?> cls = define(c.className(), c.bytes());
        try {
            MethodHandles.publicLookup().findStaticSetter(cls, "$globals", PyDict.class).invoke(globals);
            return bodyOf(cls).invoke(locals);
        } catch (Throwable t) {
            throw org.pyston.indy.support.ExceptionSupport.translate(t);
        }
    }

    @Override
    public boolean isCode(Object o) {
        return o instanceof PyCode p && compiled.containsKey(p);
    }

    private static Class<?> define(String className, byte[] bytes) {
        return new ModuleClassLoader(EvalCompiler.class.getClassLoader()).define(className, bytes);
    }

    private static MethodHandle bodyOf(Class<?> cls) {
        try {
            return MethodHandles.publicLookup().findStatic(cls, ModuleCompiler.MODULE_BODY,
                    MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sanitize(String filename) {
        StringBuilder sb = new StringBuilder();
        for (char ch : filename.toCharArray()) sb.append(Character.isJavaIdentifierPart(ch) ? ch : '_');
        return sb.length() == 0 ? "_" : sb.toString();
    }
}
