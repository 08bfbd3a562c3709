package org.pyston.builtins.container;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.UnaryOps;

/** {@code slice(start, stop, step)}; absent parts are None. Immutable. */
public final class PySlice implements PyObject {
    /** Python's {@code slice}. */
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, SliceMethods.class, false);

    public final Object start;
    public final Object stop;
    public final Object step;

    /** A slice; null parts mean None. */
    public PySlice(Object start, Object stop, Object step) {
        this.start = start == null ? PyNone.NONE : start;
        this.stop = stop == null ? PyNone.NONE : stop;
        this.step = step == null ? PyNone.NONE : step;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** True for {@code [:]} (and {@code [::1]}). */
    public boolean isFull() {
        return start == PyNone.NONE && stop == PyNone.NONE
                && (step == PyNone.NONE || (IntMath.isSmall(step) && IntMath.small(step) == 1));
    }

    /** A slice bound as an int: CPython's _PyEval_SliceIndex, with its message for a value without __index__. */
    private static Object sliceIndex(Object o) {
        if (!(o instanceof org.pyston.builtins.number.PyInt) && !(o instanceof org.pyston.builtins.number.PyBigInt)
                && org.pyston.builtins.ops.TypeOps.typeOf(o).lookup("__index__") == null) {
            throw PyExceptions.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return UnaryOps.index(o);
    }

    private static long clampIndex(Object o) {
        Object i = sliceIndex(o);
        if (IntMath.isSmall(i)) {
            return IntMath.small(i);
        }
        return IntMath.compare(i, new org.pyston.builtins.number.PyInt(0)) < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
    }

    /** CPython's PySlice_GetIndicesEx: {start, stop, step, slicelength} for a sequence of {@code length}. */
    public long[] indices(long length) {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = clampIndex(step);
            if (st == 0) {
                throw PyExceptions.valueError("slice step cannot be zero");
            }
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s;
        if (start == PyNone.NONE) {
            s = st < 0 ? upper : lower;
        } else {
            s = clampIndex(start);
            if (s < 0) {
                s = Math.max(s + length, lower);
            } else {
                s = Math.min(s, upper);
            }
        }
        long e;
        if (stop == PyNone.NONE) {
            e = st < 0 ? lower : upper;
        } else {
            e = clampIndex(stop);
            if (e < 0) {
                e = Math.max(e + length, lower);
            } else {
                e = Math.min(e, upper);
            }
        }
        long len;
        if (st < 0) {
            len = e < s ? (s - e - 1) / (-st) + 1 : 0;
        } else {
            len = s < e ? (e - s - 1) / st + 1 : 0;
        }
        return new long[] {s, e, st, len};
    }

    /** True when the step is None or fits a long (so {@link #indices} does not clamp it). */
    public boolean hasSmallStep() {
        return step == PyNone.NONE || IntMath.isSmall(UnaryOps.index(step));
    }

    /**
     * CPython's _PySlice_GetLongIndices: {start, stop, step} for a sequence of {@code length}, exact
     * for ints of any size (range slicing needs it; other sequences clamp with {@link #indices}).
     */
    public BigInteger[] bigIndices(BigInteger length) {
        BigInteger st = step == PyNone.NONE ? BigInteger.ONE : IntMath.big(sliceIndex(step));
        if (st.signum() == 0) {
            throw PyExceptions.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = length.add(lower);
        BigInteger s = start == PyNone.NONE ? (back ? upper : lower) : clamp(start, length, lower, upper);
        BigInteger e = stop == PyNone.NONE ? (back ? lower : upper) : clamp(stop, length, lower, upper);
        return new BigInteger[] {s, e, st};
    }

    private static BigInteger clamp(Object bound, BigInteger length, BigInteger lower, BigInteger upper) {
        BigInteger v = IntMath.big(sliceIndex(bound));
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }
}
