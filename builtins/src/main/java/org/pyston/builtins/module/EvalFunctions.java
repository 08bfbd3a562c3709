package org.pyston.builtins.module;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.SourceCompiler;
import org.pyston.builtins.text.PyStr;

/**
 * The builtins that run or inspect code: eval, exec, compile, globals, locals, vars. Those that
 * need the caller's frame (globals(), locals(), vars() and eval/exec without explicit namespaces)
 * are resolved by the compiler at the call site, which passes the frame's globals and locals to
 * {@link #evalIn}/{@link #execIn}/... ; called indirectly (through another name), eval and exec
 * find the innermost Python frame's globals on the JVM stack (a function frame's locals are not
 * available there: see {@link #callerLocals}), and locals()/vars() raise RuntimeError.
 */
public final class EvalFunctions {
    private EvalFunctions() {}

    @PyMethod(general = true)
    public static Object eval(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("eval", args, kwnames, 3, new String[] {"source", "globals", "locals"}, 1);
        if (p[1] == null || p[1] == PyNone.NONE) {
            PyDict g = callerGlobalsOrFail("eval");
            return evalIn(p[0], p[1], p[2], g, callerLocals(g));
        }
        return evalIn(p[0], p[1], p[2], null, null);
    }

    @PyMethod(general = true)
    public static Object exec(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("exec", args, kwnames, 3, new String[] {"source", "globals", "locals"}, 1);
        if (p[1] == null || p[1] == PyNone.NONE) {
            PyDict g = callerGlobalsOrFail("exec");
            return execIn(p[0], p[1], p[2], g, callerLocals(g));
        }
        return execIn(p[0], p[1], p[2], null, null);
    }

    /**
     * eval/exec reached through another name ({@code assertRaises(SyntaxError, eval, src)}): the
     * innermost Python frame's globals, found on the JVM stack as {@link #globals()} does.
     */
    private static PyDict callerGlobalsOrFail(String name) {
        PyDict g = org.pyston.builtins.exception.FrameWalker.callerGlobals();
        if (g == null) {
            throw noFrame(name);
        }
        return g;
    }

    /**
     * The locals for an indirect eval/exec: a module body's are its globals; a function's are not
     * materialised outside it (see PyFrame.f_locals), so the code runs with a fresh local
     * namespace and sees the function's module globals and the builtins only.
     */
    private static Object callerLocals(PyDict g) {
        return org.pyston.builtins.exception.FrameWalker.callerIsModuleBody() ? g : new PyDict();
    }

