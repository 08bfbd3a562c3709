package org.pyston.builtins.format;

/**
 * Lays out a formatted number for {@code __format__}: padding, sign, prefix, grouped digits
 * and the remainder (decimal point, fraction, exponent, '%'), as CPython's
 * {@code calc_number_widths} + {@code fill_number}.
 *
 * <p>Invariant: at most one of left padding, sign-padding ('=' alignment) and right padding
 * is non-empty. With fill '0' and '=' alignment the zero padding is part of the digit run and
 * gets grouped too ({@code format(1234, '010,') == '00,001,234'}), as in CPython.
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param negative  whether a '-' sign is needed
     * @param prefix    e.g. "0x" (already in the right case), or ""
     * @param digits    the integer digits (possibly empty, e.g. for "inf" or 'c')
     * @param remainder what follows the digits, including any decimal point
     * @param spec      the format spec (fill, alignment, sign, width)
     * @param separator grouping character or '\0'
     * @param groupSize digits per group (3, or 4 for '_' with b/o/x/X)
     */
    static String layout(boolean negative, String prefix, CharSequence digits, String remainder,
                         FormatSpec spec, char separator, int groupSize) {
        char signChar = 0;
        switch (spec.sign()) {
            case '+':
                signChar = negative ? '-' : '+';
                break;
            case ' ':
                signChar = negative ? '-' : ' ';
                break;
            default:
                if (negative) {
                    signChar = '-';
                }
        }
        int nSign = signChar != 0 ? 1 : 0;
        char align = spec.numericAlign();
        int fill = spec.fill();
        int width = spec.width();
        int nonDigit = nSign + prefix.length() + remainder.codePointCount(0, remainder.length());
        int minWidth = fill == '0' && align == '=' ? width - nonDigit : 0;
        String grouped = digits.length() == 0 ? "" : group(digits, minWidth, separator, groupSize);
        int padding = width - (nonDigit + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (padding > 0) {
            switch (align) {
                case '<':
                    rpad = padding;
                    break;
                case '^':
                    lpad = padding / 2;
                    rpad = padding - lpad;
                    break;
                case '=':
                    spad = padding;
                    break;
                default:
                    lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder(Math.max(width, 0) + nonDigit + grouped.length());
        FormatSpec.repeat(sb, fill, lpad);
        if (signChar != 0) {
            sb.append(signChar);
        }
        sb.append(prefix);
        FormatSpec.repeat(sb, fill, spad);
        sb.append(grouped);
        sb.append(remainder);
        FormatSpec.repeat(sb, fill, rpad);
        return sb.toString();
    }

    /**
     * Inserts separators every {@code groupSize} digits from the right, left-padding with
     * zeros (themselves grouped) up to {@code minWidth} characters, as CPython's
     * {@code _PyUnicode_InsertThousandsGrouping}. With no separator only the zero padding
     * applies.
     */
    static String group(CharSequence digits, int minWidth, char separator, int groupSize) {
        int remaining = digits.length();
        minWidth = Math.max(0, minWidth);
        if (separator == '\0') {
            int zeros = Math.max(0, minWidth - remaining);
            if (zeros == 0) {
                return digits.toString();
            }
            StringBuilder sb = new StringBuilder(remaining + zeros);
            FormatSpec.repeat(sb, '0', zeros);
            return sb.append(digits).toString();
        }
        StringBuilder rev = new StringBuilder(remaining + remaining / groupSize + Math.max(0, minWidth));
        int pos = remaining;
        boolean useSeparator = false;
        while (true) {
            int l = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSeparator) {
                rev.append(separator);
            }
            for (int i = 0; i < chars; i++) {
                rev.append(digits.charAt(--pos));
            }
            FormatSpec.repeat(rev, '0', zeros);
            useSeparator = true;
            remaining -= chars;
            minWidth -= groupSize;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }
}
