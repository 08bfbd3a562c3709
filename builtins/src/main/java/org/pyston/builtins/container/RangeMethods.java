package org.pyston.builtins.container;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
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
            return new PyRange(BigInteger.ZERO, bound(args[1]), BigInteger.ONE);
        }
        BigInteger step = n == 3 ? bound(args[3]) : BigInteger.ONE;
        return new PyRange(bound(args[1]), bound(args[2]), step);
    }

    private static BigInteger bound(Object o) {
        return IntMath.big(UnaryOps.index(o));
    }

    @PyGetter("start")
    public static Object start(PyRange r) {
        return r.startValue();
    }

    @PyGetter("stop")
    public static Object stop(PyRange r) {
        return r.stopValue();
    }

    @PyGetter("step")
    public static Object step(PyRange r) {
        return r.stepValue();
    }

    /** {@code (range, (start, stop, step))}, so ranges pickle and copy. */
    @PyMethod(name = "__reduce__")
    public static Object reduce(PyRange r) {
        return PyTuple.of(PyRange.TYPE, PyTuple.of(r.startValue(), r.stopValue(), r.stepValue()));
    }

    @PyMethod(name = "__len__")
    public static Object len(PyRange r) {
        return PyInt.valueOf(r.checkedLength());
    }

    @PyMethod(name = "__bool__")
    public static boolean bool(PyRange r) {
        return !r.isEmpty();
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyRange r) {
        return r.iterator();
    }

    @PyMethod(name = "__reversed__")
    public static Object reversed(PyRange r) {
        return r.reverseIterator();
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyRange r, Object key) {
        return org.pyston.builtins.ops.ItemOps.getItem(r, key);
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(PyRange r, Object x) {
        return r.containsValue(x);
    }

    /** Ints by arithmetic; anything else by an equality scan, as CPython's range_index. */
    @PyMethod
    public static Object index(PyRange r, Object x) {
        if (IntMath.isInt(x)) {
            BigInteger at = r.offsetOf(IntMath.big(x));
            if (at != null) {
                return PyInt.of(at);
            }
        } else {
            long i = 0;
            for (Object it = r.iterator(), v = IterOps.next(it); v != null; v = IterOps.next(it), i++) {
                if (CompareOps.eqBool(v, x)) {
                    return PyInt.valueOf(i);
                }
            }
            throw PyExceptions.valueError("sequence.index(x): x not in sequence");
        }
        throw PyExceptions.valueError("%s is not in range", org.pyston.builtins.ops.Repr.repr(x));
    }

    @PyMethod
    public static Object count(PyRange r, Object x) {
        if (IntMath.isInt(x)) {
            return PyInt.valueOf(r.containsValue(x) ? 1 : 0);
        }
        long n = 0;
        for (Object it = r.iterator(), v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            if (CompareOps.eqBool(v, x)) {
                n++;
            }
        }
        return PyInt.valueOf(n);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyRange r) {
        String bounds = "range(" + Repr.repr(r.startValue()) + ", " + Repr.repr(r.stopValue());
        Object step = r.stepValue();
        return PyStr.of(IntMath.isSmall(step) && IntMath.small(step) == 1 ? bounds + ")" : bounds + ", " + Repr.repr(step) + ")");
    }

    /** As CPython: the hash of (len, start, step) with start/step None where they do not matter. */
    @PyMethod(name = "__hash__")
    public static Object hash(PyRange self) {
        Object length = self.lengthValue();
        Object start = self.isEmpty() ? PyNone.NONE : self.startValue();
        Object step = IntMath.compare(length, PyInt.valueOf(1)) <= 0 ? PyNone.NONE : self.stepValue();
        return new PyInt(Hashing.hashTuple(PyTuple.of(length, start, step)));
    }
}
