package org.pyston.builtins.text;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * The native single-character struct formats a memoryview reads and writes items in (CPython's
 * memoryobject.c {@code unpack_single}/{@code pack_single}), with the sizes of Linux x86-64 and
 * little-endian order. A format string may carry a leading '@' (native), which is kept in
 * {@code memoryview.format} but means the same item.
 */
final class BufferFormat {
    private BufferFormat() {
    }

    /** The item character of a native format ("i" or "@i"), or 0 when the format is not one. */
    static char nativeChar(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        if (f.length() != 1 || size(f.charAt(0)) == 0) {
            return 0;
        }
        return f.charAt(0);
    }

    /** Bytes per item of a native format character; 0 for an unknown one. */
    static int size(char c) {
        switch (c) {
            case 'b': case 'B': case 'c': case '?':
                return 1;
            case 'h': case 'H':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'P': case 'd':
                return 8;
            default:
                return 0;
        }
    }

    /** Whether a format is one of the byte formats that a cast may convert from or to any format. */
    static boolean isByteFormat(char c) {
        return c == 'b' || c == 'B' || c == 'c';
    }

    private static long bits(byte[] b, int off, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = (v << 8) | (b[off + k] & 0xffL);
        }
        return v;
    }

    /** The item of native format {@code c} stored at {@code b[off, off + size)}. */
    static Object unpack(char c, byte[] b, int off) {
        long v = bits(b, off, size(c));
        switch (c) {
            case 'b': return PyInt.valueOf((byte) v);
            case 'h': return PyInt.valueOf((short) v);
            case 'i': return PyInt.valueOf((int) v);
            case 'l': case 'q': case 'n': return PyInt.valueOf(v);
            case 'B': case 'H': case 'I': return PyInt.valueOf(v);
            case 'L': case 'Q': case 'N': case 'P':
                return v >= 0 ? PyInt.valueOf(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            case 'f': return new PyFloat(Float.intBitsToFloat((int) v));
            case 'd': return new PyFloat(Double.longBitsToDouble(v));
            case '?': return PyBool.of(v != 0);
            case 'c': return PyBytes.wrap(new byte[] {(byte) v});
            default: throw new IllegalArgumentException(String.valueOf(c));
        }
    }

    /**
     * The bytes of {@code value} as an item of native format {@code c}, with CPython's errors:
     * TypeError "invalid type" for a value of the wrong kind, ValueError "invalid value" for one
     * out of range.
     */
    static byte[] pack(char c, String format, Object value) {
        int n = size(c);
        long v;
        switch (c) {
            case 'f':
            case 'd': {
                double d = real(value, format);
                v = c == 'f' ? Float.floatToRawIntBits((float) d) & 0xffffffffL : Double.doubleToRawLongBits(d);
                break;
            }
            case '?':
                v = Truth.isTrue(value) ? 1 : 0;
                break;
            case 'c': {
                if (!(value instanceof PyBytes bs)) {
                    throw invalidType(format);
                }
                if (bs.value.length != 1) {
                    throw invalidValue(format);
                }
                v = bs.value[0];
                break;
            }
            default:
                v = integer(c, n, format, value);
        }
        byte[] out = new byte[n];
        for (int k = 0; k < n; k++) {
            out[k] = (byte) (v >>> (8 * k));
        }
        return out;
    }

    private static long integer(char c, int n, String format, Object value) {
        if (!IntMath.isInt(value) && TypeOps.typeOf(value).lookup("__index__") == null) {
            throw invalidType(format);
        }
        BigInteger i = IntMath.big(UnaryOps.index(value));
        boolean signed = Character.isLowerCase(c);
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(8 * n - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(8 * n - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(8 * n).subtract(BigInteger.ONE);
        if (i.compareTo(min) < 0 || i.compareTo(max) > 0) {
            throw invalidValue(format);
        }
        return i.longValue();
    }

    /** CPython's PyFloat_AsDouble: floats, ints, and objects with __float__ or __index__. */
    private static double real(Object value, String format) {
        if (value instanceof PyFloat f) {
            return f.value;
        }
        if (IntMath.isInt(value)) {
            if (!IntMath.isSmall(value) && IntMath.big(value).abs().bitLength() > 1024) {
                throw invalidValue(format); // CPython's OverflowError becomes "invalid value"
            }
            return IntMath.toDouble(value);
        }
        PyType t = TypeOps.typeOf(value);
        if (t.lookup("__float__") != null) {
            Object r = CallOps.callMethod(value, "__float__", new Object[0], null);
            if (r instanceof PyFloat f) {
                return f.value;
            }
            throw invalidType(format);
        }
        if (t.lookup("__index__") != null) {
            return real(UnaryOps.index(value), format);
        }
        throw invalidType(format);
    }

    private static PyBaseException invalidType(String format) {
        return PyExceptions.typeError("memoryview: invalid type for format '%s'", format);
    }

    private static PyBaseException invalidValue(String format) {
        return PyExceptions.valueError("memoryview: invalid value for format '%s'", format);
    }
}
