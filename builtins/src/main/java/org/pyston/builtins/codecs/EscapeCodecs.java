package org.pyston.builtins.codecs;

import java.io.ByteArrayOutputStream;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.Codecs;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The escape codecs of {@code _codecs}: {@code unicode_escape} (Python string-literal escapes),
 * {@code raw_unicode_escape} (only {@code \\uXXXX}/{@code \\UXXXXXXXX}), and {@code escape_*}
 * (bytes-literal escapes), with CPython's error messages. Scanned into {@code _codecs} by
 * {@link CodecsModule}.
 */
public final class EscapeCodecs {
    private EscapeCodecs() {
    }

    private static String hex(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }

    @PyMethod(required = 1)
    public static Object unicode_escape_encode(Object s, Object errors) {
        String str = CodecsModule.str(s, "unicode_escape_encode", "str");
        StringBuilder sb = new StringBuilder(str.length());
        int n = 0;
        for (int i = 0; i < str.length(); ) {
            int c = str.codePointAt(i);
            i += Character.charCount(c);
            n++;
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '\t': sb.append("\\t"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                default:
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        sb.append(hex(c));
                    }
            }
        }
        return PyTuple.of(PyBytes.wrap(BytesSupport.fromLatin1(sb.toString())), PyInt.valueOf(n));
    }

    @PyMethod(required = 1)
    public static Object raw_unicode_escape_encode(Object s, Object errors) {
        String str = CodecsModule.str(s, "raw_unicode_escape_encode", "str");
        StringBuilder sb = new StringBuilder(str.length());
        int n = 0;
        for (int i = 0; i < str.length(); ) {
            int c = str.codePointAt(i);
            i += Character.charCount(c);
            n++;
            if (c < 0x100) {
                sb.append((char) c);
            } else {
                sb.append(c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
            }
        }
        return PyTuple.of(PyBytes.wrap(BytesSupport.fromLatin1(sb.toString())), PyInt.valueOf(n));
    }

    private static byte[] data(Object o, String fn) {
        if (o instanceof PyStr s) {
            return Codecs.encode(s.value(), "utf-8", "strict");
        }
        return BytesSupport.need(o);
    }

    private static int hexDigits(byte[] b, int from, int count) {
        if (from + count > b.length) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = Character.digit(b[from + k] & 0xff, 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /**
     * Decodes string-literal escapes. {@code unicode}: \\u, \\U and \\N are escapes (unicode_escape)
     * and the result is text; otherwise the result is bytes (escape_decode). Returns
     * {@code (result, consumed)}; an unfinished escape at the end is left unconsumed unless {@code fin}.
     */
    private static Object decodeEscapes(byte[] b, String errors, boolean fin, boolean unicode, String codec) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= b.length) {
                if (!fin) {
                    break;
                }
                if (onError(sb, b, errors, start, b.length, "\\ at end of string", codec, unicode)) {
                    i = b.length;
                    continue;
                }
            }
            int e = b[i + 1] & 0xff;
            i += 2;
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000b'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < b.length && b[i] >= '0' && b[i] <= '7'; k++) {
                        v = v * 8 + (b[i++] - '0');
                    }
                    sb.append((char) (unicode ? v : v & 0xff));
                    break;
                }
                case 'x': case 'u': case 'U': {
                    if (!unicode && e != 'x') {
                        sb.append('\\').append((char) e);
                        break;
                    }
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = hexDigits(b, i, count);
                    if (v < 0 && !fin && b.length - i < count) {
                        i = start;
                        return result(sb, i, unicode);
                    }
                    if (v < 0 || v > 0x10ffff) {
                        String msg = v > 0x10ffff ? "illegal Unicode character"
                                : e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        int end = i;
                        while (end < b.length && end < i + count && Character.digit(b[end] & 0xff, 16) >= 0) {
                            end++;
                        }
                        if (v > 0x10ffff) {
                            end = i + count;
                        }
                        if (!unicode) {
                            throw org.pyston.builtins.exception.PyExceptions.valueError("invalid \\x escape at position %d", start);
                        }
                        onError(sb, b, errors, start, end, msg, codec, true);
                        i = end;
                        break;
                    }
                    sb.appendCodePoint(v);
                    i += count;
                    break;
                }
                case 'N': {
                    if (!unicode) {
                        sb.append("\\N");
                        break;
                    }
                    int close = -1;
                    if (i < b.length && b[i] == '{') {
                        for (int k = i + 1; k < b.length; k++) {
                            if (b[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                    }
                    int cp = -1;
                    if (close > i + 1) {
                        try {
                            cp = Character.codePointOf(new String(b, i + 1, close - i - 1,
                                    java.nio.charset.StandardCharsets.ISO_8859_1));
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        int end = close < 0 ? b.length : close + 1;
                        onError(sb, b, errors, start, end, close < 0 ? "malformed \\N character escape"
                                : "unknown Unicode character name", codec, true);
                        i = end;
                        break;
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                    break;
                }
                default:
                    sb.append('\\').append((char) e);
            }
        }
        return result(sb, i, unicode);
    }

    private static Object result(StringBuilder sb, int consumed, boolean unicode) {
        Object r = unicode ? PyStr.of(sb.toString()) : PyBytes.wrap(BytesSupport.fromLatin1(sb.toString()));
        return PyTuple.of(r, PyInt.valueOf(consumed));
    }

    /** Applies the error handler; true when it was handled (not strict). */
    private static boolean onError(StringBuilder sb, byte[] b, String errors, int start, int end, String reason,
                                   String codec, boolean unicode) {
        switch (errors) {
            case "ignore":
                return true;
            case "replace":
                sb.append(unicode ? '\ufffd' : '?');
                return true;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return true;
            default:
                PyBaseException e = Codecs.decodeError(codec, b, start, end, reason);
                throw e;
        }
    }

    @PyMethod(required = 1)
    public static Object unicode_escape_decode(Object data, Object errors, Object fin) {
        return decodeEscapes(data(data, "unicode_escape_decode"), CodecsModule.errors(errors, "unicode_escape_decode"),
                fin == null || org.pyston.builtins.ops.Truth.isTrue(fin), true, "unicodeescape");
    }

    @PyMethod(required = 1)
    public static Object escape_decode(Object data, Object errors) {
        return decodeEscapes(data(data, "escape_decode"), CodecsModule.errors(errors, "escape_decode"), true, false,
                "escape");
    }

    @PyMethod(required = 1)
    public static Object escape_encode(Object data, Object errors) {
        byte[] b = BytesSupport.need(data);
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) {
            int c = x & 0xff;
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '\'': sb.append("\\'"); break;
                case '\t': sb.append("\\t"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                default:
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append((char) c);
                    } else {
                        sb.append(String.format("\\x%02x", c));
                    }
            }
        }
        return PyTuple.of(PyBytes.wrap(BytesSupport.fromLatin1(sb.toString())), PyInt.valueOf(b.length));
    }

    @PyMethod(required = 1)
    public static Object raw_unicode_escape_decode(Object data, Object errors, Object fin) {
        byte[] b = data(data, "raw_unicode_escape_decode");
        String errs = CodecsModule.errors(errors, "raw_unicode_escape_decode");
        boolean f = fin == null || org.pyston.builtins.ops.Truth.isTrue(fin);
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < b.length && b[i + run] == '\\') {
                run++;
            }
            int after = i + run;
            if (run % 2 == 0 || after >= b.length || (b[after] != 'u' && b[after] != 'U')) {
                if (!f && run % 2 == 1 && after >= b.length) {
                    for (int k = 0; k < run - 1; k++) {
                        sb.append('\\');
                    }
                    return PyTuple.of(PyStr.of(sb.toString()), PyInt.valueOf(after - 1));
                }
                for (int k = 0; k < run; k++) {
                    sb.append('\\');
                }
                i = after;
                continue;
            }
            for (int k = 0; k < run - 1; k++) {
                sb.append('\\');
            }
            int count = b[after] == 'u' ? 4 : 8;
            int v = hexDigits(b, after + 1, count);
            if (v < 0 && !f && b.length - after - 1 < count) {
                return PyTuple.of(PyStr.of(sb.toString()), PyInt.valueOf(after - 1));
            }
            if (v < 0 || v > 0x10ffff) {
                int start = after - 1;
                int end = after + 1;
                while (end < b.length && end < after + 1 + count && Character.digit(b[end] & 0xff, 16) >= 0) {
                    end++;
                }
                onError(sb, b, errs, start, end, v > 0x10ffff ? "\\Uxxxxxxxx out of range"
                        : count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", "rawunicodeescape", true);
                i = end;
                continue;
            }
            sb.appendCodePoint(v);
            i = after + 1 + count;
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt.valueOf(b.length));
    }
}
