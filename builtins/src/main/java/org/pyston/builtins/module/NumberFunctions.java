package org.pyston.builtins.module;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.UnaryOps;

/** {@code round()} for int and float (also their {@code __round__}): ties to even, exact decimal rounding. */
public final class NumberFunctions {
    private NumberFunctions() {
    }

    /** {@code round(int, ndigits)}: the int itself for ndigits >= 0 or absent, else rounded half-even. */
    public static Object roundInt(Object x, Object nd) {
        if (nd == null || nd == PyNone.NONE) {
            return UnaryOps.index(x);
        }
        long n = UnaryOps.indexClamped(nd);
        if (n >= 0) {
            return UnaryOps.index(x);
        }
        BigInteger v = IntMath.big(x);
        if (n < -(v.bitLength() / 3 + 2)) {
            return PyInt.valueOf(0); // |x| < 10**-n / 2: rounds to 0 (ndigits may be huge, clamped from a big int)
        }
        BigInteger pow = BigInteger.TEN.pow((int) -n);
        BigDecimal bd = new BigDecimal(v).divide(new BigDecimal(pow)).setScale(0, RoundingMode.HALF_EVEN);
        return PyInt.of(bd.toBigInteger().multiply(pow));
    }

    /** {@code round(float, ndigits)}: an int without ndigits, else a float rounded exactly half-even. */
    public static Object roundFloat(PyFloat f, Object nd) {
        double d = f.value;
        if (nd == null || nd == PyNone.NONE) {
            if (Double.isNaN(d)) {
                throw PyExceptions.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyExceptions.overflowError("cannot convert float infinity to integer");
            }
            return IntMath.fromDouble(Math.rint(d));
        }
        long n = UnaryOps.indexClamped(nd);
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
            return f;
        }
        if (n > 325) {
            return f;
        }
        if (n < -325) {
            return new PyFloat(Math.copySign(0.0, d));
        }
        BigDecimal bd = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyExceptions.overflowError("rounded value too large to represent");
        }
        return new PyFloat(r == 0.0 ? Math.copySign(0.0, d) : r);
    }
}
