package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyston.builtins.runtime.Assumption;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * A Python function ({@code function}): a {@link PyCode} plus the globals it runs in, its default
 * values and its closure.
 *
 * <p>Direct linking: {@link #positionalHandle(int)} adapts the code's entry for a fixed number of
 * positional arguments (closure bound, defaults inserted, {@code *args}/{@code **kwargs} packed),
 * cached per arity. Assigning {@code __code__}, {@code __defaults__} or {@code __kwdefaults__}
 * invalidates {@link #assumption()} and drops those handles, so linked sites relink.
 */
public final class PyFunction implements PyObject, PyCallable, DirectCallable {
    /** Python's {@code function}. */
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, FunctionMethods.class, false);

    private static final int MAX_CACHED_ARITY = 8;
    private static final MethodHandle NEW_DICT;
    private static final MethodHandle WRAP_TUPLE;
    private static final MethodHandle RENAME;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            NEW_DICT = l.findConstructor(PyDict.class, MethodType.methodType(void.class));
            WRAP_TUPLE = l.findStatic(PyTuple.class, "wrap", MethodType.methodType(PyTuple.class, Object[].class));
            RENAME = l.findStatic(PyFunction.class, "renamed",
                    MethodType.methodType(Object.class, PyFunction.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile PyCode code;
    /** Set once {@code __code__} is assigned: generators made since take it as their gi_code. */
    private volatile boolean codeReplaced;
    private final PyDict globals;
    private volatile PyTuple defaults;
    private volatile PyDict kwdefaults;
    private final PyCell[] closure;
    private volatile String name;
    private volatile String qualname;
    /** {@code __module__}: globals['__name__'] at creation. */
    volatile Object module;
    /** {@code __doc__}. */
    volatile Object doc = PyNone.NONE;
    /** {@code __annotations__}; null until asked for. */
    volatile PyDict annotations;
    private PyDict dict;
    private volatile Assumption assumption = new Assumption();
    private volatile MethodHandle[] positionalHandles = new MethodHandle[MAX_CACHED_ARITY + 1];

    /**
     * A function for {@code code} running in {@code globals}; {@code defaults}/{@code kwdefaults}
     * may be null (none); {@code closure} is null when the code has no free variables.
     */
    public PyFunction(PyCode code, PyDict globals, PyTuple defaults, PyDict kwdefaults, PyCell[] closure,
                      String qualname) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults == null || defaults.size() == 0 ? null : defaults;
        this.kwdefaults = kwdefaults == null || kwdefaults.size() == 0 ? null : kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = qualname == null ? code.qualname : qualname;
        Object m = globals == null ? null : globals.getStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public PyCode getCode() {
        return code;
    }

    public PyDict getGlobals() {
        return globals;
    }

    public PyTuple getDefaults() {
        return defaults;
    }

    public PyDict getKwdefaults() {
        return kwdefaults;
    }

    public PyCell[] getClosure() {
        return closure;
    }

    public String getName() {
        return name;
    }

    public void setName(String n) {
        this.name = n;
        if (makesResumable()) invalidate();
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String q) {
        this.qualname = q;
        if (makesResumable()) invalidate();
    }

    /** Whether calling the code creates a generator, coroutine or async generator. */
    private boolean makesResumable() {
        return (code.flags & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0;
    }

    /**
     * The code's entry as this function calls it. A generator (coroutine, async generator) takes
     * its {@code __name__}/{@code __qualname__} from the function that created it, as CPython's;
     * the compiled entry names it after the code, so a function renamed since renames what its
     * entry returns. Renaming invalidates {@link #assumption()}, so linked sites pick this up.
     */
    public MethodHandle entry() {
        PyCode c = code;
        if (!namesWhatItMakes()) return c.entry;
        return MethodHandles.filterReturnValue(c.entry, RENAME.bindTo(this));
    }

    /** Whether what the entry makes must be renamed (or get another code): see {@link #entry()}. */
    private boolean namesWhatItMakes() {
        PyCode c = code;
        return makesResumable() && (codeReplaced || !name.equals(c.name) || !qualname.equals(c.qualname));
    }

    private static Object renamed(PyFunction f, Object made) {
        if (made instanceof org.pyston.builtins.generator.Resumable r) {
            r.setName(f.name);
            r.setQualname(f.qualname);
            if (f.codeReplaced) r.setCode(f.code);
        }
        return made;
    }

    /** The function's attribute dictionary ({@code __dict__}), created on first use. */
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** A user attribute, or null; does not create the dictionary. */
    public synchronized Object getAttribute(String n) {
        return dict == null ? null : dict.getStr(n);
    }

    /** Valid while {@code __code__}, {@code __defaults__} and {@code __kwdefaults__} are unchanged. */
    public Assumption assumption() {
        return assumption;
    }

    /** Assigns {@code __code__}; the free-variable count must match the closure. */
    public void setCode(PyCode c) {
        int nfree = closure == null ? 0 : closure.length;
        if (c.freevars.length != nfree) {
            throw PyExceptions.valueError("%s() requires a code object with %d free vars, not %d", name, nfree,
                    c.freevars.length);
        }
        this.code = c;
        codeReplaced = true;
        invalidate();
    }

    /** Assigns {@code __defaults__} (null or empty for none). */
    public void setDefaults(PyTuple d) {
        this.defaults = d == null || d.size() == 0 ? null : d;
        invalidate();
    }

    /** Assigns {@code __kwdefaults__} (null or empty for none). */
    public void setKwdefaults(PyDict d) {
        this.kwdefaults = d == null || d.size() == 0 ? null : d;
        invalidate();
    }

    private synchronized void invalidate() {
        Assumption old = assumption;
        assumption = new Assumption();
        positionalHandles = new MethodHandle[MAX_CACHED_ARITY + 1];
        old.invalidate();
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        PyCode c = code;
        Object[] bound = ArgBinder.bind(c, qualname, defaults, kwdefaults, closure, args, kwnames);
        try {
            Object r = c.spreadEntry().invokeExact(bound);
            return namesWhatItMakes() ? renamed(this, r) : r;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw PyExceptions.translate(t);
        }
    }

    @Override
    public MethodHandle positionalHandle(int nargs) {
        MethodHandle[] cache = positionalHandles;
        if (nargs <= MAX_CACHED_ARITY && cache[nargs] != null) {
            return cache[nargs];
        }
        MethodHandle h = buildPositionalHandle(nargs);
        if (h != null && nargs <= MAX_CACHED_ARITY) {
            cache[nargs] = h;
        }
        return h;
    }

    private MethodHandle buildPositionalHandle(int nargs) {
        PyCode c = code;
        PyTuple defs = defaults;
        PyDict kwdefs = kwdefaults;
        int n = c.argcount;
        int ndef = defs == null ? 0 : defs.size();
        if (nargs < n - ndef || (nargs > n && !c.hasVarargs())) {
            return null;
        }
        Object[] kwvals = new Object[c.kwonlyargcount];
        for (int i = 0; i < kwvals.length; i++) {
            Object d = kwdefs == null ? null : kwdefs.get(PyStr.of(c.varnames[n + i]));
            if (d == null) {
                return null;
            }
            kwvals[i] = d;
        }
        MethodHandle h = entry();
        int off = c.hasClosure() ? 1 : 0;
        int pos = off + n + kwvals.length; // index of the *args parameter, if any
        if (c.hasVarkw()) {
            int at = pos + (c.hasVarargs() ? 1 : 0);
            // the entry's **kwargs parameter may be declared Object or PyDict
            h = MethodHandles.collectArguments(h, at, NEW_DICT.asType(NEW_DICT.type().changeReturnType(h.type().parameterType(at))));
        }
        if (c.hasVarargs()) {
            if (nargs <= n) {
                h = MethodHandles.insertArguments(h, pos, PyTuple.EMPTY);
            } else {
                MethodHandle collector = WRAP_TUPLE.asCollector(Object[].class, nargs - n);
                // the entry's *args parameter may be declared Object or PyTuple
                collector = collector.asType(collector.type().changeReturnType(h.type().parameterType(pos)));
                h = MethodHandles.collectArguments(h, pos, collector);
                // Move the extra positional parameters (now at pos..) before the keyword-only ones.
                if (kwvals.length > 0) {
                    h = MethodHandles.insertArguments(h, off + n, kwvals);
                    kwvals = new Object[0];
                }
            }
        }
        if (kwvals.length > 0) {
            h = MethodHandles.insertArguments(h, off + n, kwvals);
        }
        if (nargs < n) {
            Object[] fill = new Object[n - nargs];
            for (int i = nargs; i < n; i++) {
                fill[i - nargs] = defs.get(i - (n - ndef));
            }
            h = MethodHandles.insertArguments(h, off + nargs, fill);
        }
        if (off == 1) {
            h = MethodHandles.insertArguments(h, 0, (Object) closure);
        }
        return h.asType(MethodType.genericMethodType(nargs));
    }

    @Override
    public String toString() {
        return "<function " + qualname + ">";
    }
}
