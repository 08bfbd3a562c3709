package org.pyston.builtins.cmath;

/**
 * The real functions {@code cmath} is built on, standing in for the C library's (glibc's, whose
 * results CPython passes on): exp, log, sin, cos and atan2 correctly rounded as glibc's nearly
 * always are ({@link CorrectlyRounded}), glibc's own method for hypot, and fdlibm
 * ({@link StrictMath}, from which glibc's versions derive) for the rest, with fdlibm's method for
 * asinh, which Java lacks.
 */
final class RealFunctions {
    private RealFunctions() {}

    static double exp(double x) {
        return Double.isFinite(x) ? CorrectlyRounded.exp(x) : StrictMath.exp(x);
    }

    static double log(double x) {
        return Double.isFinite(x) && x > 0 ? CorrectlyRounded.log(x) : StrictMath.log(x);
    }

    /** log1p, exact on zeros of either sign (as CPython's _Py_log1p guarantees). */
    static double log1p(double x) {
        return x == 0.0 ? x : StrictMath.log1p(x);
    }

    static double sin(double x) {
        return Double.isFinite(x) ? CorrectlyRounded.sin(x) : StrictMath.sin(x);
    }

    static double cos(double x) {
        return Double.isFinite(x) ? CorrectlyRounded.cos(x) : StrictMath.cos(x);
    }

    static double tan(double x) {
        return Double.isFinite(x) ? CorrectlyRounded.tan(x) : StrictMath.tan(x);
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
    }

    /**
     * sinh by fdlibm's method, as glibc evaluates it: expm1 below 22, exp/2 up to log(DBL_MAX),
     * (exp(|x|/2)/2)*exp(|x|/2) up to the overflow threshold; exp is {@link #exp}, which is what
     * makes it agree with glibc where StrictMath's own exp does not.
     */
    static double sinh(double x) {
        if (!Double.isFinite(x)) return x + x;
        int ix = highWord(x);
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) return x;
            double t = StrictMath.expm1(a);
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) return h * exp(a);
        if (Double.doubleToRawLongBits(a) <= 0x408633ce8fb9f87dL) {
            double w = exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    /** cosh by fdlibm's method, as glibc evaluates it (see {@link #sinh}). */
    static double cosh(double x) {
        if (!Double.isFinite(x)) return x * x;
        int ix = highWord(x);
        double a = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) {
                if (ix < 0x3c800000) return 1.0;
                double t = StrictMath.expm1(a);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) return 0.5 * exp(a);
        if (Double.doubleToRawLongBits(a) <= 0x408633ce8fb9f87dL) {
            double w = exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    static double atan2(double y, double x) {
        boolean ordinary = Double.isFinite(x) && Double.isFinite(y) && x != 0 && y != 0;
        return ordinary ? CorrectlyRounded.atan2(y, x) : StrictMath.atan2(y, x);
    }

    private static final double HYPOT_SCALE = 0x1p-600, HYPOT_LARGE = 0x1p511, HYPOT_TINY = 0x1p-511, HYPOT_EPS = 0x1p-54;

    /**
     * hypot by glibc's method (2.35 on, without FMA): sqrt of the sum of squares corrected by one
     * Newton step whose terms are exact, after scaling away from overflow and underflow. Its
     * results are not always correctly rounded, and fdlibm's differ from them in the last bit,
     * so the same method is what gives CPython's abs(), polar() and logarithms.
     */
    static double hypot(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
            return x + y;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = Math.max(x, y), ay = Math.min(x, y);
        if (ax > HYPOT_LARGE) {
            if (ay <= ax * HYPOT_EPS) return ax + ay;
            return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
        }
        if (ay < HYPOT_TINY) {
            if (ax >= ay / HYPOT_EPS) return ax + ay;
            return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
        }
        if (ay <= ax * HYPOT_EPS) return ax + ay;
        return hypotKernel(ax, ay);
    }

    /** sqrt(ax*ax + ay*ay) for ax >= ay, refined by one correction step. */
    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1, t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
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
