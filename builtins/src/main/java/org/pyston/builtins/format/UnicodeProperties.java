package org.pyston.builtins.format;

/**
 * The few Unicode character properties CPython's number parsing and repr rely on, computed
 * from the JDK's Unicode tables.
 *
 * <p>Why: CPython uses its own Unicode database (14.0 for 3.11); the JDK 17 tables are
 * Unicode 13.0, so code points assigned in Unicode 14 count as unassigned (non-printable)
 * here. All other answers match CPython's {@code Py_UNICODE_ISSPACE},
 * {@code Py_UNICODE_ISPRINTABLE} and {@code Py_UNICODE_TODECIMAL}.
 */
public final class UnicodeProperties {
    private UnicodeProperties() {}

    /**
     * Tests CPython's {@code str.isspace()} per code point: bidirectional class WS, B or S,
     * or general category Zs.
     */
    public static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte dir = Character.getDirectionality(cp);
        return dir == Character.DIRECTIONALITY_WHITESPACE
                || dir == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || dir == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** Tests whether {@code cp} is an ASCII whitespace character as C's {@code Py_ISSPACE}. */
    public static boolean isAsciiSpace(int cp) {
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0d);
    }

    /**
     * Returns the decimal digit value (0-9) of a Unicode decimal digit (category Nd), or -1.
     */
    public static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(cp, 10);
    }

    /**
     * Tests CPython's {@code str.isprintable()} per code point: everything except categories
     * Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, with the ASCII space counted as printable.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 128) {
            return cp >= 0x20 && cp < 0x7f;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /**
     * Applies CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: Unicode decimal
     * digits become ASCII digits, Unicode whitespace becomes a space, other non-ASCII code
     * points become {@code '?'} (so that they fail to parse). The result is pure ASCII, one
     * char per code point of {@code s}.
     */
    public static String transformDecimalAndSpaceToAscii(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (isSpace(cp)) {
                sb.append(' ');
            } else {
                int d = decimalValue(cp);
                sb.append(d >= 0 ? (char) ('0' + d) : '?');
            }
        }
        return sb.toString();
    }
}
