package org.pyston.builtins.format;

import java.math.BigInteger;

/**
 * Parses text into doubles as CPython 3.11: {@code float(str)} and {@code float.fromhex},
 * plus {@code float.hex}.
 *
 * <p>{@code float(str)}: Unicode digits and whitespace count as their ASCII equivalents;
 * surrounding whitespace is ignored; a single underscore may separate two digits; the
 * accepted forms are {@code [sign](digits[.digits]|.digits)[(e|E)[sign]digits]} and
 * {@code [sign](inf|infinity|nan)} case-insensitively; overflow gives an infinity. The
 * decimal conversion is correctly rounded (half-even).
 *
 * <p>Errors: ValueError becomes {@link IllegalArgumentException}, OverflowError becomes
 * {@link ArithmeticException}, each with CPython's exact message.
 */
public final class FloatParser {
    private FloatParser() {}

    /** {@code float(s)} for a str argument. */
    public static double parse(String s) {
        String ascii = UnicodeProperties.transformDecimalAndSpaceToAscii(s);
        if (ascii.indexOf('_') >= 0) {
            ascii = removeUnderscores(ascii, s);
        }
        int start = 0;
        int end = ascii.length();
        while (start < end && UnicodeProperties.isAsciiSpace(ascii.charAt(start))) {
            start++;
        }
        while (end > start && UnicodeProperties.isAsciiSpace(ascii.charAt(end - 1))) {
            end--;
        }
        double v = parseStrict(ascii, start, end);
        if (isFailure(v)) {
            throw error(s);
        }
        return v;
    }

