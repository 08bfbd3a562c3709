package org.pyston.builtins.cmath;

/**
 * The real functions {@code cmath} is built on, standing in for the C library's: fdlibm
 * ({@link StrictMath}) where Java has the function, so results do not depend on the JIT, and
 * fdlibm's method for asinh, which Java lacks.
 */
final class RealFunctions {
    private RealFunctions() {}

    static double exp(double x) {
        return StrictMath.exp(x);
    }

    static double log(double x) {
        return StrictMath.log(x);
    }

    /** log1p, exact on zeros of either sign (as CPython's _Py_log1p guarantees). */
    static double log1p(double x) {
        return x == 0.0 ? x : StrictMath.log1p(x);
    }

    static double sin(double x) {
        return StrictMath.sin(x);
    }

    static double cos(double x) {
        return StrictMath.cos(x);
    }

    static double tan(double x) {
        return StrictMath.tan(x);
    }

    static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    /**
     * asinh by fdlibm's method (the C library's): x itself below 2**-28, log(2|x|) above 2**28,
     * log(2|x| + 1/(sqrt(x*x+1)+|x|)) above 2, else log1p(|x| + x*x/(1+sqrt(1+x*x))).
     */
    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        double a = Math.abs(x);
        // the thresholds compare the high word of |x|, as fdlibm does
        int high = (int) (Double.doubleToRawLongBits(a) >>> 32);
        if (high < 0x3e300000) return x;
        double w;
        if (high > 0x41b00000) {
            w = log(a) + LN2;
        } else if (high > 0x40000000) {
            w = log(2.0 * a + 1.0 / (Math.sqrt(a * a + 1.0) + a));
        } else {
            double t = a * a;
            w = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }
}
