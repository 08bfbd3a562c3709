package org.pyston.builtins.struct;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;

/**
 * A compiled struct format: the byte order, the total size and one {@link Code} per item, with
 * CPython's sizes and alignment on x86-64 Linux and its error messages. Immutable.
 *
 * <p>Byte orders: {@code @} (the default) native sizes and alignment, {@code =} native order with
 * standard sizes, {@code <} little-endian, {@code >} and {@code !} big-endian. CPython's
 * little-endian machine uses its native packing routines for the standard little-endian codes
 * whose sizes agree (b B h H i I q Q e), and their messages differ from the big-endian ones:
 * {@link #rangeError} keeps that distinction.
 */
final class StructFormat {
    /** One item of the format: its code, its byte offset, and for 's'/'p' its length. */
    record Code(char code, int offset, int size) {
    }

    final String format;
    final boolean native_;
    final boolean little;
    final int size;
    /** Number of values pack takes and unpack returns. */
    final int count;
    final Code[] codes;
    private final PyType error;

    private StructFormat(String format, boolean nativeMode, boolean little, int size, Code[] codes, PyType error) {
        this.format = format;
        this.native_ = nativeMode;
        this.little = little;
        this.size = size;
        this.codes = codes;
        this.count = codes.length;
        this.error = error;
    }

    static PyBaseException error(PyType error, String fmt, Object... args) {
        return PyExceptions.withMessage(error, fmt, args);
    }

    PyBaseException error(String fmt, Object... args) {
        return error(error, fmt, args);
    }

