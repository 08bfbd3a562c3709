package org.pyston.builtins.sre;

import org.pyston.builtins.format.UnicodeProperties;

/**
 * The character predicates and case mappings of CPython's {@code _sre} (sre.c): the ASCII
 * categories ({@code \d \s \w} of bytes patterns and of {@code re.ASCII}), the Unicode ones
 * (str patterns), the locale ones (bytes patterns with {@code re.LOCALE}; the JVM runs in the C
 * locale, so they are the ASCII ones on Latin-1), and the simple case mappings that
 * IGNORECASE compares through.
 */
final class SreChars {
    private SreChars() {}

    static boolean isAsciiDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    /** {@code Py_ISSPACE} on ASCII: tab, newline, vertical tab, form feed, carriage return, space. */
    static boolean isAsciiSpace(int ch) {
        return ch == ' ' || (ch >= 0x09 && ch <= 0x0d);
    }

    static boolean isAsciiWord(int ch) {
        return ch <= 'z' && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                || ch == '_');
    }

    /** {@code SRE_LOC_IS_WORD} in the C locale. */
    static boolean isLocaleWord(int ch) {
        return ch < 256 && isAsciiWord(ch);
    }

    /** {@code Py_UNICODE_ISDECIMAL}: general category Nd. */
    static boolean isUnicodeDigit(int ch) {
        if (ch < 128) {
            return isAsciiDigit(ch);
        }
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** {@code Py_UNICODE_ISSPACE}, which {@code str.isspace} also uses. */
    static boolean isUnicodeSpace(int ch) {
        return UnicodeProperties.isSpace(ch);
    }

    /** {@code Py_UNICODE_ISALNUM} or underscore: letters (L*) and numbers (Nd, Nl, No). */
    static boolean isUnicodeWord(int ch) {
        if (ch < 128) {
            return isAsciiWord(ch);
        }
        switch (Character.getType(ch)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** {@code Py_UNICODE_ISLINEBREAK}: the characters {@code str.splitlines} splits at. */
    static boolean isUnicodeLinebreak(int ch) {
        switch (ch) {
            case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x1c: case 0x1d: case 0x1e:
            case 0x85: case 0x2028: case 0x2029:
                return true;
            default:
                return false;
        }
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    /** C's {@code tolower} in the C locale, on Latin-1 code units. */
    static int lowerLocale(int ch) {
        return ch < 256 ? lowerAscii(ch) : ch;
    }

    static int upperLocale(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    /** {@code Py_UNICODE_TOLOWER}: the simple lowercase mapping. */
    static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        return Character.toLowerCase(ch);
    }

    /**
     * {@code Py_UNICODE_TOUPPER}: the simple uppercase mapping, except that a character with a
     * special (multi-character) uppercase maps to the first character of it, as CPython's
     * database does ('\u00df' to 'S', '\u1fb3' to '\u0391'). Those characters all lie in the
     * ranges tested here.
     */
    static int upperUnicode(int ch) {
        if (ch < 128) {
            return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
        }
        if (ch == 0xdf || (ch >= 0x149 && ch <= 0x1fff) || (ch >= 0xfb00 && ch <= 0xfb17)) {
            String full = new String(Character.toChars(ch)).toUpperCase(java.util.Locale.ROOT);
            if (full.codePointCount(0, full.length()) > 1) {
                return full.codePointAt(0);
            }
        }
        return Character.toUpperCase(ch);
    }

    /** A CATEGORY code's test (sre_category). */
    static boolean category(int category, int ch) {
        switch (category) {
            case SreConstants.CATEGORY_DIGIT: return isAsciiDigit(ch);
            case SreConstants.CATEGORY_NOT_DIGIT: return !isAsciiDigit(ch);
            case SreConstants.CATEGORY_SPACE: return isAsciiSpace(ch);
            case SreConstants.CATEGORY_NOT_SPACE: return !isAsciiSpace(ch);
            case SreConstants.CATEGORY_WORD: return isAsciiWord(ch);
            case SreConstants.CATEGORY_NOT_WORD: return !isAsciiWord(ch);
            case SreConstants.CATEGORY_LINEBREAK: return ch == '\n';
            case SreConstants.CATEGORY_NOT_LINEBREAK: return ch != '\n';
            case SreConstants.CATEGORY_LOC_WORD: return isLocaleWord(ch);
            case SreConstants.CATEGORY_LOC_NOT_WORD: return !isLocaleWord(ch);
            case SreConstants.CATEGORY_UNI_DIGIT: return isUnicodeDigit(ch);
            case SreConstants.CATEGORY_UNI_NOT_DIGIT: return !isUnicodeDigit(ch);
            case SreConstants.CATEGORY_UNI_SPACE: return isUnicodeSpace(ch);
            case SreConstants.CATEGORY_UNI_NOT_SPACE: return !isUnicodeSpace(ch);
            case SreConstants.CATEGORY_UNI_WORD: return isUnicodeWord(ch);
            case SreConstants.CATEGORY_UNI_NOT_WORD: return !isUnicodeWord(ch);
            case SreConstants.CATEGORY_UNI_LINEBREAK: return isUnicodeLinebreak(ch);
            case SreConstants.CATEGORY_UNI_NOT_LINEBREAK: return !isUnicodeLinebreak(ch);
            default: return false;
        }
    }
}
