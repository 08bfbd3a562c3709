package org.pyston.builtins.container;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CompareOps;

/**
 * {@code range(start, stop, step)} over Python ints of any size. Immutable.
 *
 * <p>Two forms share this class, as CPython's range and its long-range iterator do: when start,
 * stop, step and the length all fit a {@code long} ({@link #isSmall()}, nearly always), the
 * {@code long} fields are the values and every operation is plain arithmetic; otherwise the
 * {@code BigInteger} fields are, and the {@code long} fields are unused. The Python-visible
 * {@code start/stop/step} are kept as the ints {@code __index__} returned.
 */
public final class PyRange implements PyObject {
    /** Python's {@code range}. */
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, RangeMethods.class, false).withCollectionFlag(PyType.SEQUENCE_FLAG);

    /** Valid when {@link #isSmall()}. */
    public final long start;
    public final long stop;
    public final long step;
    /** The number of values; valid when {@link #isSmall()}. */
    public final long length;

    /** The exact values (always set). */
    private final BigInteger bigStart;
    private final BigInteger bigStop;
    private final BigInteger bigStep;
    private final BigInteger bigLength;
    private final boolean small;

    public PyRange(long start, long stop, long step) {
        this(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
    }

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw PyExceptions.valueError("range() arg 3 must not be zero");
        }
        this.bigStart = start;
        this.bigStop = stop;
        this.bigStep = step;
        this.bigLength = lengthOf(start, stop, step);
        this.small = fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(bigLength);
        this.start = small ? start.longValue() : 0;
        this.stop = small ? stop.longValue() : 0;
        this.step = small ? step.longValue() : 0;
        this.length = small ? bigLength.longValue() : 0;
    }

    private static boolean fitsLong(BigInteger v) {
        return v.bitLength() < 64;
    }

    /** CPython's compute_range_length: the number of values of the arithmetic progression. */
    private static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            step = step.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** True when start, stop, step and the length fit a long (the {@code long} fields are valid). */
    public boolean isSmall() {
        return small;
    }

    public Object startValue() {
        return PyInt.of(bigStart);
    }

    public Object stopValue() {
        return PyInt.of(bigStop);
    }

    public Object stepValue() {
        return PyInt.of(bigStep);
    }

    /** The length as a Python int (may exceed a long). */
    public Object lengthValue() {
        return PyInt.of(bigLength);
    }

    /** True when the range is empty. */
    public boolean isEmpty() {
        return bigLength.signum() == 0;
    }

    /** {@code len(r)}: OverflowError when the length does not fit a Py_ssize_t, as CPython. */
    public long checkedLength() {
        if (!fitsLong(bigLength)) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return bigLength.longValue();
    }

    /** {@code r[i]} with a Python index (negative allowed). */
    public Object item(long i) {
        if (small) {
            if (i < 0) {
                i += length;
            }
            if (i < 0 || i >= length) {
                throw PyExceptions.indexError("range object index out of range");
            }
            return new PyInt(start + i * step);
        }
        return item(BigInteger.valueOf(i));
    }

    /** {@code r[i]} with an index of any size. */
    public Object item(BigInteger i) {
        if (i.signum() < 0) {
            i = i.add(bigLength);
        }
        if (i.signum() < 0 || i.compareTo(bigLength) >= 0) {
            throw PyExceptions.indexError("range object index out of range");
        }
        return PyInt.of(bigStart.add(i.multiply(bigStep)));
    }

    /** {@code r[a:b:c]}: another range, as CPython's compute_slice (bounds mapped through the range). */
    public PyRange slice(PySlice s) {
        if (small && s.hasSmallStep()) {
            long[] r = s.indices(length);
            try {
                return new PyRange(Math.addExact(start, Math.multiplyExact(r[0], step)),
                        Math.addExact(start, Math.multiplyExact(r[1], step)), Math.multiplyExact(step, r[2]));
            } catch (ArithmeticException overflow) {
                // a huge slice step: fall through to exact arithmetic
            }
        }
        BigInteger[] r = s.bigIndices(bigLength);
        return new PyRange(bigStart.add(r[0].multiply(bigStep)), bigStart.add(r[1].multiply(bigStep)),
                bigStep.multiply(r[2]));
    }

    /** {@code x in r}: arithmetic for ints, equality scan otherwise. */
    public boolean containsValue(Object x) {
        if (small && IntMath.isSmall(x)) {
            long v = IntMath.small(x);
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
                return false;
            }
            return Math.floorMod(v - start, step) == 0;
        }
        if (IntMath.isInt(x)) {
            return offsetOf(IntMath.big(x)) != null;
        }
        for (BigInteger i = BigInteger.ZERO; i.compareTo(bigLength) < 0; i = i.add(BigInteger.ONE)) {
            if (CompareOps.eqBool(PyInt.of(bigStart.add(i.multiply(bigStep))), x)) {
                return true;
            }
        }
        return false;
    }

    /** The position of int value {@code v} in the range, or null when absent. */
    public BigInteger offsetOf(BigInteger v) {
        boolean inside = bigStep.signum() > 0
                ? v.compareTo(bigStart) >= 0 && v.compareTo(bigStop) < 0
                : v.compareTo(bigStart) <= 0 && v.compareTo(bigStop) > 0;
        if (!inside) {
            return null;
        }
        BigInteger[] qr = v.subtract(bigStart).divideAndRemainder(bigStep);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    /** Range equality compares the sequences, not the parameters. */
    public boolean sameSequence(PyRange o) {
        if (!bigLength.equals(o.bigLength)) {
            return false;
        }
        if (bigLength.signum() == 0) {
            return true;
        }
        if (!bigStart.equals(o.bigStart)) {
            return false;
        }
        return bigLength.equals(BigInteger.ONE) || bigStep.equals(o.bigStep);
    }

    /** An iterator over the values. */
    public PyIterator iterator() {
        if (small) {
            return new Iterators.RangeIterator(start, step, length);
        }
        return new LongRangeIterator(bigStart, bigStep, bigLength);
    }

    /** An iterator over the values, last first. */
    public PyIterator reverseIterator() {
        BigInteger last = bigStart.add(bigLength.subtract(BigInteger.ONE).multiply(bigStep));
        if (small && fitsLong(last) && fitsLong(bigStep.negate())) {
            return new Iterators.RangeIterator(last.longValue(), -step, length);
        }
        return new LongRangeIterator(last, bigStep.negate(), bigLength);
    }

    /**
     * CPython's {@code longrange_iterator}: the iterator of a range whose values or length do not
     * fit a long. Rare; correctness over speed.
     */
    public static final class LongRangeIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("longrange_iterator", LongRangeIterator.class, IteratorMethods.class, false);
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        LongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }
    }
}
