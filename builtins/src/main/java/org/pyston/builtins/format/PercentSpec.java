package org.pyston.builtins.format;

/**
 * One printf-style conversion specifier ({@code %[(key)][flags][width][.precision]type}) with
 * the flags already decoded, as CPython's {@code struct unicode_format_arg_t}.
 *
 * <p>{@code width}/{@code precision} are -1 when absent; a {@code '*'} width or precision is
 * marked by {@code widthFromArgs}/{@code precisionFromArgs} and must be replaced (via
 * {@link #withWidthAndPrecision}) before formatting. A negative '*' width means
 * left-justification, as in C. {@code key} is the mapping key or null.
 */
public record PercentSpec(String key, boolean leftAlign, char sign, boolean zeroPad,
                          boolean alternate, int width, boolean widthFromArgs, int precision,
                          boolean precisionFromArgs, char conversion) {

    /** A spec with just flags, width, precision and conversion (no key, no '*'). */
    public static PercentSpec of(boolean leftAlign, char sign, boolean zeroPad, boolean alternate,
                                 int width, int precision, char conversion) {
        return new PercentSpec(null, leftAlign, sign, zeroPad, alternate, width, false, precision,
                false, conversion);
    }

    /**
     * Returns this spec with a '*' width taken from the arguments: a negative value means
     * left alignment with its absolute value, as in CPython.
     */
    public PercentSpec withWidth(int newWidth) {
        boolean left = leftAlign || newWidth < 0;
        return new PercentSpec(key, left, sign, zeroPad, alternate, Math.abs(newWidth), false,
                precision, precisionFromArgs, conversion);
    }

    /** Returns this spec with a '*' precision from the arguments; negative counts as 0. */
    public PercentSpec withPrecision(int newPrecision) {
        return new PercentSpec(key, leftAlign, sign, zeroPad, alternate, width, widthFromArgs,
                Math.max(0, newPrecision), false, conversion);
    }

    /** printf-style %s/%r/%a of already converted text: precision truncates, then pads. */
    public String formatText(String text) {
        if (precision >= 0 && text.codePointCount(0, text.length()) > precision) {
            text = text.substring(0, text.offsetByCodePoints(0, precision));
        }
        return pad(text, false);
    }

    /**
     * Pads a converted value as CPython's {@code unicode_format_arg_output}. For numeric
     * conversions ({@code numeric == true}) a leading sign is kept before zero padding, '+'
     * or ' ' flags add a sign, and a "0x"/"0X"/"0o" prefix stays in front of zero padding.
     */
    public String pad(String text, boolean numeric) {
        int len = text.codePointCount(0, text.length());
        boolean signFlag = sign == '+' || sign == ' ';
        if ((width == -1 || width <= len) && !(numeric && signFlag)) {
            return text;
        }
        int fill = numeric && zeroPad ? '0' : ' ';
        int index = 0;
        char signChar = 0;
        boolean hasSign = numeric;
        if (numeric) {
            char ch = text.isEmpty() ? 0 : text.charAt(0);
            if (ch == '-' || ch == '+') {
                signChar = ch;
                len--;
                index++;
            } else if (sign == '+') {
                signChar = '+';
            } else if (sign == ' ') {
                signChar = ' ';
            } else {
                hasSign = false;
            }
        }
        int w = Math.max(width, len);
        StringBuilder sb = new StringBuilder(w + 2);
        if (hasSign) {
            if (fill != ' ') {
                sb.append(signChar);
            }
            if (w > len) {
                w--;
            }
        }
        boolean prefix = alternate && (conversion == 'x' || conversion == 'X' || conversion == 'o');
        if (prefix) {
            if (fill != ' ') {
                sb.append(text, index, index + 2);
                index += 2;
            }
            w = Math.max(w - 2, 0);
            len -= 2;
        }
        if (w > len && !leftAlign) {
            FormatSpec.repeat(sb, fill, w - len);
            w = len;
        }
        if (fill == ' ') {
            if (hasSign) {
                sb.append(signChar);
            }
            if (prefix) {
                sb.append(text, index, index + 2);
                index += 2;
            }
        }
        sb.append(text, index, text.length());
        if (w > len) {
            FormatSpec.repeat(sb, ' ', w - len);
        }
        return sb.toString();
    }
}
