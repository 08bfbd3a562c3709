package org.pyston.builtins.ops;

import java.util.IdentityHashMap;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.FloatFormatter;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.text.StrMethods;

/**
 * {@code repr(x)} and {@code str(x)} as Java strings: built-in types directly (exactly CPython's
 * text), other types through {@code __repr__}/{@code __str__}. Containers print "[...]" (etc.)
 * for a recursive reference, tracked per thread.
 */
public final class Repr {
    private Repr() {
    }

    /** {@code repr(o)}. */
    public static String repr(Object o) {
        if (o instanceof PyStr s) {
            return StrMethods.reprOf(s.value());
        }
        if (o instanceof PyInt i) {
            return Long.toString(i.value);
        }
        if (o instanceof PyFloat f) {
            return FloatFormatter.repr(f.value);
        }
        if (o instanceof PyBool b) {
            return b.value ? "True" : "False";
        }
        if (o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof PyBigInt b) {
            return org.pyston.builtins.number.IntMath.toDecimal(b.value);
        }
        if (o == org.pyston.builtins.object.PyNotImplemented.NOT_IMPLEMENTED) {
            return "NotImplemented";
        }
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict && o.getClass() == PyDict.class
                || o instanceof PySet || o instanceof PyFrozenSet) {
            // nested containers recurse in Java: counted as CPython's PyObject_Repr counts them
            ThreadState ts = ThreadState.current();
            ts.enterRecursiveCall(" while getting the repr of an object");
            try {
                return container(o);
            } finally {
                ts.exitCall();
            }
        }
        return callStringMethod(o, TypeOps.typeOf(o).lookup("__repr__"), "__repr__");
    }

    private static String container(Object o) {
        if (o instanceof PyList l) {
            return sequence(l, l.toArray(), "[", "]", "[...]");
        }
        if (o instanceof PyTuple t) {
            if (t.size() == 1) {
                return sequence(t, t.items, "(", ",)", "(...)");
            }
            return sequence(t, t.items, "(", ")", "(...)");
        }
        if (o instanceof PyDict d) {
            return dict(d);
        }
        if (o instanceof PySet s) {
            return s.size() == 0 ? "set()" : sequence(s, s.toArray(), "{", "}", "set(...)");
        }
        PyFrozenSet s = (PyFrozenSet) o;
        return s.size() == 0 ? "frozenset()" : sequence(s, s.toArray(), "frozenset({", "})", "frozenset(...)");
    }

    /**
     * {@code str(o)} as CPython's PyObject_Str: a str as is, else what {@code __str__} returned,
     * which may be an instance of a str subclass (passed through, not copied).
     */
    public static Object strObject(Object o) {
        if (o instanceof PyStr) {
            return o;
        }
        PyType t = TypeOps.typeOf(o);
        if (t.isBuiltin()) {
            return PyStr.of(str(o));
        }
        Object m = t.lookup("__str__");
        if (m == null || m == ObjectStrHolder.OBJECT_STR) {
            return callStringMethodObject(o, t.lookup("__repr__"), "__str__");
        }
        return callStringMethodObject(o, m, "__str__");
    }

    /** {@code repr(o)} as CPython's PyObject_Repr: a str subclass instance from {@code __repr__} is passed through. */
    public static Object reprObject(Object o) {
        PyType t = TypeOps.typeOf(o);
        if (t.isBuiltin()) {
            return PyStr.of(repr(o));
        }
        return callStringMethodObject(o, t.lookup("__repr__"), "__repr__");
    }

    private static Object callStringMethodObject(Object o, Object m, String which) {
        Object r = CallOps.callWithSelf(m, o, new Object[0], null);
        if (r instanceof PyStr || (r instanceof org.pyston.builtins.object.PyInstance inst && inst.builtinValue() instanceof PyStr)) {
            return r;
        }
        throw PyExceptions.typeError("%s returned non-string (type %s)", which, TypeOps.typeName(r));
    }

    /** Calls {@code __repr__}/{@code __str__}; the result must be a str (or an instance of a str subclass). */
    private static String callStringMethod(Object o, Object m, String which) {
        Object r = CallOps.callWithSelf(m, o, new Object[0], null);
        if (r instanceof PyStr s) {
            return s.value();
        }
        if (r instanceof org.pyston.builtins.object.PyInstance inst && inst.builtinValue() instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s returned non-string (type %s)", which, TypeOps.typeName(r));
    }

    /** {@code str(o)}. */
    public static String str(Object o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool || o == PyNone.NONE
                || o instanceof PyBigInt || o instanceof PyList || o instanceof PyTuple || o instanceof PyDict) {
            return repr(o);
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.lookup("__str__");
        if (m == null || m == ObjectStrHolder.OBJECT_STR) {
            if (t.isBuiltin()) {
                return repr(o);
            }
            // object.__str__ calls the type's repr slot directly: a bad result is reported as __str__'s.
            return callStringMethod(o, t.lookup("__repr__"), "__str__");
        }
        return callStringMethod(o, m, "__str__");
    }

    private static final class ObjectStrHolder {
        static final Object OBJECT_STR = PyType.OBJECT.lookupLocal("__str__");
    }

    private static String sequence(Object self, Object[] items, String open, String close, String recursive) {
        IdentityHashMap<Object, Boolean> active = ThreadState.current().reprActive();
        if (active.containsKey(self)) {
            return recursive;
        }
        active.put(self, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            active.remove(self);
        }
    }

    /** The repr of {@code d}'s entries as a plain dict ({@code {k: v, ...}}), for subclasses' reprs. */
    public static String dict(PyDict d) {
        IdentityHashMap<Object, Boolean> active = ThreadState.current().reprActive();
        if (active.containsKey(d)) {
            return "{...}";
        }
        active.put(d, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Object[] e : d.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(e[0])).append(": ").append(repr(e[1]));
            }
            return sb.append('}').toString();
        } finally {
            active.remove(d);
        }
    }
}