    /** Item size of {@code c} in native ({@code @}) mode, or -1 when not a code. */
    private static int nativeSize(char c) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
            case 'h': case 'H': case 'e': return 2;
            case 'i': case 'I': case 'f': return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
            default: return -1;
        }
    }

    /** Item size of {@code c} with standard sizes, or -1 when not a standard code. */
    private static int standardSize(char c) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
            case 'h': case 'H': case 'e': return 2;
            case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
            case 'q': case 'Q': case 'd': return 8;
            default: return -1;
        }
    }

    /** Parses {@code format} (CPython's prepare_s). */
    static StructFormat parse(String format, PyType error) {
        int pos = 0;
        boolean nativeMode = true;
        boolean little = true;
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@': pos = 1; break;
                case '=': pos = 1; nativeMode = false; break;
                case '<': pos = 1; nativeMode = false; break;
                case '>': case '!': pos = 1; nativeMode = false; little = false; break;
                default: break;
            }
        }
        List<Code> codes = new ArrayList<>();
        long size = 0;
        int n = format.length();
        while (pos < n) {
            char c = format.charAt(pos++);
            if (Character.isWhitespace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    if (pos >= n) {
                        throw error(error, "repeat count given without format specifier");
                    }
                    c = format.charAt(pos++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    num = num * 10 + (c - '0');
                    if (num > Integer.MAX_VALUE) {
                        throw error(error, "total struct size too long");
                    }
                }
            }
            int itemSize = nativeMode ? nativeSize(c) : standardSize(c);
            if (itemSize < 0) {
                throw error(error, "bad char in struct format");
            }
            if (nativeMode && size > 0 && c != 's' && c != 'p' && c != 'x' && itemSize > 1) {
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            if (c == 's' || c == 'p') {
                codes.add(new Code(c, (int) size, (int) num));
                size += num;
            } else if (c == 'x') {
                size += num;
            } else {
                for (long i = 0; i < num; i++) {
                    codes.add(new Code(c, (int) (size + i * itemSize), itemSize));
                }
                size += num * itemSize;
            }
            if (size > Integer.MAX_VALUE - 8) {
                throw error(error, "total struct size too long");
            }
        }
        return new StructFormat(format, nativeMode, little, (int) size, codes.toArray(new Code[0]), error);
    }

    // ---- packing ---------------------------------------------------------------------------------

    /** Packs {@code values} (exactly {@link #count}) into {@code out} at {@code offset}. */
    void pack(Object[] values, int from, byte[] out, int offset) {
        for (int i = 0; i < codes.length; i++) {
            Code code = codes[i];
            packOne(code, values[from + i], out, offset + code.offset);
        }
    }

    private void packOne(Code code, Object v, byte[] out, int at) {
        char c = code.code;
        switch (c) {
            case 'c': {
                byte[] b = v instanceof PyBytes bs ? bs.value : v instanceof PyByteArray ba ? ba.toBytes() : null;
                if (b == null || b.length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[at] = b[0];
                return;
            }
            case 's': case 'p': {
                Object u = PyInstance.unwrap(v);
                byte[] b = u instanceof PyBytes bs ? bs.value : u instanceof PyByteArray ba ? ba.toBytes() : null;
                if (b == null) {
                    throw error("argument for '%s' must be a bytes object", String.valueOf(c));
                }
                int len = code.size;
                if (c == 's') {
                    System.arraycopy(b, 0, out, at, Math.min(b.length, len));
                } else if (len > 0) {
                    int k = Math.min(b.length, len - 1);
                    System.arraycopy(b, 0, out, at + 1, k);
                    out[at] = (byte) Math.min(k, 255);
                }
                return;
            }
            case '?':
                out[at] = (byte) (Truth.isTrue(v) ? 1 : 0);
                return;
            case 'e':
                writeLong(out, at, 2, halfBits(toDouble(v)));
                return;
            case 'f': {
                double d = toDouble(v);
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d) && !native_) {
                    throw PyExceptions.overflowError("float too large to pack with f format");
                }
                writeLong(out, at, 4, Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
                return;
            }
            case 'd':
                writeLong(out, at, 8, Double.doubleToRawLongBits(toDouble(v)));
                return;
            default:
                writeLong(out, at, code.size, integerBits(c, code.size, v));
        }
    }

    private void writeLong(byte[] out, int at, int n, long bits) {
        boolean le = native_ || little;
        for (int i = 0; i < n; i++) {
            byte b = (byte) (bits >>> (8 * i));
            out[le ? at + i : at + n - 1 - i] = b;
        }
    }

    private double toDouble(Object v) {
        Object u = PyInstance.unwrap(v);
        if (u instanceof PyFloat f) {
            return f.value;
        }
        if (IntMath.isInt(u)) {
            return IntMath.toDouble(u);
        }
        if (u instanceof PyBool b) {
            return b.intValue;
        }
        PyType t = TypeOps.typeOf(v);
        if (t.lookup("__float__") != null) {
            Object r = CallOps.callMethod(v, "__float__", new Object[0], null);
            if (r instanceof PyFloat f) {
                return f.value;
            }
        }
        if (t.lookup("__index__") != null) {
            return IntMath.toDouble(UnaryOps.index(v));
        }
        throw error("required argument is not a float");
    }

    /** The integer value of {@code v} for an integer code (CPython's get_pylong). */
    private BigInteger integer(Object v) {
        Object u = PyInstance.unwrap(v);
        if (u instanceof PyBool b) {
            return BigInteger.valueOf(b.intValue);
        }
        if (IntMath.isInt(u)) {
            return IntMath.big(u);
        }
        if (u instanceof PyFloat || TypeOps.typeOf(v).lookup("__index__") == null) {
            throw error("required argument is not an integer");
        }
        return IntMath.big(UnaryOps.index(v));
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private static boolean in(BigInteger x, BigInteger lo, BigInteger hi) {
        return x.compareTo(lo) >= 0 && x.compareTo(hi) <= 0;
    }

    /** The bits of integer code {@code c} of {@code size} bytes, with CPython's range checks and messages. */
    private long integerBits(char c, int size, Object v) {
        BigInteger x = integer(v);
        boolean unsigned = Character.isUpperCase(c) && c != 'P';
        // routines shared by every table, or native ones (also CPython's choice for '<' and '=' where sizes agree)
        boolean nativeRoutine = native_ || (little && c != 'l' && c != 'L') || c == 'b' || c == 'B';
        if (c == 'P') {
            if (!in(x, LONG_MIN, ULONG_MAX)) {
                throw error("int too large to convert");
            }
            return x.longValue();
        }
        if (nativeRoutine) {
            switch (c) {
                case 'b': return checkedNamed(x, -128, 127, "byte");
                case 'B': return checkedNamed(x, 0, 255, "ubyte");
                case 'h': return checkedNamed(x, -32768, 32767, "short");
                case 'H': return checkedNamed(x, 0, 65535, "ushort");
                case 'i':
                    if (!in(x, LONG_MIN, LONG_MAX)) {
                        throw error("argument out of range");
                    }
                    return rangeChecked(c, x, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case 'I':
                    if (!in(x, BigInteger.ZERO, ULONG_MAX)) {
                        throw error("argument out of range");
                    }
                    return rangeChecked(c, x, 0, 0xFFFFFFFFL);
                default:
                    if (!(unsigned ? in(x, BigInteger.ZERO, ULONG_MAX) : in(x, LONG_MIN, LONG_MAX))) {
                        throw error("argument out of range");
                    }
                    return x.longValue();
            }
        }
        if (size == 8) {
            // bp_longlong / bp_ulonglong (_PyLong_AsByteArray)
            if (!(unsigned ? in(x, BigInteger.ZERO, ULONG_MAX) : in(x, LONG_MIN, LONG_MAX))) {
                throw error("int too large to convert");
            }
            return x.longValue();
        }
        // lp_int/lp_uint/bp_int/bp_uint of 2 or 4 bytes: get_long/get_ulong, then the size's range
        if (!(unsigned ? in(x, BigInteger.ZERO, ULONG_MAX) : in(x, LONG_MIN, LONG_MAX))) {
            throw error("argument out of range");
        }
        long bits = size * 8L;
        return unsigned ? rangeChecked(c, x, 0, (1L << bits) - 1)
                : rangeChecked(c, x, -(1L << (bits - 1)), (1L << (bits - 1)) - 1);
    }

    private long checkedNamed(BigInteger x, long lo, long hi, String name) {
        if (!in(x, LONG_MIN, LONG_MAX)) {
            throw error("argument out of range");
        }
        long v = x.longValue();
        if (v < lo || v > hi) {
            throw error("%s format requires %d <= number <= %d", name, lo, hi);
        }
        return v;
    }

    private long rangeChecked(char c, BigInteger x, long lo, long hi) {
        if (!in(x, BigInteger.valueOf(lo), BigInteger.valueOf(hi))) {
            throw rangeError(c, lo, hi);
        }
        return x.longValue();
    }

    private PyBaseException rangeError(char c, long lo, long hi) {
        if (lo == 0) {
            return error("'%s' format requires 0 <= number <= %d", String.valueOf(c), hi);
        }
        return error("'%s' format requires %d <= number <= %d", String.valueOf(c), lo, hi);
    }

    /** CPython's PyFloat_Pack2: round half to even, OverflowError past the largest half float. */
    private static long halfBits(double x) {
        int sign;
        int e;
        long bits;
        if (x == 0.0) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            if (sign == 1) {
                x = -x;
            }
            // frexp: x = f * 2**e with 0.5 <= f < 1; then 1 <= f < 2
            e = Math.getExponent(x);
            double f;
            if (e == Double.MIN_EXPONENT - 1) {
                double scaled = x * 0x1p54;
                e = Math.getExponent(scaled) - 54;
                f = scaled / Math.scalb(1.0, e + 54);
            } else {
                f = x / Math.scalb(1.0, e);
            }
            if (e >= 16) {
                throw PyExceptions.overflowError("float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (long) f;
            if ((f - bits > 0.5) || ((f - bits == 0.5) && (bits % 2 == 1))) {
                ++bits;
                if (bits == 1024) {
                    bits = 0;
                    ++e;
                    if (e == 31) {
                        throw PyExceptions.overflowError("float too large to pack with e format");
                    }
                }
            }
        }
        return bits | ((long) e << 10) | ((long) sign << 15);
    }

    // ---- unpacking -------------------------------------------------------------------------------

    /** Unpacks the values at {@code offset} of {@code data} (the caller checked the length). */
    PyTuple unpack(byte[] data, int offset) {
        Object[] out = new Object[codes.length];
        for (int i = 0; i < codes.length; i++) {
            out[i] = unpackOne(codes[i], data, offset + codes[i].offset);
        }
        return PyTuple.wrap(out);
    }

    private long readLong(byte[] data, int at, int n) {
        boolean le = native_ || little;
        long v = 0;
        for (int i = 0; i < n; i++) {
            long b = data[le ? at + i : at + n - 1 - i] & 0xFFL;
            v |= b << (8 * i);
        }
        return v;
    }

    private Object unpackOne(Code code, byte[] data, int at) {
        char c = code.code;
        switch (c) {
            case 'c':
                return PyBytes.wrap(new byte[] {data[at]});
            case 's': {
                byte[] b = new byte[code.size];
                System.arraycopy(data, at, b, 0, code.size);
                return PyBytes.wrap(b);
            }
            case 'p': {
                if (code.size == 0) {
                    return PyBytes.EMPTY;
                }
                int k = Math.min(data[at] & 0xFF, code.size - 1);
                byte[] b = new byte[k];
                System.arraycopy(data, at + 1, b, 0, k);
                return PyBytes.wrap(b);
            }
            case '?':
                return PyBool.of(data[at] != 0);
            case 'e':
                return new PyFloat(halfValue((int) readLong(data, at, 2)));
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) readLong(data, at, 4)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(readLong(data, at, 8)));
            default:
                break;
        }
        int n = code.size;
        long v = readLong(data, at, n);
        boolean unsigned = Character.isUpperCase(c);
        if (unsigned) {
            if (n == 8 && v < 0) {
                return PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            return PyInt.valueOf(v);
        }
        if (n < 8) {
            int shift = 64 - 8 * n;
            v = (v << shift) >> shift;
        }
        return PyInt.valueOf(v);
    }

    /** CPython's PyFloat_Unpack2. */
    private static double halfValue(int p) {
        int sign = (p >> 15) & 1;
        int e = (p >> 10) & 0x1f;
        int f = p & 0x3ff;
        if (e == 0x1f) {
            if (f == 0) {
                return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return sign == 1 ? -Double.NaN : Double.NaN;
        }
        double x = f / 1024.0;
        if (e == 0) {
            e = -14;
        } else {
            x += 1.0;
            e -= 15;
        }
        x = Math.scalb(x, e);
        return sign == 1 ? -x : x;
    }
}
