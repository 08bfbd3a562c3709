package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CompareOps;

/**
 * {@code range(start, stop, step)} over {@code long} bounds (bounds outside the long range are not
 * supported yet: OverflowError). Immutable; {@link #length} is computed once.
 */
public final class PyRange implements PyObject {
    /** Python's {@code range}. */
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, RangeMethods.class, false);

    public final long start;
    public final long stop;
    public final long step;
    /** The number of values. */
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw PyExceptions.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = 0;
            if (start < stop) {
                n = java.math.BigInteger.valueOf(stop).subtract(java.math.BigInteger.valueOf(start))
                        .subtract(java.math.BigInteger.ONE).divide(java.math.BigInteger.valueOf(step)).longValue() + 1;
            }
        } else {
            n = start > stop ? java.math.BigInteger.valueOf(start).subtract(java.math.BigInteger.valueOf(stop))
                    .subtract(java.math.BigInteger.ONE).divide(java.math.BigInteger.valueOf(-step)).longValue() + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code r[i]} with a Python index (negative allowed). */
    public Object item(long i) {
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyExceptions.indexError("range object index out of range");
        }
        return new PyInt(start + i * step);
    }

    /** {@code r[a:b:c]}: another range. */
    public PyRange slice(PySlice s) {
        long[] r = s.indices(length);
        long newStart = start + r[0] * step;
        long newStep = step * r[2];
        long newStop = newStart + r[3] * newStep;
        return new PyRange(newStart, newStop, newStep);
    }

    /** {@code x in r}: arithmetic for ints, equality scan otherwise. */
    public boolean containsValue(Object x) {
        if (IntMath.isSmall(x)) {
            long v = IntMath.small(x);
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
                return false;
            }
            return Math.floorMod(v - start, step) == 0;
        }
        if (IntMath.isInt(x)) {
            return false;
        }
        for (long i = 0; i < length; i++) {
            if (CompareOps.eqBool(new PyInt(start + i * step), x)) {
                return true;
            }
        }
        return false;
    }

    /** Range equality compares the sequences, not the parameters. */
    public boolean sameSequence(PyRange o) {
        if (length != o.length) {
            return false;
        }
        if (length == 0) {
            return true;
        }
        if (start != o.start) {
            return false;
        }
        return length == 1 || step == o.step;
    }

    /** An iterator over the values. */
    public PyIterator iterator() {
        return new Iterators.RangeIterator(start, step, length);
    }
}
