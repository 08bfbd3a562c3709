package org.pyston.builtins.format;

/**
 * Converts doubles to text exactly as CPython 3.11: {@code repr}/{@code str},
 * {@code __format__} (format(), f-strings, str.format) and printf-style {@code %}.
 *
 * <p>All conversions are correctly rounded (round-half-even on the exact binary value), as
 * CPython's dtoa: {@code format(2.675, '.2f') == '2.67'}. repr uses the shortest round-trip
 * digits and switches to exponent notation when the decimal exponent is below -4 or at
 * least 16.
 *
 * <p>Errors: where CPython raises ValueError this throws {@link IllegalArgumentException}
 * with CPython's message (callers wrap it).
 */
public final class FloatFormatter {
    private FloatFormatter() {}

    /** {@code repr(d)} and {@code str(d)}. */
    public static String repr(double d) {
        return toString(d, 'r', 0, false, true, false);
    }

    /** {@code format(d, spec)} for a float; {@code spec} parsed with {@link FormatSpec#parseForFloat}. */
    public static String format(double d, FormatSpec spec) {
        return format(d, spec, "float");
    }

    /** {@code format(d, spec)} parsing the spec string as {@code float.__format__} does. */
    public static String format(double d, String spec) {
        if (spec.isEmpty()) {
            return repr(d);
        }
        return format(d, FormatSpec.parseForFloat(spec), "float");
    }

    /** {@code format(d, spec)} for an object of type {@code typeName} (a float subclass). */
    public static String format(double d, FormatSpec spec, String typeName) {
        char type = spec.type();
        switch (type) {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                throw new IllegalArgumentException(FormatSpec.unknownFormatCodeMessage(type, typeName));
        }
        int precision = spec.precision();
        if (precision == Integer.MAX_VALUE) {
            // FormatSpec clamps larger values here; CPython rejects > INT_MAX, and a Java
            // String could not hold INT_MAX digits anyway.
            throw new IllegalArgumentException("precision too big");
        }
        int defaultPrecision = 6;
        boolean addDot0 = false;
        if (type == '\0') {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            d *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String buf = toString(d, type, precision, spec.alternate(), addDot0, spec.noNegZero());
        if (percent) {
            buf = buf + '%';
        }
        return layoutNumber(buf, spec, spec.type() == 'n' ? '\0' : spec.grouping());
    }

    /** Splits "-123.45e+06" into sign, digits and remainder, and lays it out per spec. */
    static String layoutNumber(String buf, FormatSpec spec, char separator) {
        boolean negative = buf.startsWith("-");
        int start = negative ? 1 : 0;
        int pos = start;
        while (pos < buf.length() && buf.charAt(pos) >= '0' && buf.charAt(pos) <= '9') {
            pos++;
        }
        return NumberLayout.layout(negative, "", buf.substring(start, pos), buf.substring(pos),
                spec, separator, 3);
    }

    /**
     * printf-style formatting of a float for conversions e E f F g G ({@code '%.3f' % d}).
     * For %r and %s use {@link #repr}, then {@link PercentSpec#pad} with numeric false.
     */
    public static String percentFormat(double d, PercentSpec spec) {
        char c = spec.conversion();
        switch (c) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                break;
            default:
                throw new IllegalArgumentException("not a float conversion: " + c);
        }
        int precision = spec.precision() < 0 ? 6 : spec.precision();
        String text = toString(d, c, precision, spec.alternate(), false, false);
        return spec.pad(text, true);
    }

    /**
     * CPython's {@code PyOS_double_to_string}: {@code code} is one of e E f F g G r
     * (r ignores precision), {@code alternate} is the '#' flag (keep the point and trailing
     * zeros), {@code addDot0} appends ".0" to integral results without exponent, and
     * {@code noNegZero} drops the sign of a result that rounds to zero. A negative result
     * starts with '-'; no '+' is ever added.
     */
    public static String toString(double d, char code, int precision, boolean alternate,
                                  boolean addDot0, boolean noNegZero) {
        boolean upper = false;
        switch (code) {
            case 'E': case 'F': case 'G':
                upper = true;
                code = Character.toLowerCase(code);
                break;
            case 'e': case 'f': case 'g': case 'r':
                break;
            default:
                throw new IllegalArgumentException("invalid float format code: " + code);
        }
        if (Double.isNaN(d)) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = (Double.doubleToRawLongBits(d) < 0);
        if (Double.isInfinite(d)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        DecimalDigits dd;
        int vdigitsEnd;
        switch (code) {
            case 'e':
                precision++;
                dd = DecimalDigits.significant(d, precision);
                vdigitsEnd = precision;
                break;
            case 'f':
                dd = DecimalDigits.fixed(d, precision);
                vdigitsEnd = (int) Math.min(Integer.MAX_VALUE, (long) dd.decpt + precision);
                break;
            case 'g':
                if (precision == 0) {
                    precision = 1;
                }
                dd = DecimalDigits.significant(d, precision);
                vdigitsEnd = alternate ? precision : 0;
                break;
            default:
                dd = DecimalDigits.shortest(d);
                vdigitsEnd = 0;
        }
        if (noNegZero && dd.isZero()) {
            negative = false;
        }
        String digits = dd.digits;
        int digitsLen = digits.length();
        int decpt = dd.decpt;
        boolean useExp = false;
        switch (code) {
            case 'e':
                useExp = true;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
            default:
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        vdigitsEnd = Math.max(vdigitsEnd, digitsLen);
        StringBuilder sb = new StringBuilder(Math.max(16, vdigitsEnd - vdigitsStart + 8));
        if (negative) {
            sb.append('-');
        }
        if (decpt <= 0) {
            FormatSpec.repeat(sb, '0', decpt - vdigitsStart);
            sb.append('.');
            FormatSpec.repeat(sb, '0', -decpt);
        } else {
            FormatSpec.repeat(sb, '0', -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            FormatSpec.repeat(sb, '0', decpt - digitsLen);
            sb.append('.');
            FormatSpec.repeat(sb, '0', vdigitsEnd - decpt);
        } else {
            FormatSpec.repeat(sb, '0', vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alternate) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }
}
