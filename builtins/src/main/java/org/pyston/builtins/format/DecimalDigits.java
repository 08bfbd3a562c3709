package org.pyston.builtins.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A non-negative decimal number as dtoa produces it: a digit string without trailing zeros
 * and a decimal point position, meaning {@code 0.<digits> * 10^decpt}.
 *
 * <p>Invariants: {@code digits} is non-empty, has no leading zero unless it is exactly
 * {@code "0"} (the value zero, with {@code decpt == 1}) and no trailing zeros otherwise.
 *
 * <p>Why: CPython formats floats in two steps, {@code _Py_dg_dtoa} (digits) then
 * {@code format_float_short} (layout). The three factories are the three dtoa modes used:
 * shortest round-trip (mode 0), n significant digits (mode 2) and n digits after the point
 * (mode 3), all correctly rounded half-even from the exact binary value.
 */
public final class DecimalDigits {
    private static final DecimalDigits ZERO = new DecimalDigits("0", 1);

    /** Digit string without trailing zeros ("0" for zero). */
    public final String digits;
    /** Position of the decimal point relative to the start of {@link #digits}. */
    public final int decpt;

    private DecimalDigits(String digits, int decpt) {
        this.digits = digits;
        this.decpt = decpt;
    }

    /** Tests whether this is the value zero. */
    public boolean isZero() {
        return digits.equals("0");
    }

    /** Shortest digits that round-trip to {@code |d|} (closest to it on ties); finite d. */
    public static DecimalDigits shortest(double d) {
        d = Math.abs(d);
        if (d == 0) {
            return ZERO;
        }
        return ShortestDecimal.toDecimal(d);
    }

    /** {@code |d|} correctly rounded to {@code n >= 1} significant digits; finite d. */
    public static DecimalDigits significant(double d, int n) {
        d = Math.abs(d);
        if (d == 0) {
            return ZERO;
        }
        DecimalDigits s = shortest(d);
        if (n <= 15 && s.digits.length() <= n && d >= Double.MIN_NORMAL) {
            // The shortest digits are within half an ulp (at most 2^-53 relative for normal
            // doubles), which is below half a unit in the n-th digit for n <= 15, so they
            // are the nearest n-digit decimal.
            return s;
        }
        DecimalDigits fast = s.roundAt(n);
        if (fast != null) {
            return fast;
        }
        BigDecimal bd = new BigDecimal(d).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBigDecimal(bd);
    }

    /** {@code |d|} correctly rounded to {@code n >= 0} digits after the point; finite d. */
    public static DecimalDigits fixed(double d, int n) {
        d = Math.abs(d);
        if (d == 0) {
            return ZERO;
        }
        DecimalDigits s = shortest(d);
        long keep = (long) s.decpt + n;
        if (keep <= 15 && s.digits.length() <= keep && d >= Double.MIN_NORMAL) {
            return s;
        }
        if (keep > 0 && keep < Integer.MAX_VALUE) {
            DecimalDigits fast = s.roundAt((int) keep);
            if (fast != null) {
                return fast;
            }
        }
        BigDecimal bd = new BigDecimal(d).setScale(n, RoundingMode.HALF_EVEN);
        return fromBigDecimal(bd);
    }

    /**
     * Rounds the shortest digits to {@code n} digits when that provably equals rounding the
     * exact value: a rounding midpoint strictly between the shortest digits and the exact
     * value would itself be a shorter-or-closer round-trip candidate, so only an exact
     * midpoint ("...5" with nothing after) is ambiguous. Returns null when not applicable.
     */
    private DecimalDigits roundAt(int n) {
        int len = digits.length();
        if (n <= 0 || n >= len) {
            return null;
        }
        char next = digits.charAt(n);
        if (next == '5' && n + 1 == len) {
            return null;
        }
        if (next < '5') {
            return new DecimalDigits(stripZeros(digits.substring(0, n)), decpt);
        }
        char[] kept = digits.substring(0, n).toCharArray();
        int i = n - 1;
        while (i >= 0 && kept[i] == '9') {
            kept[i] = '0';
            i--;
        }
        if (i < 0) {
            return new DecimalDigits("1", decpt + 1);
        }
        kept[i]++;
        return new DecimalDigits(stripZeros(new String(kept, 0, i + 1)), decpt);
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Digits of {@code f * 10^e} for a positive significand. */
    static DecimalDigits fromScaled(long f, int e) {
        String s = Long.toString(f);
        int decpt = s.length() + e;
        return new DecimalDigits(stripZeros(s), decpt);
    }

    static DecimalDigits fromBigDecimal(BigDecimal bd) {
        if (bd.signum() == 0) {
            return ZERO;
        }
        String s = bd.unscaledValue().abs().toString();
        long decpt = (long) s.length() - bd.scale();
        return new DecimalDigits(stripZeros(s), (int) decpt);
    }

    @Override
    public String toString() {
        return "0." + digits + "e" + decpt;
    }
}
