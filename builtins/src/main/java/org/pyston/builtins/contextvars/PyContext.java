package org.pyston.builtins.contextvars;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.typing.PyGenericAlias;

/**
 * {@code contextvars.Context}: an immutable-looking mapping from {@link PyContextVar} to value.
 * Each thread has a current context ({@link #current()}); {@code ContextVar.set} replaces the
 * current context's map with a changed copy, so copies made earlier ({@code copy_context()}) never
 * see the change, as with CPython's HAMT.
 *
 * <p>The current context is kept per JVM thread (a {@link ThreadLocal}); contexts and variables
 * are plain objects, so two interpreters sharing a thread would share only which context is
 * entered, never a variable.
 */
public final class PyContext implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    /** {@code _contextvars.Context}. */
    public static final PyType TYPE = PyType.builtinInModule("Context", "_contextvars", PyContext.class,
            PyContext.class);

    private static final ThreadLocal<PyContext> CURRENT = new ThreadLocal<>();

    /** Variable to value; replaced, never mutated once published. Keys compare by identity. */
    volatile Map<PyContextVar, Object> vars;
    /** True while some thread runs inside {@code run}. */
    private boolean entered;

    PyContext(Map<PyContextVar, Object> vars) {
        this.vars = vars;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** This thread's current context (made empty on first use). */
    static PyContext current() {
        PyContext c = CURRENT.get();
        if (c == null) {
            c = new PyContext(Map.of());
            CURRENT.set(c);
        }
        return c;
    }

    /** A copy of this context's map with {@code var} set to {@code value} (null: removed). */
    void put(PyContextVar var, Object value) {
        Map<PyContextVar, Object> m = new LinkedHashMap<>(vars);
        if (value == null) {
            m.remove(var);
        } else {
            m.put(var, value);
        }
        vars = m;
    }

    private static PyContextVar key(Object k) {
        if (!(k instanceof PyContextVar v)) {
            throw PyExceptions.typeError("a ContextVar key was expected, got %s", org.pyston.builtins.ops.Repr.repr(k));
        }
        return v;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (args.length > 1) {
            throw PyExceptions.typeError("Context() does not accept any arguments");
        }
        return new PyContext(Map.of());
    }

    @PyMethod(general = true)
    public static Object run(PyContext self, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyExceptions.typeError("run() missing 1 required positional argument");
        }
        synchronized (self) {
            if (self.entered) {
                throw PyExceptions.runtimeError("cannot enter context: %s is already entered",
                        "<_contextvars.Context object at " + TypeOps.addressOf(self) + ">");
            }
            self.entered = true;
        }
        PyContext prev = current();
        CURRENT.set(self);
        try {
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return CallOps.call(args[0], rest, kwnames);
        } finally {
            CURRENT.set(prev);
            synchronized (self) {
                self.entered = false;
            }
        }
    }

    @PyMethod
    public static Object copy(PyContext self) {
        return new PyContext(self.vars);
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyContext self, Object key) {
        Object v = self.vars.get(key(key));
        if (v == null) {
            throw PyExceptions.keyError(key);
        }
        return v;
    }

    @PyMethod(required = 1)
    public static Object get(PyContext self, Object key, Object dflt) {
        Object v = self.vars.get(key(key));
        return v != null ? v : dflt == null ? PyNone.NONE : dflt;
    }

    @PyMethod(name = "__contains__")
    public static Object contains(PyContext self, Object key) {
        return PyBool.of(self.vars.containsKey(key(key)));
    }

    @PyMethod(name = "__len__")
    public static Object len(PyContext self) {
        return PyInt.valueOf(self.vars.size());
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyContext self) {
        return IterOps.iter(PyTuple.wrap(self.vars.keySet().toArray()));
    }

    @PyMethod
    public static Object keys(PyContext self) {
        return PyList.wrap(self.vars.keySet().toArray());
    }

    @PyMethod
    public static Object values(PyContext self) {
        return PyList.wrap(self.vars.values().toArray());
    }

    @PyMethod
    public static Object items(PyContext self) {
        Object[] out = new Object[self.vars.size()];
        int i = 0;
        for (Map.Entry<PyContextVar, Object> e : self.vars.entrySet()) {
            out[i++] = PyTuple.of(e.getKey(), e.getValue());
        }
        return PyList.wrap(out);
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyContext self, Object other) {
        if (!(other instanceof PyContext o)) {
            return org.pyston.builtins.object.PyNotImplemented.NOT_IMPLEMENTED;
        }
        Map<PyContextVar, Object> a = self.vars;
        Map<PyContextVar, Object> b = o.vars;
        if (a.size() != b.size()) {
            return PyBool.FALSE;
        }
        for (Map.Entry<PyContextVar, Object> e : a.entrySet()) {
            Object w = b.get(e.getKey());
            if (w == null || !org.pyston.builtins.ops.CompareOps.eqBool(e.getValue(), w)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyContext self) {
        throw PyExceptions.typeError("unhashable type: 'Context'");
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
