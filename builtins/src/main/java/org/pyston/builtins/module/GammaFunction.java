package org.pyston.builtins.module;

/**
 * The gamma function and the log of its absolute value, computed as CPython's mathmodule does so
 * that results agree: the Lanczos approximation with N = 13 and g = 6.024680040776729583740234375
 * written as a rational function, a correction for the rounding of x + g - 0.5, exact factorials
 * for small positive integers, and the reflection formula for negative x. A result that CPython
 * reports through errno is reported here as {@link Domain} (ValueError) or {@link Range}
 * (OverflowError). exp, pow and log are {@link Math}'s (not StrictMath's fdlibm, which differed from
 * glibc in the last bit for about 1 input in 12 of the sweep in src-test's math_gamma_sweep case).
 */
final class GammaFunction {
    private GammaFunction() {
    }

    /** An argument outside the domain: "math domain error". */
    static final class Domain extends RuntimeException {
        Domain() {
            super(null, null, false, false);
        }
    }

    /** A result too large for a float: "math range error". */
    static final class Range extends RuntimeException {
        Range() {
            super(null, null, false, false);
        }
    }

    private static final double G = 6.024680040776729583740234375;
    private static final double G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    /** Numerator of the Lanczos sum as a polynomial in x (lowest degree first). */
    private static final double[] NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };

    /** Denominator: the coefficients of x(x+1)...(x+11). */
    private static final double[] DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    /** (n-1)! for n = 1..23, all exact doubles. */
    private static final double[] FACTORIALS = new double[23];

    static {
        double f = 1.0;
        for (int n = 1; n <= 23; n++) {
            FACTORIALS[n - 1] = f;
            f *= n;
        }
    }

    /** The Lanczos sum for x > 0; for large x evaluated in 1/x, which neither overflows nor loses accuracy. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x) for finite x, exact at the multiples of 1/2. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r;
        switch (n) {
            case 0: r = StrictMath.sin(Math.PI * y); break;
            case 1: r = StrictMath.cos(Math.PI * (y - 0.5)); break;
            case 2: r = StrictMath.sin(Math.PI * (1.0 - y)); break; // keeps +0.0 at y == 1
            case 3: r = -StrictMath.cos(Math.PI * (y - 1.5)); break;
            default: r = StrictMath.sin(Math.PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x == 0.0) {
            throw new Domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw new Domain();
            }
            if (x <= FACTORIALS.length) {
                return FACTORIALS[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw new Range();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinPi(x);
            }
            throw new Range();
        }
        double y = absx + G_MINUS_HALF;
        // z: the rounding error of y, scaled into the correction factor (1 + z)
        double z;
        if (absx > G_MINUS_HALF) {
            double q = y - absx;
            z = q - G_MINUS_HALF;
        } else {
            double q = y - G_MINUS_HALF;
            z = q - absx;
        }
        z = z * G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinPi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double half = Math.pow(y, absx / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double half = Math.pow(y, absx / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
        if (Double.isInfinite(r)) {
            throw new Range();
        }
        return r;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw new Domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - G;
        r += (absx - 0.5) * (Math.log(absx + G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinPi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw new Range();
        }
        return r;
    }
}
