package org.pyston.builtins.format;

/**
 * CPython's {@code repr()} of str and bytes, and {@code ascii()}.
 *
 * <p>Strings are Java Strings: a valid surrogate pair is one code point, a lone surrogate
 * is the code point U+D800..U+DFFF and prints as <code>&#92;udxxx</code>. Quote choice: single
 * quotes unless the text contains a single quote and no double quote. Non-printable code
 * points (see {@link UnicodeProperties#isPrintable}) print as {@code \xhh}, <code>&#92;uhhhh</code>
 * or {@code \Uhhhhhhhh} (lowercase hex), like CPython.
 */
public final class StrRepr {
    private StrRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** {@code repr(s)} for a str. */
    public static String repr(String s) {
        return repr(s, false);
    }

    /** {@code ascii(s)} for a str: like repr but every non-ASCII code point is escaped. */
    public static String ascii(String s) {
        return repr(s, true);
    }

    /**
     * {@code ascii(obj)} given {@code repr(obj)}: escapes every non-ASCII code point of the
     * repr text as CPython's backslashreplace error handler.
     */
    public static String escapeNonAscii(String reprText) {
        StringBuilder sb = null;
        for (int i = 0; i < reprText.length(); ) {
            int cp = reprText.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 128) {
                if (sb == null) {
                    sb = new StringBuilder(reprText.length() + 16).append(reprText, 0, i);
                }
                escape(sb, cp);
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i += n;
        }
        return sb == null ? reprText : sb.toString();
    }

    private static String repr(String s, boolean asciiOnly) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                escape(sb, cp);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (!asciiOnly && UnicodeProperties.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                escape(sb, cp);
            }
        }
        return sb.append(quote).toString();
    }

    /** Appends the \xhh, 4-digit or 8-digit escape for a code point. */
    private static void escape(StringBuilder sb, int cp) {
        if (cp <= 0xff) {
            sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 15]);
        } else if (cp <= 0xffff) {
            sb.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
                sb.append(HEX[(cp >> shift) & 15]);
            }
        } else {
            sb.append("\\U");
            for (int shift = 28; shift >= 0; shift -= 4) {
                sb.append(HEX[(cp >> shift) & 15]);
            }
        }
    }

    /** {@code repr(b)} for bytes: {@code b'...'} with \t \n \r \\ and \xhh escapes. */
    public static String bytesRepr(byte[] b) {
        return bytesRepr(b, 0, b.length);
    }

    /** {@link #bytesRepr(byte[])} of {@code b[offset, offset + length)}. */
    public static String bytesRepr(byte[] b, int offset, int length) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = offset; i < offset + length; i++) {
            hasSingle |= b[i] == '\'';
            hasDouble |= b[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(length + 3);
        sb.append('b').append(quote);
        for (int i = offset; i < offset + length; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
