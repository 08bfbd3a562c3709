package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code slice} (unhashable, as CPython 3.11's). */
@org.pyston.builtins.object.Unhashable
public final class SliceMethods {
    private SliceMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, required = 2)
    public static Object new_(Object cls, Object a, Object b, Object c) {
        if (b == null) {
            return new PySlice(null, a, null);
        }
        return new PySlice(a, b, c);
    }

    @PyGetter("start")
    public static Object start(PySlice s) {
        return s.start;
    }

    @PyGetter("stop")
    public static Object stop(PySlice s) {
        return s.stop;
    }

    @PyGetter("step")
    public static Object step(PySlice s) {
        return s.step;
    }

    @PyMethod
    public static Object indices(PySlice s, Object length) {
        java.math.BigInteger n = IntMath.big(UnaryOps.index(length));
        if (n.signum() < 0) {
            throw PyExceptions.valueError("length should not be negative");
        }
        java.math.BigInteger[] r = s.bigIndices(n);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
    }

    /** {@code slice.__reduce__}: {@code (slice, (start, stop, step))}, for copy and pickle. */
    @PyMethod(name = "__reduce__")
    public static Object reduce(PySlice s) {
        return PyTuple.of(PySlice.TYPE, PyTuple.of(s.start, s.stop, s.step));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PySlice s) {
        return PyStr.of("slice(" + Repr.repr(s.start) + ", " + Repr.repr(s.stop) + ", " + Repr.repr(s.step) + ")");
    }

    static boolean unused(PyType t) {
        return t == PyNone.TYPE;
    }
}
