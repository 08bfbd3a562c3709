package org.pyston.builtins.number;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.pyston.builtins.exception.PyExceptions;

/**
 * Integer arithmetic with CPython semantics over the two int representations. The {@code long}
 * methods are the fast paths: overflow (detected with {@code Math.*Exact}) promotes to
 * {@link BigInteger}; every result is normalised with {@link PyInt#of(BigInteger)}. Floor
 * semantics for {@code //} and {@code %} on negative operands.
 */
public final class IntMath {
    private IntMath() {
    }

    /** The current interpreter's {@code sys.get_int_max_str_digits()} (0: no limit). */
    public static int maxStrDigits() {
        return org.pyston.builtins.runtime.Interpreter.current().getIntMaxStrDigits();
    }

    /** {@code str(v)} in decimal under the current interpreter's digit limit (ValueError beyond it). */
    public static String toDecimal(BigInteger v) {
        if (v.bitLength() < 64) {
            return Long.toString(v.longValue());
        }
        try {
            return org.pyston.builtins.format.IntFormatter.toString(v, maxStrDigits());
        } catch (IllegalArgumentException e) {
            throw PyExceptions.valueError("%s", e.getMessage());
        }
    }

    /** True for a Python int: {@link PyInt}, {@link PyBigInt} or {@link PyBool}. */
    public static boolean isInt(Object o) {
        return o instanceof PyInt || o instanceof PyBool || o instanceof PyBigInt;
    }

    /** True for an int whose value fits a long (PyInt or PyBool). */
    public static boolean isSmall(Object o) {
        return o instanceof PyInt || o instanceof PyBool;
    }

    /** The long value of a PyInt or PyBool. */
    public static long small(Object o) {
        return o instanceof PyInt i ? i.value : ((PyBool) o).intValue;
    }

    /** The value of any Python int as a BigInteger. */
    public static BigInteger big(Object o) {
        if (o instanceof PyBigInt b) {
            return b.value;
        }
        return BigInteger.valueOf(small(o));
    }

    /** The double value of an int; OverflowError when too large. */
    public static double toDouble(Object o) {
        if (o instanceof PyBigInt b) {
            double d = b.value.doubleValue();
            if (Double.isInfinite(d)) {
                throw PyExceptions.overflowError("int too large to convert to float");
            }
            return d;
        }
        return small(o);
    }

