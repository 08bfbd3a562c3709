package org.pyston.builtins.text;

import java.io.ByteArrayOutputStream;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.TypeOps;

/**
 * The built-in codecs (utf-8, utf-16, utf-32 with -le/-be, latin-1, ascii) with CPython's error
 * handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace on encode,
 * surrogateescape, surrogatepass) and its UnicodeEncodeError/UnicodeDecodeError messages. Text is
 * handled as code points, so lone surrogates (from surrogateescape or '\ud800') survive round trips.
 */
public final class Codecs {
    private Codecs() {
    }

    /** An encoding/errors argument as a Java string, TypeError otherwise. */
    static String name(Object o, String fn) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s() argument 'encoding' must be str, not %s", fn, TypeOps.typeName(o));
    }

    /** The canonical codec name of {@code encoding} (as CPython prints it), LookupError when unknown. */
    public static String canonical(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819": case "l1":
            case "iso-ir-100": case "latin":
                return "latin-1";
            case "ascii": case "us-ascii": case "646": case "us":
                return "ascii";
            case "utf-16": case "utf16": case "u16":
                return "utf-16";
            case "utf-16-le": case "utf-16le":
                return "utf-16-le";
            case "utf-16-be": case "utf-16be":
                return "utf-16-be";
            case "utf-32": case "utf32": case "u32":
                return "utf-32";
            case "utf-32-le": case "utf-32le":
                return "utf-32-le";
            case "utf-32-be": case "utf-32be":
                return "utf-32-be";
            default:
                throw PyExceptions.withMessage(PyExceptions.LOOKUP_ERROR, "unknown encoding: %s", encoding);
        }
    }

    /** The canonical name when a codec here handles {@code encoding}; null for the codec registry's. */
    private static String javaCodec(String encoding) {
        try {
            return canonical(encoding);
        } catch (PyBaseException e) {
            return null;
        }
    }

    private static PyBaseException unknownHandler(String errors) {
        return PyExceptions.withMessage(PyExceptions.LOOKUP_ERROR, "unknown error handler name '%s'", errors);
    }

    // ---- encoding ------------------------------------------------------------------------------

    /** {@code s.encode(encoding, errors)}. */
    public static byte[] encode(String s, String encoding, String errors) {
        String enc = javaCodec(encoding);
        if (enc == null) {
            return org.pyston.builtins.codecs.CodecsModule.registryEncode(s, encoding, errors);
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 4);
        boolean big = enc.endsWith("-be");
        if (enc.equals("utf-16")) {
            out.write(0xff);
            out.write(0xfe);
        } else if (enc.equals("utf-32")) {
            out.write(0xff);
            out.write(0xfe);
            out.write(0);
            out.write(0);
        }
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : 0x110000;
        boolean unicode = enc.startsWith("utf");
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            boolean surrogate = c >= 0xd800 && c <= 0xdfff;
            if (c < limit && !(unicode && surrogate)) {
                put(out, enc, big, c);
                i++;
                continue;
            }
            int j = i + 1;
            if (!unicode) {
                while (j < cps.length && cps[j] >= limit) {
                    j++;
                }
            }
            String reason = unicode ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            switch (errors) {
                case "strict":
                    throw encodeError(enc.equals("utf-16") || enc.equals("utf-32") ? enc : enc, s, i, j, reason, cps);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < j; k++) {
                        put(out, enc, big, '?');
                    }
                    break;
                case "backslashreplace":
                    for (int k = i; k < j; k++) {
                        for (char ch : escape(cps[k]).toCharArray()) {
                            put(out, enc, big, ch);
                        }
                    }
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < j; k++) {
                        for (char ch : ("&#" + cps[k] + ";").toCharArray()) {
                            put(out, enc, big, ch);
                        }
                    }
                    break;
                case "surrogateescape":
                    for (int k = i; k < j; k++) {
                        if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                            throw encodeError(enc, s, i, j, reason, cps);
                        }
                        out.write(cps[k] - 0xdc00);
                    }
                    break;
                case "surrogatepass":
                    if (!unicode) {
                        throw encodeError(enc, s, i, j, reason, cps);
                    }
                    put(out, enc, big, c);
                    break;
                default:
                    throw unknownHandler(errors);
            }
            i = j;
        }
        return out.toByteArray();
    }

    private static void put(ByteArrayOutputStream out, String enc, boolean big, int c) {
        switch (enc) {
            case "utf-8":
                if (c < 0x80) {
                    out.write(c);
                } else if (c < 0x800) {
                    out.write(0xc0 | c >> 6);
                    out.write(0x80 | c & 0x3f);
                } else if (c < 0x10000) {
                    out.write(0xe0 | c >> 12);
                    out.write(0x80 | c >> 6 & 0x3f);
                    out.write(0x80 | c & 0x3f);
                } else {
                    out.write(0xf0 | c >> 18);
                    out.write(0x80 | c >> 12 & 0x3f);
                    out.write(0x80 | c >> 6 & 0x3f);
                    out.write(0x80 | c & 0x3f);
                }
                return;
            case "utf-16": case "utf-16-le": case "utf-16-be":
                if (c >= 0x10000) {
                    put16(out, big, Character.highSurrogate(c));
                    put16(out, big, Character.lowSurrogate(c));
                } else {
                    put16(out, big, c);
                }
                return;
            case "utf-32": case "utf-32-le": case "utf-32-be":
                if (big) {
                    out.write(c >>> 24);
                    out.write(c >> 16 & 0xff);
                    out.write(c >> 8 & 0xff);
                    out.write(c & 0xff);
                } else {
                    out.write(c & 0xff);
                    out.write(c >> 8 & 0xff);
                    out.write(c >> 16 & 0xff);
                    out.write(c >>> 24);
                }
                return;
            default:
                out.write(c);
        }
    }

    private static void put16(ByteArrayOutputStream out, boolean big, int u) {
        if (big) {
            out.write(u >> 8);
            out.write(u & 0xff);
        } else {
            out.write(u & 0xff);
            out.write(u >> 8);
        }
    }

    /** The backslash escape of one code point: \xNN, \\uNNNN or \UNNNNNNNN. */
    static String escape(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        }
        if (c < 0x10000) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    public static PyBaseException encodeError(String enc, String s, int start, int end, String reason, int[] cps) {
        // args (encoding, object, start, end, reason) as CPython's; str() is made from them
        return PyExceptions.create(PyExceptions.UNICODE_ENCODE_ERROR, PyStr.of(enc), PyStr.of(s),
                PyInt.valueOf(start), PyInt.valueOf(end), PyStr.of(reason));
    }

    // ---- decoding ------------------------------------------------------------------------------

    /** {@code b.decode(encoding, errors)}. */
    public static String decode(byte[] b, String encoding, String errors) {
        String enc = javaCodec(encoding);
        if (enc == null) {
            return org.pyston.builtins.codecs.CodecsModule.registryDecode(b, encoding, errors);
        }
        switch (enc) {
            case "latin-1": {
                return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            case "ascii":
            case "utf-8":
                return decode8(b, enc, errors);
            default:
                return decodeWide(b, enc, errors);
        }
    }

    /** Applies the error handler to bytes [start, end) that failed; appends the replacement. */
    private static void onError(StringBuilder sb, byte[] b, String enc, String errors, int start, int end,
                                String reason) {
        switch (errors) {
            case "strict":
                throw decodeError(enc, b, start, end, reason);
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    if ((b[k] & 0xff) < 128) {
                        throw decodeError(enc, b, start, end, reason);
                    }
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
                return;
            case "surrogatepass":
            case "xmlcharrefreplace":
                throw decodeError(enc, b, start, end, reason);
            default:
                throw unknownHandler(errors);
        }
    }

    public static PyBaseException decodeError(String enc, byte[] b, int start, int end, String reason) {
        return PyExceptions.create(PyExceptions.UNICODE_DECODE_ERROR, PyStr.of(enc), PyBytes.wrap(b.clone()),
                PyInt.valueOf(start), PyInt.valueOf(end), PyStr.of(reason));
    }

    private static boolean cont(byte[] b, int i, int lo, int hi) {
        if (i >= b.length) {
            return false;
        }
        int v = b[i] & 0xff;
        return v >= lo && v <= hi;
    }

    private static String decode8(byte[] b, String enc, String errors) {
        StringBuilder sb = new StringBuilder(b.length);
        boolean ascii = enc.equals("ascii");
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            if (ascii) {
                onError(sb, b, enc, errors, i, i + 1, "ordinal not in range(128)");
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed && !errors.equals("surrogatepass")) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                onError(sb, b, enc, errors, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            int k = 1;
            boolean ok = true;
            while (k <= need) {
                boolean good = k == 1 ? cont(b, i + 1, lo, hi) : cont(b, i + k, 0x80, 0xbf);
                if (!good) {
                    ok = false;
                    break;
                }
                k++;
            }
            if (!ok) {
                if (i + k >= n) {
                    onError(sb, b, enc, errors, i, n, "unexpected end of data");
                    i = n;
                } else {
                    onError(sb, b, enc, errors, i, i + k, "invalid continuation byte");
                    i += k;
                }
                continue;
            }
            int cp;
            if (need == 1) {
                cp = (c & 0x1f) << 6 | b[i + 1] & 0x3f;
            } else if (need == 2) {
                cp = (c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f;
            } else {
                cp = (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | b[i + 3] & 0x3f;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    private static String decodeWide(byte[] b, String enc, String errors) {
        boolean is16 = enc.startsWith("utf-16");
        boolean big = enc.endsWith("-be");
        int start = 0;
        String name = enc;
        if (enc.equals("utf-16") || enc.equals("utf-32")) {
            name = enc + "-le";
            if (is16 && b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                big = true;
                name = "utf-16-be";
                start = 2;
            } else if (is16 && b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                start = 2;
            } else if (!is16 && b.length >= 4 && (b[0] & 0xff) == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe
                    && (b[3] & 0xff) == 0xff) {
                big = true;
                name = "utf-32-be";
                start = 4;
            } else if (!is16 && b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0
                    && b[3] == 0) {
                start = 4;
            }
        }
        StringBuilder sb = new StringBuilder();
        int unit = is16 ? 2 : 4;
        int i = start;
        int n = b.length;
        while (i < n) {
            if (i + unit > n) {
                onError(sb, b, name, errors, i, n, is16 && i + unit > n && n - i < 2 ? "truncated data"
                        : "truncated data");
                break;
            }
            int u = read(b, i, unit, big);
            if (!is16) {
                if (u < 0 || u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff && !errors.equals("surrogatepass"))) {
                    onError(sb, b, name, errors, i, i + 4, u >= 0xd800 && u <= 0xdfff ? "code point in surrogate code point range(0xd800, 0xe000)"
                            : "code point not in range(0x110000)");
                } else {
                    sb.appendCodePoint(u);
                }
                i += 4;
                continue;
            }
            if (u < 0xd800 || u > 0xdfff) {
                sb.append((char) u);
                i += 2;
                continue;
            }
            if (errors.equals("surrogatepass")) {
                sb.append((char) u);
                i += 2;
                continue;
            }
            if (u >= 0xdc00) {
                onError(sb, b, name, errors, i, i + 2, "illegal encoding");
                i += 2;
                continue;
            }
            if (i + 4 > n) {
                onError(sb, b, name, errors, i, n, "unexpected end of data");
                break;
            }
            int v = read(b, i + 2, 2, big);
            if (v < 0xdc00 || v > 0xdfff) {
                onError(sb, b, name, errors, i, i + 2, "illegal UTF-16 surrogate");
                i += 2;
                continue;
            }
            sb.append((char) u).append((char) v);
            i += 4;
        }
        return sb.toString();
    }

    private static int read(byte[] b, int i, int unit, boolean big) {
        int v = 0;
        for (int k = 0; k < unit; k++) {
            int byt = b[big ? i + k : i + unit - 1 - k] & 0xff;
            v = v << 8 | byt;
        }
        return v;
    }
}
