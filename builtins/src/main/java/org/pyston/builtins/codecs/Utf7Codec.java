package org.pyston.builtins.codecs;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.Codecs;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * UTF-7 (RFC 2152) as CPython encodes and decodes it: set D, set O and white space are written
 * directly, everything else as modified base64 of UTF-16 after '+', closed by '-' when the next
 * character could be read as base64 (or is '-') and at the end.
 */
public final class Utf7Codec {
    private Utf7Codec() {
    }

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String SET_D = "'(),-./:?";
    private static final String SET_O = "!\"#$%&*;<=>@[]^_`{|}";

    private static boolean isBase64(int c) {
        return c < 128 && c >= 0 && B64.indexOf(c) >= 0;
    }

    private static boolean encodeDirect(int c) {
        return c > 0 && c < 128 && (Character.isLetterOrDigit(c) || SET_D.indexOf(c) >= 0 || SET_O.indexOf(c) >= 0
                || c == ' ' || c == '\t' || c == '\r' || c == '\n');
    }

    @PyMethod(required = 1)
    public static Object utf_7_encode(Object s, Object errors) {
        String str = CodecsModule.str(s, "utf_7_encode", "str");
        StringBuilder out = new StringBuilder();
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int n = 0;
        for (int i = 0; i < str.length(); i++) {
            char ch = str.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < str.length() && Character.isLowSurrogate(str.charAt(i + 1))) {
                n--;
            }
            n++;
            if (inShift) {
                if (encodeDirect(ch)) {
                    if (bits > 0) {
                        out.append(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.append('-');
                    }
                    out.append(ch);
                    continue;
                }
            } else if (ch == '+') {
                out.append("+-");
                continue;
            } else if (encodeDirect(ch)) {
                out.append(ch);
                continue;
            } else {
                out.append('+');
                inShift = true;
            }
            bits += 16;
            buffer = (buffer << 16) | ch;
            while (bits >= 6) {
                out.append(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) {
            out.append(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
        }
        if (inShift) {
            out.append('-');
        }
        return PyTuple.of(PyBytes.wrap(BytesSupport.fromLatin1(out.toString())), PyInt.valueOf(n));
    }

    @PyMethod(required = 1)
    public static Object utf_7_decode(Object data, Object errors, Object fin) {
        byte[] b = BytesSupport.need(data);
        String errs = CodecsModule.errors(errors, "utf_7_decode");
        boolean isFinal = fin != null && Truth.isTrue(fin);
        StringBuilder out = new StringBuilder();
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int start = 0;
        int shiftOutStart = 0;
        int i = 0;
        while (i < b.length) {
            int ch = b[i] & 0xff;
            String err = null;
            int errStart = 0;
            if (inShift) {
                if (isBase64(ch)) {
                    buffer = (buffer << 6) | B64.indexOf(ch);
                    bits += 6;
                    i++;
                    if (bits >= 16) {
                        int c = (int) ((buffer >> (bits - 16)) & 0xffff);
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0) {
                            if (Character.isLowSurrogate((char) c)) {
                                out.appendCodePoint(Character.toCodePoint((char) surrogate, (char) c));
                                surrogate = 0;
                                continue;
                            }
                            out.append((char) surrogate);
                            surrogate = 0;
                        }
                        if (Character.isHighSurrogate((char) c)) {
                            surrogate = c;
                        } else {
                            out.append((char) c);
                        }
                    }
                    continue;
                }
                inShift = false;
                if (bits >= 6) {
                    err = "partial character in shift sequence";
                } else if (bits > 0 && buffer != 0) {
                    err = "non-zero padding bits in shift sequence";
                }
                if (err == null) {
                    if (surrogate != 0 && ch <= 127 && ch != '+') {
                        out.append((char) surrogate);
                        surrogate = 0;
                    }
                    if (ch == '-') {
                        i++;
                    }
                    continue;
                }
                errStart = start;
            } else if (ch == '+') {
                start = i;
                i++;
                if (i < b.length && b[i] == '-') {
                    i++;
                    out.append('+');
                    continue;
                }
                if (i < b.length && !isBase64(b[i] & 0xff)) {
                    i++;
                    err = "ill-formed sequence";
                    errStart = start;
                } else {
                    inShift = true;
                    surrogate = 0;
                    shiftOutStart = out.length();
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            } else if (ch <= 127) {
                out.append((char) ch);
                i++;
                continue;
            } else {
                errStart = i;
                i++;
                err = "unexpected special character";
            }
            handle(out, b, errs, errStart, i, err);
        }
        int consumed = b.length;
        if (inShift) {
            if (isFinal) {
                if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
                    handle(out, b, errs, start, b.length, "unterminated shift sequence");
                }
            } else {
                out.setLength(shiftOutStart);
                consumed = start;
            }
        }
        return PyTuple.of(PyStr.of(out.toString()), PyInt.valueOf(consumed));
    }

    private static void handle(StringBuilder out, byte[] b, String errors, int start, int end, String reason) {
        switch (errors) {
            case "ignore":
                return;
            case "replace":
                out.append('\ufffd');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return;
            default:
                throw Codecs.decodeError("utf7", b, start, end, reason);
        }
    }
}
