package org.pyston.builtins.binascii;

import java.io.ByteArrayOutputStream;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesCommonMethods;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code binascii} module: conversions between binary data and ASCII encodings (hex, base64,
 * uuencode, quoted-printable) and the crc32/crc_hqx checksums, with CPython's results and its
 * {@code binascii.Error} messages. The {@code a2b_*} functions take bytes-like objects or ASCII-only
 * str, as CPython's {@code ascii_buffer} converter does; the {@code b2a_*} ones bytes-like objects.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    /** Per-interpreter exception classes (as CPython's module state). */
    private static final class State {
        final PyType error;
        final PyType incomplete;

        State(PyType error, PyType incomplete) {
            this.error = error;
            this.incomplete = incomplete;
        }
    }

    private static final java.util.Map<Interpreter, State> STATES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Builds {@code binascii} for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("binascii");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(BinasciiModule.class, "binascii", d);
        PyType error = newException("Error", "binascii", PyExceptions.VALUE_ERROR);
        PyType incomplete = newException("Incomplete", "binascii", PyExceptions.EXCEPTION);
        d.putStr("Error", error);
        d.putStr("Incomplete", incomplete);
        STATES.put(interp, new State(error, incomplete));
        return m;
    }

    /** A module-level exception class, as CPython's {@code PyErr_NewException("module.Name", base)}. */
    public static PyType newException(String name, String module, PyType base) {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of(module));
        return PyType.newClass(name, PyTuple.of(base), ns);
    }

    private static RuntimeException error(String format, Object... args) {
        State s = STATES.get(Interpreter.current());
        PyType t = s == null ? PyExceptions.VALUE_ERROR : s.error;
        return PyExceptions.withMessage(t, format, args);
    }

    // ---- argument conversion -------------------------------------------------------------

    /** CPython's {@code ascii_buffer} converter: a bytes-like object, or a str of ASCII characters only. */
    static byte[] asciiData(Object o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127) {
                    throw PyExceptions.valueError("string argument should contain only ASCII characters");
                }
            }
            return BytesSupport.fromLatin1(v);
        }
        byte[] b = BytesSupport.data(o);
        if (b == null) {
            throw PyExceptions.typeError("argument should be bytes, buffer or ASCII string, not '%s'",
                    TypeOps.typeName(o));
        }
        return b;
    }

    /** An {@code unsigned_int(bitwise=True)} argument: any int, keeping its low 32 bits. */
    static int bitwiseUnsigned(Object o) {
        Object i = UnaryOps.index(o);
        return IntMath.isSmall(i) ? (int) IntMath.small(i) : IntMath.big(i).intValue();
    }

    private static boolean flag(Object o, boolean dflt) {
        return o == null ? dflt : Truth.isTrue(o);
    }

    // ---- uuencode --------------------------------------------------------------------------

    @PyMethod
    public static Object a2b_uu(Object data) {
        byte[] a = asciiData(data);
        int pos = 0;
        int remaining = a.length;
        // an empty line reads C's terminating NUL as the length byte, as CPython does
        int first = remaining > 0 ? a[pos++] & 0xff : 0;
        remaining--;
        int binLen = (first - ' ') & 077;
        byte[] out = new byte[binLen];
        int o = 0;
        int leftbits = 0;
        int leftchar = 0;
        for (; binLen > 0; remaining--, pos++) {
            int ch = remaining > 0 ? a[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || remaining <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw error("Illegal char");
                }
                ch = (ch - ' ') & 077;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out[o++] = (byte) (leftchar >> leftbits);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (remaining-- > 0) {
            int ch = a[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw error("Trailing garbage");
            }
        }
        return PyBytes.wrap(out);
    }

    @PyMethod(general = true)
    public static Object b2a_uu(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("b2a_uu", args, kwnames, 1, new String[] {"data", "backtick"}, 1);
        byte[] b = BytesSupport.need(p[0]);
        boolean backtick = flag(p[1], false);
        if (b.length > 45) {
            throw error("At most 45 bytes at once");
        }
        StringBuilder out = new StringBuilder(2 + b.length * 4 / 3 + 4);
        out.append(backtick && b.length == 0 ? '`' : (char) (' ' + b.length));
        int leftbits = 0;
        int leftchar = 0;
        for (int i = 0, n = b.length; n > 0 || leftbits != 0; n--, i++) {
            leftchar = n > 0 ? (leftchar << 8) | (b[i] & 0xff) : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.append(backtick && ch == 0 ? '`' : (char) (ch + ' '));
            }
        }
        out.append('\n');
        return PyBytes.fromLatin1(out.toString());
    }

    // ---- base64 ----------------------------------------------------------------------------

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final byte[] B64_VALUE = new byte[256];

    static {
        java.util.Arrays.fill(B64_VALUE, (byte) -1);
        for (int i = 0; i < 64; i++) {
            B64_VALUE[B64.charAt(i)] = (byte) i;
        }
    }

    @PyMethod(general = true)
    public static Object a2b_base64(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("a2b_base64", args, kwnames, 1, new String[] {"data", "strict_mode"}, 1);
        return PyBytes.wrap(decodeBase64(asciiData(p[0]), flag(p[1], false)));
    }

    /** CPython 3.11's a2b_base64: quads of 6-bit values, '=' padding ends the data, other bytes skipped unless strict. */
    static byte[] decodeBase64(byte[] a, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length / 4 * 3 + 3);
        if (strict && a.length > 0 && a[0] == '=') {
            throw error("Leading padding not allowed");
        }
        boolean paddingStarted = false;
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        for (int i = 0; i < a.length; i++) {
            int ch = a[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < a.length) {
                        throw error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = B64_VALUE[ch];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftchar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out.write((leftchar << 2) | (v >> 4));
                    leftchar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out.write((leftchar << 4) | (v >> 2));
                    leftchar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out.write((leftchar << 6) | v);
                    leftchar = 0;
                }
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    + "than a multiple of 4", out.size() / 3 * 4 + 1);
        }
        if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return out.toByteArray();
    }

    @PyMethod(general = true)
    public static Object b2a_base64(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("b2a_base64", args, kwnames, 1, new String[] {"data", "newline"}, 1);
        byte[] b = BytesSupport.need(p[0]);
        boolean newline = flag(p[1], true);
        byte[] out = new byte[(b.length + 2) / 3 * 4 + (newline ? 1 : 0)];
        int o = 0;
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = ((b[i] & 0xff) << 16) | ((b[i + 1] & 0xff) << 8) | (b[i + 2] & 0xff);
            out[o++] = (byte) B64.charAt(v >> 18);
            out[o++] = (byte) B64.charAt((v >> 12) & 63);
            out[o++] = (byte) B64.charAt((v >> 6) & 63);
            out[o++] = (byte) B64.charAt(v & 63);
        }
        if (b.length - i == 1) {
            int v = b[i] & 0xff;
            out[o++] = (byte) B64.charAt(v >> 2);
            out[o++] = (byte) B64.charAt((v & 3) << 4);
            out[o++] = '=';
            out[o++] = '=';
        } else if (b.length - i == 2) {
            int v = ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
            out[o++] = (byte) B64.charAt(v >> 10);
            out[o++] = (byte) B64.charAt((v >> 4) & 63);
            out[o++] = (byte) B64.charAt((v & 15) << 2);
            out[o++] = '=';
        }
        if (newline) {
            out[o] = '\n';
        }
        return PyBytes.wrap(out);
    }

    // ---- hex -------------------------------------------------------------------------------

    @PyMethod(general = true)
    public static Object b2a_hex(Object[] args, String[] kwnames) {
        return hex("b2a_hex", args, kwnames);
    }

    @PyMethod(general = true)
    public static Object hexlify(Object[] args, String[] kwnames) {
        return hex("hexlify", args, kwnames);
    }

    private static Object hex(String fname, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse(fname, args, kwnames, 3, new String[] {"data", "sep", "bytes_per_sep"}, 1);
        byte[] b = BytesSupport.need(p[0]);
        return PyBytes.fromLatin1(BytesCommonMethods.hexOf(b, p[1], p[2]));
    }

    @PyMethod
    public static Object a2b_hex(Object hexstr) {
        return PyBytes.wrap(unhex(asciiData(hexstr)));
    }

    @PyMethod
    public static Object unhexlify(Object hexstr) {
        return PyBytes.wrap(unhex(asciiData(hexstr)));
    }

    private static byte[] unhex(byte[] a) {
        if (a.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[a.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(a[2 * i] & 0xff, 16);
            int lo = Character.digit(a[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    // ---- quoted-printable ------------------------------------------------------------------

    @PyMethod(general = true)
    public static Object a2b_qp(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("a2b_qp", args, kwnames, 2, new String[] {"data", "header"}, 1);
        byte[] a = asciiData(p[0]);
        boolean header = flag(p[1], false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length);
        int in = 0;
        int n = a.length;
        while (in < n) {
            int c = a[in] & 0xff;
            if (c == '=') {
                in++;
                if (in >= n) {
                    break;
                }
                int d = a[in] & 0xff;
                if (d == '\n' || d == '\r') {
                    // soft line break: skip to the end of the line
                    if (d != '\n') {
                        while (in < n && a[in] != '\n') {
                            in++;
                        }
                    }
                    if (in < n) {
                        in++;
                    }
                } else if (d == '=') {
                    // "==": written by some broken encoders
                    out.write('=');
                    in++;
                } else if (in + 1 < n && isHex(d) && isHex(a[in + 1] & 0xff)) {
                    out.write((Character.digit(d, 16) << 4) | Character.digit(a[in + 1] & 0xff, 16));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(c);
                in++;
            }
        }
        return PyBytes.wrap(out.toByteArray());
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    /** Longest encoded line, soft line breaks included (RFC 1521). */
    private static final int MAX_LINE = 76;

    @PyMethod(general = true)
    public static Object b2a_qp(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("b2a_qp", args, kwnames, 4,
                new String[] {"data", "quotetabs", "istext", "header"}, 1);
        byte[] b = BytesSupport.need(p[0]);
        boolean quotetabs = flag(p[1], false);
        boolean istext = flag(p[2], true);
        boolean header = flag(p[3], false);
        // the first line end decides whether every line end written is CRLF
        boolean crlf = false;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                crlf = i > 0 && b[i - 1] == '\r';
                break;
            }
        }
        String eol = crlf ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder(b.length + b.length / 4);
        int n = b.length;
        int in = 0;
        int linelen = 0;
        while (in < n) {
            int c = b[in] & 0xff;
            int next = in + 1 < n ? b[in + 1] & 0xff : -1;
            boolean quote = c > 126 || c == '=' || (header && c == '_')
                    || (c == '.' && linelen == 0 && (next == -1 || next == '\n' || next == '\r' || next == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && next == -1)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (quote) {
                if (linelen + 3 >= MAX_LINE) {
                    out.append('=').append(eol);
                    linelen = 0;
                }
                appendQuoted(out, c);
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (c == '\r' && next == '\n'))) {
                linelen = 0;
                // whitespace at the end of a line would be lost: quote it
                int last = out.length() - 1;
                if (last >= 0 && (out.charAt(last) == ' ' || out.charAt(last) == '\t')) {
                    int ws = out.charAt(last);
                    out.setLength(last);
                    appendQuoted(out, ws);
                }
                out.append(eol);
                in += c == '\r' ? 2 : 1;
            } else {
                if (next != -1 && next != '\n' && linelen + 1 >= MAX_LINE) {
                    out.append('=').append(eol);
                    linelen = 0;
                }
                linelen++;
                out.append(header && c == ' ' ? '_' : (char) c);
                in++;
            }
        }
        return PyBytes.fromLatin1(out.toString());
    }

    private static void appendQuoted(StringBuilder out, int c) {
        out.append('=').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
    }

    // ---- checksums -------------------------------------------------------------------------

    @PyMethod(required = 1)
    public static Object crc32(Object data, Object crc) {
        byte[] b = BytesSupport.need(data);
        int start = crc == null ? 0 : bitwiseUnsigned(crc);
        return new PyInt(Checksums.crc32(start, b, 0, b.length) & 0xffffffffL);
    }

    @PyMethod
    public static Object crc_hqx(Object data, Object crc) {
        byte[] b = BytesSupport.need(data);
        return new PyInt(Checksums.crcHqx(bitwiseUnsigned(crc), b));
    }
}