    // ---- long fast paths -------------------------------------------------------------------

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
        }
        return new PyInt(r);
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
        }
        return new PyInt(r);
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return new PyInt(lo);
        }
        return PyInt.of(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
    }

    public static Object floordiv(long a, long b) {
        if (b == 0) {
            throw PyExceptions.zeroDivisionError("integer division or modulo by zero");
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return PyInt.of(BigInteger.valueOf(a).negate());
        }
        return new PyInt(Math.floorDiv(a, b));
    }

    public static Object mod(long a, long b) {
        if (b == 0) {
            throw PyExceptions.zeroDivisionError("integer modulo by zero");
        }
        if (b == -1) {
            return new PyInt(0);
        }
        return new PyInt(Math.floorMod(a, b));
    }

    public static Object truediv(long a, long b) {
        if (b == 0) {
            throw PyExceptions.zeroDivisionError("division by zero");
        }
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) {
            return new PyFloat((double) a / (double) b);
        }
        return truediv(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    public static Object lshift(long a, long b) {
        if (b < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        if (a == 0) {
            return new PyInt(0);
        }
        if (b < 63) {
            long r = a << b;
            if ((r >> b) == a) {
                return new PyInt(r);
            }
        }
        return lshift(BigInteger.valueOf(a), b);
    }

    public static Object rshift(long a, long b) {
        if (b < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        return new PyInt(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
    }

    public static Object pow(long a, long b) {
        if (b < 0) {
            if (a == 0) {
                throw PyExceptions.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return FloatMath.pow((double) a, (double) b);
        }
        long result = 1;
        long base = a;
        long e = b;
        try {
            while (e > 0) {
                if ((e & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                e >>= 1;
                if (e > 0) {
                    base = Math.multiplyExact(base, base);
                }
            }
            return new PyInt(result);
        } catch (ArithmeticException overflow) {
            return pow(BigInteger.valueOf(a), BigInteger.valueOf(b));
        }
    }

    public static Object neg(long a) {
        if (a == Long.MIN_VALUE) {
            return PyInt.of(BigInteger.valueOf(a).negate());
        }
        return new PyInt(-a);
    }

    public static Object abs(long a) {
        return a < 0 ? neg(a) : new PyInt(a);
    }

    // ---- BigInteger paths ------------------------------------------------------------------

    public static Object floordiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyExceptions.zeroDivisionError("integer division or modulo by zero");
        }
        return PyInt.of(floorDivBig(a, b));
    }

    public static Object mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyExceptions.zeroDivisionError("integer modulo by zero");
        }
        return PyInt.of(floorModBig(a, b));
    }

    static BigInteger floorDivBig(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger floorModBig(BigInteger a, BigInteger b) {
        BigInteger r = a.mod(b.abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b);
        }
        return r;
    }

    /** Correctly rounded true division of two big ints. */
    public static Object truediv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyExceptions.zeroDivisionError("division by zero");
        }
        return new PyFloat(correctlyRoundedQuotient(a, b));
    }

    /**
     * {@code a / b} (b non-zero) rounded once to the nearest double, half to even, as CPython's
     * long_true_divide: the quotient is computed with two or three bits beyond the 53 of a double
     * (fewer where the result is subnormal), plus a sticky bit for an inexact remainder, and
     * rounded on those bits; no intermediate decimal, so no double rounding. OverflowError when
     * the rounded result does not fit a double; a result below the smallest subnormal is a zero.
     */
    static double correctlyRoundedQuotient(BigInteger a, BigInteger b) {
        final int mantDig = 53, minExp = -1021, maxExp = 1024;
        boolean negate = (a.signum() < 0) != (b.signum() < 0);
        BigInteger x = a.abs();
        BigInteger d = b.abs();
        if (x.signum() == 0) {
            return negate ? -0.0 : 0.0;
        }
        if (x.bitLength() <= mantDig && d.bitLength() <= mantDig) {
            double r = x.doubleValue() / d.doubleValue(); // both exact: one rounding
            return negate ? -r : r;
        }
        long diff = (long) x.bitLength() - d.bitLength();
        if (diff > maxExp) {
            throw PyExceptions.overflowError("integer division result too large for a float");
        }
        if (diff < minExp - mantDig - 1) {
            return negate ? -0.0 : 0.0;
        }
        int shift = (int) (Math.max(diff, minExp) - mantDig - 2);
        boolean inexact = false;
        if (shift <= 0) {
            x = x.shiftLeft(-shift);
        } else {
            inexact = x.getLowestSetBit() < shift;
            x = x.shiftRight(shift);
        }
        BigInteger[] qr = x.divideAndRemainder(d);
        if (qr[1].signum() != 0) {
            inexact = true;
        }
        long q = qr[0].longValueExact(); // at most mantDig + 3 bits
        int qBits = 64 - Long.numberOfLeadingZeros(q);
        int extraBits = Math.max(qBits, minExp - shift) - mantDig;
        long mask = 1L << (extraBits - 1);
        long low = q | (inexact ? 1 : 0);
        if ((low & mask) != 0 && (low & (3 * mask - 1)) != 0) {
            low += mask;
        }
        q = low & ~(2 * mask - 1);
        double dq = (double) q; // exact: the low bits are cleared
        if (shift + qBits >= maxExp && (shift + qBits > maxExp || dq == Math.scalb(1.0, qBits))) {
            throw PyExceptions.overflowError("integer division result too large for a float");
        }
        double r = Math.scalb(dq, shift);
        return negate ? -r : r;
    }

    public static Object lshift(BigInteger a, long b) {
        if (b < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return new PyInt(0);
        }
        if (b > Integer.MAX_VALUE - a.bitLength()) {
            // CPython: a count beyond Py_ssize_t (the callers pass Long.MAX_VALUE for those) is an
            // OverflowError; a smaller one it tries to allocate, which fails with MemoryError long
            // before the 2^31 bits a BigInteger can hold
            if (b == Long.MAX_VALUE) throw PyExceptions.overflowError("too many digits in integer");
            throw PyExceptions.memoryError();
        }
        return PyInt.of(a.shiftLeft((int) b));
    }

    public static Object rshift(BigInteger a, long b) {
        if (b < 0) {
            throw PyExceptions.valueError("negative shift count");
        }
        if (b > Integer.MAX_VALUE) {
            return new PyInt(a.signum() < 0 ? -1 : 0);
        }
        return PyInt.of(a.shiftRight((int) b));
    }

    public static Object pow(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw PyExceptions.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return FloatMath.pow(toDoubleBig(a), b.doubleValue());
        }
        if (a.equals(BigInteger.ONE) || a.signum() == 0) {
            return PyInt.of(a);
        }
        if (a.equals(BigInteger.ONE.negate())) {
            return new PyInt(b.testBit(0) ? -1 : 1);
        }
        if (b.bitLength() > 31) {
            throw PyExceptions.memoryError();
        }
        return PyInt.of(a.pow(b.intValue()));
    }

    /** Three-argument pow(a, b, m) on ints. */
    public static Object pow(BigInteger a, BigInteger b, BigInteger m) {
        if (m.signum() == 0) {
            throw PyExceptions.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = m.abs();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = a.modInverse(am).modPow(b.negate(), am);
            } catch (ArithmeticException e) {
                throw PyExceptions.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = a.modPow(b, am);
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyInt.of(r);
    }

    private static double toDoubleBig(BigInteger a) {
        double d = a.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExceptions.overflowError("int too large to convert to float");
        }
        return d;
    }

    // ---- generic (any int representation) --------------------------------------------------

    /** {@code a op b} for two Python ints; {@code op} is one of + - * // % / ** << >> & | ^. */
    public static Object binary(String op, Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            long x = small(a);
            long y = small(b);
            switch (op) {
                case "+": return add(x, y);
                case "-": return sub(x, y);
                case "*": return mul(x, y);
                case "//": return floordiv(x, y);
                case "%": return mod(x, y);
                case "/": return truediv(x, y);
                case "**": return pow(x, y);
                case "<<": return lshift(x, y);
                case ">>": return rshift(x, y);
                case "&": return new PyInt(x & y);
                case "|": return new PyInt(x | y);
                case "^": return new PyInt(x ^ y);
                default: throw new IllegalArgumentException(op);
            }
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        switch (op) {
            case "+": return PyInt.of(x.add(y));
            case "-": return PyInt.of(x.subtract(y));
            case "*": return PyInt.of(x.multiply(y));
            case "//": return floordiv(x, y);
            case "%": return mod(x, y);
            case "/": return truediv(x, y);
            case "**": return pow(x, y);
            case "<<": return lshift(x, y.bitLength() < 64 ? y.longValue() : (y.signum() < 0 ? -1 : Long.MAX_VALUE));
            case ">>": return rshift(x, y.bitLength() < 64 ? y.longValue() : (y.signum() < 0 ? -1 : Long.MAX_VALUE));
            case "&": return PyInt.of(x.and(y));
            case "|": return PyInt.of(x.or(y));
            case "^": return PyInt.of(x.xor(y));
            default: throw new IllegalArgumentException(op);
        }
    }

    /** Compares two Python ints: negative, zero or positive. */
    public static int compare(Object a, Object b) {
        if (isSmall(a) && isSmall(b)) {
            return Long.compare(small(a), small(b));
        }
        return big(a).compareTo(big(b));
    }

    /** Compares an int with a double exactly (no rounding of the int); NaN must be handled by the caller. */
    public static int compareWithDouble(Object i, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (isSmall(i)) {
            long l = small(i);
            if (Math.abs(l) < (1L << 53)) {
                return (double) l == d ? 0 : ((double) l < d ? -1 : 1);
            }
        }
        return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
    }

    /** Python's {@code int(d)} for a double: truncation toward zero. */
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyExceptions.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyExceptions.overflowError("cannot convert float infinity to integer");
        }
        if (d > -9.2e18 && d < 9.2e18) {
            return PyInt.valueOf((long) d);
        }
        return PyInt.of(new BigDecimal(d).setScale(0, RoundingMode.DOWN).toBigInteger());
    }

    /** The value as an exact Java int index, or OverflowError (for sizes, shifts ...). */
    public static int toIntExact(Object o, String what) {
        if (isSmall(o)) {
            long v = small(o);
            if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        }
        throw PyExceptions.overflowError("%s", what);
    }
}
