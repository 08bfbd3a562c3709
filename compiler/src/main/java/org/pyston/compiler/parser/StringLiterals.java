package org.pyston.compiler.parser;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.pyston.compiler.ast.ConstantValue;

/**
 * Decoding of literal tokens: string prefixes and quotes, backslash escapes for str and bytes, and
 * numbers. Escape errors are reported through {@link LiteralError} so the caller can place them.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** Raised for a malformed escape; the caller turns it into a ParseError at the token. */
    static final class LiteralError extends RuntimeException {
        LiteralError(String msg) { super(msg, null, false, false); }
    }

    /** What a STRING token's prefix says and where its body is (indices into the token's code points). */
    record Form(boolean bytes, boolean raw, boolean fstring, boolean uPrefix, int bodyStart, int bodyEnd) {}

    static Form form(int[] t) {
        int i = 0;
        boolean bytes = false, raw = false, f = false, u = false;
        while (t[i] != '\'' && t[i] != '"') {
            switch (Character.toLowerCase(t[i])) {
                case 'b' -> bytes = true;
                case 'r' -> raw = true;
                case 'f' -> f = true;
                case 'u' -> u = true;
                default -> { }
            }
            i++;
        }
        int q = t[i];
        int quoteLen = (i + 2 < t.length && t[i + 1] == q && t[i + 2] == q && t.length - i >= 6) ? 3 : 1;
        return new Form(bytes, raw, f, u, i + quoteLen, t.length - quoteLen);
    }

    /** Decodes a str literal body (code points [from, to) of {@code t}). */
    static String decodeStr(int[] t, int from, int to, boolean raw) {
        StringBuilder sb = new StringBuilder(to - from);
        if (raw) {
            for (int i = from; i < to; i++) sb.appendCodePoint(t[i]);
            return sb.toString();
        }
        int i = from;
        while (i < to) {
            int c = t[i++];
            if (c != '\\') {
                sb.appendCodePoint(c);
                continue;
            }
            if (i >= to) {
                sb.append('\\');
                break;
            }
            int e = t[i++];
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && t[i] >= '0' && t[i] <= '7'; k++) v = v * 8 + (t[i++] - '0');
                    sb.appendCodePoint(v);
                }
                case 'x' -> { sb.appendCodePoint(hex(t, i, to, 2, "\\xXX", i - 2 - from)); i += 2; }
                case 'u' -> { sb.appendCodePoint(hex(t, i, to, 4, "\\uXXXX", i - 2 - from)); i += 4; }
                case 'U' -> {
                    int v = hex(t, i, to, 8, "\\UXXXXXXXX", i - 2 - from);
                    if (v > 0x10FFFF || v < 0) {
                        throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            + (i - 2 - from) + "-" + (i + 7 - from) + ": illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                    i += 8;
                }
                case 'N' -> {
                    int start = i - 2 - from;
                    if (i >= to || t[i] != '{') {
                        throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            + start + "-" + (i - 1 - from) + ": malformed \\N character escape");
                    }
                    int close = i;
                    while (close < to && t[close] != '}') close++;
                    if (close >= to) {
                        throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            + start + "-" + (to - 1 - from) + ": malformed \\N character escape");
                    }
                    String name = new String(t, i + 1, close - i - 1);
                    int v = -1;
                    try {
                        v = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        v = -1;
                    }
                    if (v < 0) {
                        throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                            + start + "-" + (close - from) + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(v);
                    i = close + 1;
                }
                default -> {
                    // invalid escapes are kept verbatim (CPython only warns)
                    sb.append('\\');
                    sb.appendCodePoint(e);
                }
            }
        }
        return sb.toString();
    }

    private static int hex(int[] t, int i, int to, int n, String what, int pos) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = i + k < to ? Character.digit(t[i + k], 16) : -1;
            if (i + k >= to || d < 0 || t[i + k] > 127) {
                throw new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                    + pos + "-" + (pos + 1 + k) + ": truncated " + what + " escape");
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Decodes a bytes literal body; non-ASCII characters are an error as in CPython. */
    static byte[] decodeBytes(int[] t, int from, int to, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            if (t[i] >= 128) throw new LiteralError("bytes can only contain ASCII literal characters");
        }
        if (raw) {
            for (int i = from; i < to; i++) out.write(t[i]);
            return out.toByteArray();
        }
        int i = from;
        while (i < to) {
            int c = t[i++];
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= to) {
                out.write('\\');
                break;
            }
            int e = t[i++];
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < to && t[i] >= '0' && t[i] <= '7'; k++) v = v * 8 + (t[i++] - '0');
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int d1 = i < to ? Character.digit(t[i], 16) : -1;
                    int d2 = i + 1 < to ? Character.digit(t[i + 1], 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new LiteralError("(value error) invalid \\x escape at position " + (i - 2 - from));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }

    /** The value of a NUMBER token: BigInteger, Double or ConstantValue.Imaginary. */
    static Object number(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            if (k == 'x') return new BigInteger(s.substring(2), 16);
            if (k == 'o') return new BigInteger(s.substring(2), 8);
            if (k == 'b') return new BigInteger(s.substring(2), 2);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return Double.parseDouble(s);
        }
        return new BigInteger(s);
    }
}
