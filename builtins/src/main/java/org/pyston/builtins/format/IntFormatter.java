package org.pyston.builtins.format;

import java.math.BigInteger;

/**
 * Converts Python ints (as BigInteger or long) to text exactly as CPython 3.11:
 * {@code str}/{@code repr}, {@code bin}/{@code oct}/{@code hex}, {@code __format__} and
 * printf-style {@code %}.
 *
 * <p>Decimal conversion enforces {@code sys.int_max_str_digits} (0 means unlimited); the
 * power-of-two bases do not, as in CPython.
 *
 * <p>Errors: ValueError becomes {@link IllegalArgumentException} and OverflowError becomes
 * {@link ArithmeticException}, each with CPython's exact message.
 */
public final class IntFormatter {
    private IntFormatter() {}

    private static final double LOG10_2 = Math.log10(2);

    /** {@code str(v)} for a value held in a long (never exceeds the digit limit). */
    public static String toString(long v) {
        return Long.toString(v);
    }

    /** {@link #toBase(BigInteger, int)} for a value held in a long. */
    public static String toBase(long v, int base) {
        return toBase(BigInteger.valueOf(v), base);
    }

    /** {@link #format(BigInteger, FormatSpec, String, int)} for a value held in a long. */
    public static String format(long v, FormatSpec spec, String typeName, int maxStrDigits) {
        return format(BigInteger.valueOf(v), spec, typeName, maxStrDigits);
    }

    /** {@link #percentFormat(BigInteger, PercentSpec, int)} for a value held in a long. */
    public static String percentFormat(long v, PercentSpec spec, int maxStrDigits) {
        return percentFormat(BigInteger.valueOf(v), spec, maxStrDigits);
    }

    /** {@code str(v)} with the default digit limit. */
    public static String toString(BigInteger v) {
        return toString(v, IntParser.DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code str(v)} with the given {@code sys.int_max_str_digits}. */
    public static String toString(BigInteger v, int maxStrDigits) {
        if (v.bitLength() < 64) {
            return Long.toString(v.longValue());
        }
        if (maxStrDigits > 0) {
            long bits = v.bitLength();
            // |v| >= 2^(bits-1), so it has at least floor((bits-1)*log10(2)) + 1 digits.
            long minDigits = (long) Math.floor((bits - 1) * LOG10_2 * (1 - 1e-15)) + 1;
            if (minDigits > maxStrDigits) {
                throw tooManyDigits(maxStrDigits);
            }
            String s = v.toString();
            int nDigits = s.length() - (v.signum() < 0 ? 1 : 0);
            if (nDigits > IntParser.MAX_STR_DIGITS_THRESHOLD && nDigits > maxStrDigits) {
                throw tooManyDigits(maxStrDigits);
            }
            return s;
        }
        return v.toString();
    }

    private static IllegalArgumentException tooManyDigits(int maxStrDigits) {
        return new IllegalArgumentException("Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /**
     * {@code bin}/{@code oct}/{@code hex} for base 2, 8, 16 (e.g. "-0x1f"); base 10 is
     * {@code str} without limit check.
     */
    public static String toBase(BigInteger v, int base) {
        String prefix;
        switch (base) {
            case 2: prefix = "0b"; break;
            case 8: prefix = "0o"; break;
            case 16: prefix = "0x"; break;
            case 10: return v.toString();
            default: throw new IllegalArgumentException("base must be 2, 8, 10 or 16");
        }
        String digits = v.bitLength() < 64 ? Long.toUnsignedString(Math.abs(v.longValue()), base)
                : v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** {@code format(v, spec)} for an int, parsing the spec string. */
    public static String format(BigInteger v, String spec) {
        if (spec.isEmpty()) {
            return toString(v);
        }
        return format(v, FormatSpec.parseForInt(spec), "int", IntParser.DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@code format(v, spec)} for an object of type {@code typeName} ("int", "bool", ...),
     * with the spec parsed by {@link FormatSpec#parseForInt} (type defaults to 'd').
     * Float presentation types (e E f F g G %) convert to float first.
     */
    public static String format(BigInteger v, FormatSpec spec, String typeName, int maxStrDigits) {
        char type = spec.type();
        switch (type) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return formatInt(v, spec, maxStrDigits);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FloatFormatter.format(toDouble(v), spec, typeName);
            default:
                throw new IllegalArgumentException(FormatSpec.unknownFormatCodeMessage(type, typeName));
        }
    }

    /** {@code float(v)}, correctly rounded; OverflowError when out of range. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw new ArithmeticException("int too large to convert to float");
        }
        return d;
    }

    private static String formatInt(BigInteger v, FormatSpec spec, int maxStrDigits) {
        if (spec.precision() != -1) {
            throw new IllegalArgumentException("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw new IllegalArgumentException(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        char type = spec.type();
        if (type == 'c') {
            if (spec.sign() != '\0') {
                throw new IllegalArgumentException("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw new IllegalArgumentException(
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw new ArithmeticException("Python int too large to convert to C long");
            }
            long x = v.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw new ArithmeticException("%c arg not in range(0x110000)");
            }
            return NumberLayout.layout(false, "", "", new String(Character.toChars((int) x)), spec, '\0', 3);
        }
        int base;
        String prefix = "";
        switch (type) {
            case 'b': base = 2; prefix = "0b"; break;
            case 'o': base = 8; prefix = "0o"; break;
            case 'x': base = 16; prefix = "0x"; break;
            case 'X': base = 16; prefix = "0X"; break;
            default: base = 10;
        }
        String digits;
        if (base == 10) {
            digits = toString(v.abs(), maxStrDigits);
        } else {
            digits = v.bitLength() < 64 ? Long.toUnsignedString(Math.abs(v.longValue()), base)
                    : v.abs().toString(base);
            if (type == 'X') {
                digits = digits.toUpperCase();
            }
        }
        char separator = type == 'n' ? '\0' : spec.grouping();
        int groupSize = base == 10 ? 3 : 4;
        return NumberLayout.layout(v.signum() < 0, spec.alternate() ? prefix : "", digits, "", spec,
                separator, groupSize);
    }

    /**
     * printf-style formatting of an int for conversions d i u o x X c
     * ({@code '%#06x' % v}).
     */
    public static String percentFormat(BigInteger v, PercentSpec spec, int maxStrDigits) {
        char c = spec.conversion();
        if (c == 'c') {
            long x = v.bitLength() > 63 ? -1 : v.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw new ArithmeticException("%c arg not in range(0x110000)");
            }
            return spec.pad(new String(Character.toChars((int) x)), false);
        }
        String digits;
        String prefix = "";
        switch (c) {
            case 'd': case 'i': case 'u':
                digits = toString(v.abs(), maxStrDigits);
                break;
            case 'o':
                digits = v.abs().toString(8);
                prefix = spec.alternate() ? "0o" : "";
                break;
            case 'x': case 'X':
                digits = v.abs().toString(16);
                prefix = spec.alternate() ? "0x" : "";
                break;
            default:
                throw new IllegalArgumentException("not an integer conversion: " + c);
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (v.signum() < 0) {
            sb.append('-');
        }
        sb.append(prefix);
        if (spec.precision() > digits.length()) {
            FormatSpec.repeat(sb, '0', spec.precision() - digits.length());
        }
        sb.append(digits);
        String text = c == 'X' ? sb.toString().toUpperCase() : sb.toString();
        return spec.pad(text, true);
    }
}
