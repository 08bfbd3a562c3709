package org.pyston.builtins.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Shortest round-trip decimal for a positive finite double, as CPython's repr (dtoa mode 0):
 * the decimal with the fewest significant digits that reads back (round-half-even) to the
 * same double, and among those the one closest to the exact binary value (ties to even).
 *
 * <p>Why: {@code Double.toString} before JDK 19 is not always shortest. This is an
 * implementation of Giulietti's Schubfach algorithm (the one JDK 19 adopted), using
 * 126-bit approximations of powers of ten computed once at class initialisation. It needs
 * no allocation per call. Unlike the JDK it never forces a second digit (CPython prints
 * {@code 5e-323}, not {@code 4.9E-323}); the two smallest subnormals (significand below
 * {@link #C_TINY}), which Schubfach cannot handle at this precision, take an exact
 * BigDecimal search instead.
 *
 */
final class ShortestDecimal {
    private ShortestDecimal() {}

    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final int BQ_MASK = 0x7ff;
    private static final long T_MASK = (1L << 52) - 1;
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;

    /** g1/g0 pairs: high and low 63 bits of floor(10^-k / 2^r) + 1 in [2^125, 2^126). */
    private static final long[] G = computeTable();

    private static long[] computeTable() {
        long[] g = new long[2 * (K_MAX - K_MIN + 1)];
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125;
            BigInteger floor;
            if (e >= 0) {
                BigInteger p = BigInteger.TEN.pow(e);
                floor = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
            } else {
                floor = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e));
            }
            BigInteger v = floor.add(BigInteger.ONE);
            int i = 2 * (k - K_MIN);
            g[i] = v.shiftRight(63).longValue();
            g[i + 1] = v.and(mask63).longValue();
        }
        return g;
    }

    /** floor(log10(2^e)) for |e| <= 5456721. */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2^e)) for |e| <= 2^20. */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(log2(10^e)) for |e| <= 1233. */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    private static DecimalDigits pack(long f, int e) {
        return DecimalDigits.fromScaled(f, e);
    }

    /** Returns the shortest decimal of a positive finite double. */
    static DecimalDigits toDecimal(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> 52) & BQ_MASK;
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            if (0 < mq && mq < P) {
                long f = c >> mq;
                if (f << mq == c) {
                    return pack(f, 0);
                }
            }
            return toDecimal(-mq, c);
        }
        if (t < C_TINY) {
            return exactShortest(v);
        }
        return toDecimal(Q_MIN, t);
    }

    private static DecimalDigits toDecimal(int q, long c) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int gi = 2 * (k - K_MIN);
        long g1 = G[gi];
        long g0 = G[gi + 1];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        // The JDK guards this with s >= 100 to always print two digits; CPython wants the
        // true shortest, and sp10 == 0 is never inside the (positive) interval.
        {
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return pack(upin ? sp10 : tp10, k);
            }
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return pack(uin ? s : t, k);
        }
        long cmp = vb - (s + t << 1);
        return pack(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    /** Computes floor(g * cp / 2^127) rounded to odd (sticky lowest bit). */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /**
     * Exact (slow) shortest round-trip search with BigDecimal, used for the tiniest
     * subnormals and as an independent oracle in tests. 
     */
    static DecimalDigits exactShortest(double v) {
        BigDecimal x = new BigDecimal(v);
        BigDecimal lo = x.add(new BigDecimal(Math.nextDown(v))).divide(BigDecimal.valueOf(2));
        BigDecimal hi = x.add(new BigDecimal(Math.nextUp(v))).divide(BigDecimal.valueOf(2));
        boolean inclusive = (Double.doubleToRawLongBits(v) & 1) == 0;
        for (int n = 1; n <= 17; n++) {
            BigDecimal r = x.round(new MathContext(n, RoundingMode.HALF_EVEN));
            int adjusted = x.precision() - x.scale() - 1;
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(adjusted - n + 1);
            BigDecimal best = null;
            BigDecimal[] candidates = {r, r.subtract(unit), r.add(unit)};
            for (BigDecimal cand : candidates) {
                BigDecimal cs = cand.stripTrailingZeros();
                if (cand.signum() <= 0 || cs.precision() > n) {
                    continue;
                }
                int clo = cand.compareTo(lo);
                int chi = cand.compareTo(hi);
                boolean in = inclusive ? clo >= 0 && chi <= 0 : clo > 0 && chi < 0;
                if (!in) {
                    continue;
                }
                if (best == null) {
                    best = cand;
                } else {
                    int c = cand.subtract(x).abs().compareTo(best.subtract(x).abs());
                    if (c < 0 || c == 0 && cs.unscaledValue().testBit(0) == false) {
                        best = cand;
                    }
                }
            }
            if (best != null) {
                BigDecimal b = best.stripTrailingZeros();
                return pack(b.unscaledValue().longValueExact(), -b.scale());
            }
        }
        throw new AssertionError("no shortest decimal for " + v);
    }
}
