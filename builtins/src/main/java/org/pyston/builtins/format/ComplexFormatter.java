package org.pyston.builtins.format;

/**
 * {@code format(z, spec)} for a complex number, as CPython 3.11's complex {@code __format__}: each
 * part is formatted as a float with the spec's type and precision (the imaginary part always
 * signed unless the real part is left out), then the whole {@code re+imj} is padded. With no
 * type the result reads like {@code str(z)}: parentheses, and a positive-zero real part omitted.
 *
 * <p>Errors are {@link IllegalArgumentException}s with CPython's ValueError messages.
 */
public final class ComplexFormatter {
    private ComplexFormatter() {}

    /** Formats {@code re + im*j} under {@code spec} (parsed with the float default type). */
    public static String format(double re, double im, FormatSpec spec, String typeName) {
        char type = spec.type();
        switch (type) {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw new IllegalArgumentException(FormatSpec.unknownFormatCodeMessage(type, typeName));
        }
        if (spec.fill() == '0') {
            throw new IllegalArgumentException("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw new IllegalArgumentException("'=' alignment flag is not allowed in complex format specifier");
        }
        int precision = spec.precision();
        if (precision == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("precision too big");
        }
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean parens = false;
        if (type == '\0') {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        char separator = spec.grouping();
        if (type == 'n') {
            type = 'g';
            separator = '\0';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(part(re, type, precision, spec, spec.sign(), separator));
        }
        sb.append(part(im, type, precision, spec, skipRe ? spec.sign() : '+', separator)).append('j');
        if (parens) {
            sb.append(')');
        }
        String s = sb.toString();
        char align = spec.align() == '\0' ? '>' : spec.align();
        return FormatSpec.pad(s, s.codePointCount(0, s.length()), spec.width(), align, spec.fill());
    }

    /** One part, laid out with {@code sign} and grouping but no padding. */
    private static String part(double d, char type, int precision, FormatSpec spec, char sign, char separator) {
        String buf = FloatFormatter.toString(d, type, precision, spec.alternate(), false, spec.noNegZero());
        FormatSpec unpadded = new FormatSpec(' ', '<', sign, spec.noNegZero(), spec.alternate(), false, -1,
                separator, precision, type);
        return FloatFormatter.layoutNumber(buf, unpadded, separator);
    }
}
