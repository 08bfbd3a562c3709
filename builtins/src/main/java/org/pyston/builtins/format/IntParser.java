package org.pyston.builtins.format;

import java.math.BigInteger;

/**
 * Parses {@code int(s, base)} for a str argument exactly as CPython 3.11.
 *
 * <p>Rules: Unicode decimal digits and whitespace count as ASCII; surrounding whitespace is
 * ignored; one optional sign; base 0 infers the base from a 0x/0o/0b prefix (else 10, where
 * a non-zero value with leading zeros such as '010' is rejected); a matching prefix is also
 * accepted with base 16/8/2; single underscores may separate digits and may follow a prefix
 * ('0x_1'). Non-power-of-two bases enforce the {@code sys.int_max_str_digits} limit (0 means
 * unlimited) once there are more than 640 digits.
 *
 * <p>Errors: ValueError becomes {@link IllegalArgumentException} with CPython's message,
 * e.g. {@code invalid literal for int() with base 10: 'abc'} (repr of the original string,
 * truncated to 200 characters as CPython's {@code %.200R}).
 */
public final class IntParser {
    private IntParser() {}

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** Digit counts up to this are never limited (CPython's threshold). */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** {@code int(s, base)} with the default digit limit. */
    public static BigInteger parse(String s, int base) {
        return parse(s, base, DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code int(s, base)} with the given {@code sys.int_max_str_digits} (0: unlimited). */
    public static BigInteger parse(String s, int base, int maxStrDigits) {
        Number n = parseToLongOrBig(s, base, maxStrDigits);
        return n instanceof BigInteger ? (BigInteger) n : BigInteger.valueOf(n.longValue());
    }

    /**
     * {@code int(s, base)} returning a {@link Long} when the value fits in a long, else a
     * {@link BigInteger} (so the common case allocates no BigInteger).
     */
    public static Number parseToLongOrBig(String s, int base, int maxStrDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw new IllegalArgumentException("int() base must be >= 2 and <= 36, or 0");
        }
        String a = UnicodeProperties.transformDecimalAndSpaceToAscii(s);
        int end = a.length();
        int pos = 0;
        while (pos < end && UnicodeProperties.isAsciiSpace(a.charAt(pos))) {
            pos++;
        }
        boolean negative = false;
        if (pos < end && (a.charAt(pos) == '+' || a.charAt(pos) == '-')) {
            negative = a.charAt(pos) == '-';
            pos++;
        }
        int effectiveBase = base;
        boolean errorIfNonzero = false;
        char c1 = pos + 1 < end ? Character.toLowerCase(a.charAt(pos + 1)) : 0;
        boolean leadingZero = pos < end && a.charAt(pos) == '0';
        if (base == 0) {
            if (!leadingZero) {
                effectiveBase = 10;
            } else if (c1 == 'x') {
                effectiveBase = 16;
            } else if (c1 == 'o') {
                effectiveBase = 8;
            } else if (c1 == 'b') {
                effectiveBase = 2;
            } else {
                errorIfNonzero = true;
                effectiveBase = 10;
            }
        }
        if (leadingZero && ((effectiveBase == 16 && c1 == 'x') || (effectiveBase == 8 && c1 == 'o')
                || (effectiveBase == 2 && c1 == 'b'))) {
            pos += 2;
            if (pos < end && a.charAt(pos) == '_') {
                pos++;
            }
        }
        if (pos < end && a.charAt(pos) == '_') {
            throw invalid(s, base);
        }
        char[] digits = new char[end - pos];
        int nDigits = 0;
        char prev = 0;
        while (pos < end) {
            char c = a.charAt(pos);
            if (c == '_') {
                if (prev == '_') {
                    throw invalid(s, base);
                }
            } else if (digitValue(c) < effectiveBase) {
                digits[nDigits++] = c;
            } else {
                break;
            }
            prev = c;
            pos++;
        }
        if (prev == '_') {
            throw invalid(s, base);
        }
        if ((effectiveBase & (effectiveBase - 1)) != 0 && nDigits > MAX_STR_DIGITS_THRESHOLD
                && maxStrDigits > 0 && nDigits > maxStrDigits) {
            throw new IllegalArgumentException("Exceeds the limit (" + maxStrDigits
                    + " digits) for integer string conversion: value has " + nDigits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        while (pos < end && UnicodeProperties.isAsciiSpace(a.charAt(pos))) {
            pos++;
        }
        if (nDigits == 0 || pos != end) {
            throw invalid(s, base);
        }
        // Accumulate negatively so that Long.MIN_VALUE fits.
        long acc = 0;
        long limit = Long.MIN_VALUE / effectiveBase;
        boolean overflow = false;
        for (int i = 0; i < nDigits; i++) {
            int d = digitValue(digits[i]);
            if (acc < limit || acc * effectiveBase < Long.MIN_VALUE + d) {
                overflow = true;
                break;
            }
            acc = acc * effectiveBase - d;
        }
        if (errorIfNonzero && (overflow || acc != 0)) {
            throw invalid(s, base);
        }
        if (!overflow) {
            if (negative) {
                return acc;
            }
            if (acc != Long.MIN_VALUE) {
                return -acc;
            }
        }
        BigInteger big = (effectiveBase & (effectiveBase - 1)) == 0
                ? new BigInteger(new String(digits, 0, nDigits), effectiveBase)
                : parseDigits(digits, 0, nDigits, effectiveBase, new java.util.HashMap<>());
        if (negative) {
            big = big.negate();
        }
        if (big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0) {
            return big.longValue();
        }
        return big;
    }

    /** Digit runs up to this long go to {@link BigInteger}'s own (quadratic) parser. */
    private static final int DIRECT_PARSE_DIGITS = 1200;

    /**
     * The value of {@code digits[from, to)} in {@code base}, by divide and conquer: the high part
     * times base^k plus the low k digits, with k = DIRECT_PARSE_DIGITS * 2^j so each power is
     * the square of a smaller one (cached in {@code powers}). Sub-quadratic, where BigInteger's
     * digit-at-a-time parser is quadratic in the length.
     */
    private static BigInteger parseDigits(char[] digits, int from, int to, int base, java.util.Map<Integer, BigInteger> powers) {
        int len = to - from;
        if (len <= DIRECT_PARSE_DIGITS) {
            return new BigInteger(new String(digits, from, len), base);
        }
        int k = DIRECT_PARSE_DIGITS;
        while (k * 2 < len) {
            k *= 2;
        }
        BigInteger high = parseDigits(digits, from, to - k, base, powers);
        BigInteger low = parseDigits(digits, to - k, to, base, powers);
        return high.multiply(power(base, k, powers)).add(low);
    }

    /** base^k for k = DIRECT_PARSE_DIGITS * 2^j, memoised. */
    private static BigInteger power(int base, int k, java.util.Map<Integer, BigInteger> powers) {
        BigInteger p = powers.get(k);
        if (p == null) {
            p = k == DIRECT_PARSE_DIGITS ? BigInteger.valueOf(base).pow(k) : power(base, k / 2, powers).pow(2);
            powers.put(k, p);
        }
        return p;
    }

    /** Digit value of an ASCII char in bases up to 36, or 37 for anything else. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    private static IllegalArgumentException invalid(String original, int base) {
        String r = StrRepr.repr(original);
        if (r.length() > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, Math.min(200, r.codePointCount(0, r.length()))));
        }
        return new IllegalArgumentException("invalid literal for int() with base " + base + ": " + r);
    }
}