    @PyMethod(general = true)
    public static Object compile(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("compile", args, kwnames, 6,
                new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3);
        if (!(p[1] instanceof PyStr filename)) throw PyExceptions.typeError("compile() argument 'filename' must be str");
        if (!(p[2] instanceof PyStr mode)) throw PyExceptions.typeError("compile() argument 'mode' must be str, not %s", TypeOps.typeName(p[2]));
        int flags = p[3] == null ? 0 : (int) org.pyston.builtins.ops.UnaryOps.indexAsLong(p[3]);
        if ((flags & ~PY_CF_KNOWN) != 0) {
            throw PyExceptions.valueError("compile(): unrecognised flags");
        }
        long optimize = p[5] == null ? -1 : org.pyston.builtins.ops.UnaryOps.indexAsLong(p[5]);
        if (optimize < -1 || optimize > 2) {
            throw PyExceptions.valueError("compile(): invalid optimize value");
        }
        boolean onlyAst = (flags & PY_CF_ONLY_AST) != 0;
        if (!mode.value().equals("exec") && !mode.value().equals("eval") && !mode.value().equals("single")
                && !(onlyAst && mode.value().equals("func_type"))) {
            throw PyExceptions.valueError(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        SourceCompiler c = SourceCompiler.get();
        if (c.isCode(p[0])) return p[0];
        if (c.isAst(p[0])) return c.compileAst(p[0], filename.value(), mode.value(), flags);
        byte[] buffer = p[0] instanceof PyStr ? null : org.pyston.builtins.text.BytesSupport.data(p[0]);
        if (!(p[0] instanceof PyStr) && buffer == null) {
            throw PyExceptions.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        // bytes and other buffers (bytearray, memoryview) are UTF-8 source, as CPython's _Py_SourceAsString
        String text = buffer != null ? new String(buffer, java.nio.charset.StandardCharsets.UTF_8) : ((PyStr) p[0]).value();
        if (onlyAst) return c.compileAst(PyStr.of(text), filename.value(), mode.value(), flags);
        return c.compile(text, filename.value(), mode.value());
    }

    /**
     * The compile() flags CPython accepts: the __future__ features (PyCF_MASK), CO_NESTED
     * (obsolete) and PyCF_COMPILE_MASK (only AST, don't imply dedent, type comments, top-level
     * await, incomplete input); any other bit is "unrecognised".
     */
    private static final int PY_CF_KNOWN = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000
            | 0x1000000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

    /** compile() flag asking for the AST (CPython's {@code PyCF_ONLY_AST}). */
    private static final int PY_CF_ONLY_AST = 0x400;

    @PyMethod(required = 0)
    public static Object vars(Object o) {
        if (o == null) throw noFrame("vars");
        Object d = AttributeOps.lookupAttr(o, "__dict__");
        if (d == null) throw PyExceptions.typeError("vars() argument must have __dict__ attribute");
        return d;
    }

    /**
     * {@code globals()} reached through an alias ({@code _globals = globals}, as timeit does): a
     * direct call is compiled inline; here the caller's module is found on the JVM stack.
     */
    @PyMethod
    public static Object globals() {
        PyDict g = org.pyston.builtins.exception.FrameWalker.callerGlobals();
        if (g == null) {
            throw noFrame("globals");
        }
        return g;
    }

    @PyMethod
    public static Object locals() {
        throw noFrame("locals");
    }

    private static RuntimeException noFrame(String name) {
        return PyExceptions.runtimeError("%s() needs the caller's frame: call it directly by its builtin name", name);
    }

    /** {@code eval(source, globals, locals)} with the caller's namespaces filled in where omitted. */
    public static Object evalIn(Object source, Object globals, Object locals, PyDict callerGlobals, Object callerLocals) {
        return run("eval", source, globals, locals, callerGlobals, callerLocals);
    }

    /** {@code exec(...)}: as eval, the result is None. */
    public static Object execIn(Object source, Object globals, Object locals, PyDict callerGlobals, Object callerLocals) {
        run("exec", source, globals, locals, callerGlobals, callerLocals);
        return PyNone.NONE;
    }

    private static Object run(String mode, Object source, Object globals, Object locals, PyDict callerGlobals, Object callerLocals) {
        PyDict g;
        Object l;
        if (globals == null || globals == PyNone.NONE) {
            g = callerGlobals;
            l = locals == null || locals == PyNone.NONE ? callerLocals : locals;
        } else {
            // a dict subclass instance is accepted (PyDict_Check); its dict is the namespace
            if (!(org.pyston.builtins.object.PyInstance.unwrap(globals) instanceof PyDict gd)) {
                throw PyExceptions.typeError(mode.equals("eval") ? "globals must be a dict" : "exec() globals must be a dict, not %s",
                        TypeOps.typeName(globals));
            }
            g = gd;
            l = locals == null || locals == PyNone.NONE ? globals : locals;
        }
        if (l != g && TypeOps.typeOf(l).lookup("__getitem__") == null) {
            throw PyExceptions.typeError(mode.equals("eval") ? "locals must be a mapping" : "locals must be a mapping");
        }
        if (g.getStr("__builtins__") == null) {
            // the builtins dict, as CPython's PyEval_GetBuiltins() (not the module)
            g.putStr("__builtins__", org.pyston.builtins.runtime.Interpreter.current().getBuiltinsDict());
        }
        SourceCompiler c = SourceCompiler.get();
        Object code = c.isCode(source) ? source : c.compile(sourceText(source, mode), "<string>", mode);
        return c.run(code, g, l);
    }

    private static String sourceText(Object source, String fn) {
        byte[] buffer = source instanceof PyStr ? null : org.pyston.builtins.text.BytesSupport.data(source);
        if (buffer != null) {
            // bytes (or another buffer) source is UTF-8 text; a leading byte order mark is dropped, as
            // CPython's tokenizer does
            String text = new String(buffer, java.nio.charset.StandardCharsets.UTF_8);
            source = PyStr.of(text.startsWith("\ufeff") ? text.substring(1) : text);
        }
        if (source instanceof PyStr s) {
            // eval's source string loses its leading spaces and tabs, as CPython's (exec's does not)
            int i = 0;
            while (fn.equals("eval") && i < s.value().length() && (s.value().charAt(i) == ' ' || s.value().charAt(i) == '\t')) {
                i++;
            }
            return s.value().substring(i);
        }
        throw PyExceptions.typeError("%s() arg 1 must be a string, bytes or code object", fn);
    }
}