    /** The quiet NaN with the sign bit set: what CPython's float('-nan') gives. */
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** Marker NaN (distinct payload) returned by {@link #parseStrict} on syntax errors. */
    private static final long FAIL_BITS = 0x7ff8dead0000beefL;

    private static boolean isFailure(double v) {
        return Double.doubleToRawLongBits(v) == FAIL_BITS;
    }

    private static IllegalArgumentException error(String original) {
        return new IllegalArgumentException("could not convert string to float: " + StrRepr.repr(original));
    }

    /** Validates and removes underscores as {@code _Py_string_to_number_with_underscores}. */
    private static String removeUnderscores(String s, String original) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    throw error(original);
                }
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) {
                    throw error(original);
                }
                sb.append(c);
            }
            prev = c;
        }
        if (prev == '_') {
            throw error(original);
        }
        return sb.toString();
    }

    /** Parses exactly s[start, end) or returns the failure NaN. */
    private static double parseStrict(String s, int start, int end) {
        int pos = start;
        boolean negative = false;
        if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            negative = s.charAt(pos) == '-';
            pos++;
        }
        String rest = s.substring(pos, end);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equalsIgnoreCase("nan")) {
            // not -Double.NaN: javac folds that constant to the positive quiet NaN
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        int intStart = pos;
        while (pos < end && isDigit(s.charAt(pos))) {
            pos++;
        }
        int intDigits = pos - intStart;
        int fracDigits = 0;
        if (pos < end && s.charAt(pos) == '.') {
            pos++;
            int fracStart = pos;
            while (pos < end && isDigit(s.charAt(pos))) {
                pos++;
            }
            fracDigits = pos - fracStart;
        }
        if (intDigits + fracDigits == 0) {
            return Double.longBitsToDouble(FAIL_BITS);
        }
        if (pos < end && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            int expStart = pos;
            while (pos < end && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == expStart) {
                return Double.longBitsToDouble(FAIL_BITS);
            }
        }
        if (pos != end) {
            return Double.longBitsToDouble(FAIL_BITS);
        }
        // The text is now a plain decimal literal, which Java parses with correct rounding.
        return Double.parseDouble(s.substring(start, end));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code float.hex(d)}: always 13 hex digits after the point, e.g. '0x1.8000000000000p+0'. */
    public static String toHex(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return FloatFormatter.repr(d);
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long mantissa = bits & ((1L << 52) - 1);
        int biased = (int) (bits >>> 52) & 0x7ff;
        int exp = biased == 0 ? -1022 : biased - 1023;
        String frac = Long.toHexString(mantissa);
        StringBuilder sb = new StringBuilder(24);
        sb.append(sign).append("0x").append(biased == 0 ? '0' : '1').append('.');
        FormatSpec.repeat(sb, '0', 13 - frac.length());
        sb.append(frac).append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        return sb.toString();
    }

    /**
     * {@code float.fromhex(s)}: {@code [ws][sign][0x]hex[.hex][p[sign]dec][ws]} or
     * inf/infinity/nan, correctly rounded half-even (including subnormals).
     */
    public static double fromHex(String s) {
        int end = s.length();
        int pos = 0;
        while (pos < end && UnicodeProperties.isAsciiSpace(s.charAt(pos))) {
            pos++;
        }
        int trimEnd = end;
        while (trimEnd > pos && UnicodeProperties.isAsciiSpace(s.charAt(trimEnd - 1))) {
            trimEnd--;
        }
        double special = parseInfOrNan(s, pos, trimEnd);
        if (!Double.isNaN(special) || isPlainNaNText(s, pos, trimEnd)) {
            return special;
        }
        boolean negative = false;
        if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
            negative = s.charAt(pos) == '-';
            pos++;
        }
        if (pos + 1 < end && s.charAt(pos) == '0' && (s.charAt(pos + 1) == 'x' || s.charAt(pos + 1) == 'X')) {
            pos += 2;
        }
        StringBuilder hex = new StringBuilder();
        while (pos < end && Character.digit(s.charAt(pos), 16) >= 0 && s.charAt(pos) < 128) {
            hex.append(s.charAt(pos++));
        }
        long fracDigits = 0;
        if (pos < end && s.charAt(pos) == '.') {
            pos++;
            while (pos < end && Character.digit(s.charAt(pos), 16) >= 0 && s.charAt(pos) < 128) {
                hex.append(s.charAt(pos++));
                fracDigits++;
            }
        }
        if (hex.length() == 0) {
            throw new IllegalArgumentException("invalid hexadecimal floating-point string");
        }
        long exp = 0;
        if (pos < end && (s.charAt(pos) == 'p' || s.charAt(pos) == 'P')) {
            pos++;
            int expStart = pos;
            if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                pos++;
            }
            int digitsStart = pos;
            while (pos < end && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            if (pos == digitsStart) {
                throw new IllegalArgumentException("invalid hexadecimal floating-point string");
            }
            exp = parseClampedLong(s, expStart, pos);
        }
        while (pos < end && UnicodeProperties.isAsciiSpace(s.charAt(pos))) {
            pos++;
        }
        if (pos != end) {
            throw new IllegalArgumentException("invalid hexadecimal floating-point string");
        }
        BigInteger m = new BigInteger(hex.toString(), 16);
        double x;
        if (m.signum() == 0 || exp < Long.MIN_VALUE / 2) {
            x = 0.0;
        } else {
            if (exp > Long.MAX_VALUE / 2) {
                throw new ArithmeticException("hexadecimal value too large to represent as a float");
            }
            x = scaleToDouble(m, exp - 4 * fracDigits);
        }
        return negative ? -x : x;
    }

    private static boolean isPlainNaNText(String s, int start, int end) {
        String t = s.substring(start, end);
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        return t.equalsIgnoreCase("nan");
    }

    /** inf/infinity/nan with optional sign, else NaN (ambiguous: see isPlainNaNText). */
    private static double parseInfOrNan(String s, int start, int end) {
        String t = s.substring(start, end);
        boolean neg = false;
        if (t.startsWith("+") || t.startsWith("-")) {
            neg = t.charAt(0) == '-';
            t = t.substring(1);
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.NaN;
    }

    private static long parseClampedLong(String s, int start, int end) {
        boolean neg = s.charAt(start) == '-';
        int p = s.charAt(start) == '-' || s.charAt(start) == '+' ? start + 1 : start;
        long v = 0;
        for (; p < end; p++) {
            int d = s.charAt(p) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    /** Rounds m * 2^exp (m > 0) half-even to a double; OverflowError past DBL_MAX. */
    private static double scaleToDouble(BigInteger m, long exp) {
        long topExp = exp + m.bitLength();
        if (topExp < -1074 - 1) {
            return 0.0;
        }
        if (topExp > 1024) {
            throw new ArithmeticException("hexadecimal value too large to represent as a float");
        }
        long lsbExp = Math.max(topExp - 53, -1074);
        long shift = lsbExp - exp;
        BigInteger q;
        if (shift > 0) {
            q = m.shiftRight((int) shift);
            boolean half = m.testBit((int) shift - 1);
            boolean sticky = m.getLowestSetBit() < shift - 1;
            if (half && (sticky || q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            q = m.shiftLeft((int) -shift);
        }
        long mant = q.longValueExact();
        if (lsbExp + (64 - Long.numberOfLeadingZeros(mant)) > 1024) {
            throw new ArithmeticException("hexadecimal value too large to represent as a float");
        }
        return Math.scalb((double) mant, (int) lsbExp);
    }
}
