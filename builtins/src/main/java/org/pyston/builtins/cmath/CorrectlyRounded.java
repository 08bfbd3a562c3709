package org.pyston.builtins.cmath;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * exp, log, sin, cos, tan and atan2 correctly rounded, as glibc's are in all but rare cases (fdlibm's
 * differ from them in the last bit on a good share of arguments): each is evaluated in decimal
 * arithmetic to 50 significant digits after an exact argument reduction, then rounded once to
 * the nearest double. Only finite, non-special arguments come here; callers handle the rest.
 */
final class CorrectlyRounded {
    private CorrectlyRounded() {}

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final MathContext MC = new MathContext(50, RoundingMode.HALF_EVEN);
    /** Enough digits of pi to reduce any double modulo pi/2 with 50 digits left over. */
    private static final MathContext WIDE = new MathContext(420, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = computePi();
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), WIDE);
    private static final BigDecimal LN2 = computeLn2();

    /** pi = 16 atan(1/5) - 4 atan(1/239) (Machin), to 420 digits. */
    private static BigDecimal computePi() {
        BigDecimal a = atanInverse(5), b = atanInverse(239);
        return a.multiply(BigDecimal.valueOf(16)).subtract(b.multiply(BigDecimal.valueOf(4))).round(WIDE);
    }

    /** atan(1/n) by its Taylor series, to 420 digits. */
    private static BigDecimal atanInverse(int n) {
        MathContext mc = new MathContext(440);
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x, sum = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(445);
        for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
            term = term.multiply(x2, mc).negate();
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
        }
        return sum;
    }

    /** ln 2 = 2 atanh(1/3), to 60 digits. */
    private static BigDecimal computeLn2() {
        return atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(3), new MathContext(70)), new MathContext(70)).multiply(TWO);
    }

    /** atanh(s) = s + s^3/3 + s^5/5 + ... for small |s|. */
    private static BigDecimal atanhSeries(BigDecimal s, MathContext mc) {
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal power = s, sum = s;
        for (int k = 1; k < 400; k++) {
            power = power.multiply(s2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = sum.add(term, mc);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(mc.getPrecision() + 2)) < 0) break;
        }
        return sum;
    }

    /** 2**k exactly. */
    private static BigDecimal powerOfTwo(int k) {
        BigDecimal p = new BigDecimal(BigInteger.ONE.shiftLeft(Math.abs(k)));
        return k >= 0 ? p : BigDecimal.ONE.divide(p); // exact: a power of two has a finite decimal
    }

    /** exp(x) for finite x; overflow to inf and underflow to 0 as the true value rounds. */
    static double exp(double x) {
        if (x > 709.8) return Double.POSITIVE_INFINITY;
        if (x < -745.2) return 0.0;
        if (x == 0) return 1.0;
        BigDecimal bx = new BigDecimal(x);
        int k = (int) Math.round(x / 0.6931471805599453);
        BigDecimal r = bx.subtract(LN2.multiply(BigDecimal.valueOf(k)), MC);
        // exp(r) = exp(r / 2**10) ** (2**10): the series converges in a few terms
        BigDecimal small = r.divide(new BigDecimal(1024), MC);
        BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
        for (int n = 1; n < 60; n++) {
            term = term.multiply(small, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(BigDecimal.ONE.movePointLeft(55)) < 0) break;
        }
        for (int i = 0; i < 10; i++) sum = sum.multiply(sum, MC);
        return sum.multiply(powerOfTwo(k)).doubleValue();
    }

    /** log(x) for finite x > 0. */
    static double log(double x) {
        if (x == 1.0) return 0.0;
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal
            x *= 0x1p60;
            e = Math.getExponent(x) - 60;
            x = x / Math.scalb(1.0, Math.getExponent(x));
        } else {
            x = x / Math.scalb(1.0, e);
        }
        if (x > 1.4142135623730951) {
            x /= 2;
            e++;
        }
        BigDecimal m = new BigDecimal(x);
        BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), MC);
        BigDecimal result = atanhSeries(s, MC).multiply(TWO).add(LN2.multiply(BigDecimal.valueOf(e)), MC);
        return result.doubleValue();
    }

    /** x reduced modulo pi/2: the remainder (|r| <= pi/4) and the quotient modulo 4. */
    private static BigDecimal reduce(double x, int[] quadrant) {
        BigDecimal bx = new BigDecimal(x);
        if (Math.abs(x) <= 0.785) {
            quadrant[0] = 0;
            return bx;
        }
        BigInteger k = bx.divide(HALF_PI, WIDE).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        quadrant[0] = k.mod(BigInteger.valueOf(4)).intValue();
        return bx.subtract(HALF_PI.multiply(new BigDecimal(k)), WIDE).round(MC);
    }

    private static BigDecimal sinSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal term = r, sum = r;
        for (int n = 1; n < 60; n++) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), MC).negate();
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(55)) < 0) break;
        }
        return sum;
    }

    private static BigDecimal cosSeries(BigDecimal r) {
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal term = BigDecimal.ONE, sum = BigDecimal.ONE;
        for (int n = 1; n < 60; n++) {
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), MC).negate();
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(BigDecimal.ONE.movePointLeft(55)) < 0) break;
        }
        return sum;
    }

    /** sin(x) for finite x. */
    static double sin(double x) {
        if (x == 0) return x;
        int[] q = new int[1];
        BigDecimal r = reduce(x, q);
        BigDecimal v = switch (q[0]) {
            case 0 -> sinSeries(r);
            case 1 -> cosSeries(r);
            case 2 -> sinSeries(r).negate();
            default -> cosSeries(r).negate();
        };
        return v.doubleValue();
    }

    /** cos(x) for finite x. */
    static double cos(double x) {
        int[] q = new int[1];
        BigDecimal r = reduce(x, q);
        BigDecimal v = switch (q[0]) {
            case 0 -> cosSeries(r);
            case 1 -> sinSeries(r).negate();
            case 2 -> cosSeries(r).negate();
            default -> sinSeries(r);
        };
        return v.doubleValue();
    }

    /** tan(x) for finite x. */
    static double tan(double x) {
        if (x == 0) return x;
        int[] q = new int[1];
        BigDecimal r = reduce(x, q);
        BigDecimal v = (q[0] & 1) == 0 ? sinSeries(r).divide(cosSeries(r), MC) : cosSeries(r).divide(sinSeries(r), MC).negate();
        return v.doubleValue();
    }

    /** atan(t) for t >= 0: halve the angle until t is small, then the Taylor series. */
    private static BigDecimal atan(BigDecimal t) {
        if (t.compareTo(BigDecimal.ONE) > 0) {
            return HALF_PI.round(MC).subtract(atan(BigDecimal.ONE.divide(t, MC)), MC);
        }
        int halvings = 0;
        while (t.compareTo(new BigDecimal("0.05")) > 0) {
            // atan(t) = 2 atan(t / (1 + sqrt(1 + t*t)))
            t = t.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(t.multiply(t, MC)).sqrt(MC)), MC);
            halvings++;
        }
        BigDecimal t2 = t.multiply(t, MC);
        BigDecimal power = t, sum = t;
        for (int k = 1; k < 60; k++) {
            power = power.multiply(t2, MC).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(55)) < 0) break;
        }
        return sum.multiply(BigDecimal.valueOf(1L << halvings));
    }

    /** atan2(y, x) for finite, nonzero x and y. */
    static double atan2(double y, double x) {
        BigDecimal t = new BigDecimal(Math.abs(y)).divide(new BigDecimal(Math.abs(x)), MC);
        BigDecimal a = atan(t);
        if (x < 0) a = PI.round(MC).subtract(a, MC);
        double r = a.doubleValue();
        return y < 0 ? -r : r;
    }
}
