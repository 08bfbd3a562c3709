package org.pyston.builtins.module;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code math.erf} and {@code math.erfc}, correctly rounded: the Maclaurin series
 * {@code erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))} summed in {@link BigDecimal}
 * with enough digits to absorb its cancellation (terms grow to about {@code e^(x*x)}), then
 * rounded once to a double. CPython calls the platform libm (glibc: within an ulp, not always
 * correctly rounded), so the last bit can differ from CPython's on some inputs (erfc(2.0));
 * matching it bit for bit would take glibc's own polynomial approximation. The JDK has no erf.
 * Slow for large {@code erfc} arguments (hundreds of digits), which are rare.
 */
final class ErrorFunction {
    private ErrorFunction() {
    }

    /** Beyond this |x|, erf(x) rounds to +-1 and erfc(-|x|) to 2 (erfc(6) is about 2.2e-17). */
    private static final double SATURATION = 6.0;

    /** Beyond this x, erfc(x) is below half the smallest subnormal double. */
    private static final double ERFC_UNDERFLOW = 28.0;

    static double erf(double x) {
        if (Double.isNaN(x) || x == 0.0) {
            return x;
        }
        if (Math.abs(x) >= SATURATION) {
            return Math.copySign(1.0, x);
        }
        return series(Math.abs(x), false, Math.signum(x));
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= -SATURATION) {
            return 2.0;
        }
        if (x >= ERFC_UNDERFLOW) {
            return 0.0;
        }
        if (x == 0.0) {
            return 1.0;
        }
        return series(Math.abs(x), true, Math.signum(x));
    }

    /** erf(ax) * sign, or for {@code complement} 1 - sign*erf(ax), rounded once. */
    private static double series(double ax, boolean complement, double sign) {
        double growth = ax * ax * 0.4343; // decimal digits of e^(x*x), the largest term's size
        // digits the result needs below the terms' magnitude: erfc(x) for x > 0 is about e^(-x*x)
        int wanted = 30 + (complement && sign > 0 ? (int) Math.ceil(growth) : 0);
        MathContext mc = new MathContext(wanted + (int) Math.ceil(growth) + 10, RoundingMode.HALF_EVEN);
        BigDecimal x = new BigDecimal(ax);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal power = x; // x^(2n+1) / n!, signed
        BigDecimal sum = x;
        BigDecimal tiny = x.scaleByPowerOfTen(-wanted);
        for (int n = 1; ; n++) {
            power = power.multiply(x2, mc).divide(BigDecimal.valueOf(-n), mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(term, mc);
            if (n > ax * ax + 2 && term.abs().compareTo(tiny) < 0) {
                break;
            }
        }
        BigDecimal erf = sum.multiply(BigDecimal.valueOf(2), mc).divide(pi(mc).sqrt(mc), mc);
        if (!complement) {
            return sign * erf.doubleValue();
        }
        BigDecimal r = sign > 0 ? BigDecimal.ONE.subtract(erf, mc) : BigDecimal.ONE.add(erf, mc);
        return r.doubleValue();
    }

    /** pi to {@code mc}'s precision by Machin's formula, 16 atan(1/5) - 4 atan(1/239). */
    private static BigDecimal pi(MathContext mc) {
        MathContext wide = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal a = arctanInverse(5, wide).multiply(BigDecimal.valueOf(16));
        BigDecimal b = arctanInverse(239, wide).multiply(BigDecimal.valueOf(4));
        return a.subtract(b, mc);
    }

    /** atan(1/k) by its Taylor series. */
    private static BigDecimal arctanInverse(int k, MathContext mc) {
        BigDecimal kk = BigDecimal.valueOf((long) k * k);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(k), mc); // 1/k^(2n+1), signed
        BigDecimal sum = power;
        BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-mc.getPrecision() - 2);
        for (int n = 1; ; n++) {
            power = power.divide(kk, mc).negate();
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            if (term.abs().compareTo(tiny) < 0) {
                return sum;
            }
            sum = sum.add(term, mc);
        }
    }

}
