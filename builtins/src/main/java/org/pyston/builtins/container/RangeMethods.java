package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code range}. */
public final class RangeMethods {
    private RangeMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("range() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n < 1) {
            throw PyExceptions.typeError("range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw PyExceptions.typeError("range expected at most 3 arguments, got %d", n);
        }
        if (n == 1) {
            return new PyRange(0, bound(args[1]), 1);
        }
        long step = n == 3 ? bound(args[3]) : 1;
        return new PyRange(bound(args[1]), bound(args[2]), step);
    }

    private static long bound(Object o) {
        Object i = UnaryOps.index(o);
        if (!IntMath.isSmall(i)) {
            throw PyExceptions.overflowError("range() arguments outside the 64-bit range are not supported yet");
        }
        return IntMath.small(i);
    }

    @PyGetter("start")
    public static Object start(PyRange r) {
        return PyInt.valueOf(r.start);
    }

    @PyGetter("stop")
    public static Object stop(PyRange r) {
        return PyInt.valueOf(r.stop);
    }

    @PyGetter("step")
    public static Object step(PyRange r) {
        return PyInt.valueOf(r.step);
    }

    @PyMethod(name = "__len__")
    public static Object len(PyRange r) {
        return PyInt.valueOf(r.length);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyRange r) {
        return r.iterator();
    }

    @PyMethod(name = "__reversed__")
    public static Object reversed(PyRange r) {
        long last = r.start + (r.length - 1) * r.step;
        return new Iterators.RangeIterator(last, -r.step, r.length);
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(PyRange r, Object x) {
        return r.containsValue(x);
    }

    @PyMethod
    public static Object index(PyRange r, Object x) {
        if (IntMath.isSmall(x) && r.containsValue(x)) {
            return PyInt.valueOf((IntMath.small(x) - r.start) / r.step);
        }
        throw PyExceptions.valueError("%s is not in range", org.pyston.builtins.ops.Repr.repr(x));
    }

    @PyMethod
    public static Object count(PyRange r, Object x) {
        return PyInt.valueOf(r.containsValue(x) ? 1 : 0);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyRange r) {
        return PyStr.of(r.step == 1 ? "range(" + r.start + ", " + r.stop + ")"
                : "range(" + r.start + ", " + r.stop + ", " + r.step + ")");
    }

    /** As CPython: the hash of (len, start, step) with start/step None where they do not matter. */
    @org.pyston.builtins.object.PyMethod(name = "__hash__")
    public static Object hash(PyRange self) {
        Object start = self.length > 0 ? org.pyston.builtins.number.PyInt.valueOf(self.start) : org.pyston.builtins.object.PyNone.NONE;
        Object step = self.length > 1 ? org.pyston.builtins.number.PyInt.valueOf(self.step) : org.pyston.builtins.object.PyNone.NONE;
        return new org.pyston.builtins.number.PyInt(org.pyston.builtins.ops.Hashing.hashTuple(
                PyTuple.of(org.pyston.builtins.number.PyInt.valueOf(self.length), start, step)));
    }
}
