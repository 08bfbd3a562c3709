package org.pyston.builtins.array;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/**
 * The element types of {@code array.array}, by typecode, with the C sizes of CPython on Linux x86-64
 * (so {@code l} is 8 bytes and {@code u} is a 4-byte wchar_t). Items are stored little-endian, the
 * machine's native order, which is what {@code tobytes()} and the buffer show. Each kind converts a
 * Python value in (with CPython's range errors) and out.
 */
enum ItemKind {
    BYTE('b', 1, true, "signed char is greater than maximum", "signed char is less than minimum"),
    UBYTE('B', 1, false, "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum"),
    WCHAR('u', 4, false, null, null),
    SHORT('h', 2, true, "signed short integer is greater than maximum", "signed short integer is less than minimum"),
    USHORT('H', 2, false, "unsigned short is greater than maximum", "unsigned short is less than minimum"),
    INT('i', 4, true, "signed integer is greater than maximum", "signed integer is less than minimum"),
    UINT('I', 4, false, "unsigned int is greater than maximum", "can't convert negative value to unsigned int"),
    LONG('l', 8, true, "Python int too large to convert to C long", "Python int too large to convert to C long"),
    ULONG('L', 8, false, "Python int too large to convert to C unsigned long", "can't convert negative value to unsigned int"),
    LONGLONG('q', 8, true, "int too big to convert", "int too big to convert"),
    ULONGLONG('Q', 8, false, "int too big to convert", "can't convert negative int to unsigned"),
    FLOAT('f', 4, true, null, null),
    DOUBLE('d', 8, true, null, null);

    /** Every typecode, in CPython's order ({@code array.typecodes}). */
    static final String TYPECODES = "bBuhHiIlLqQfd";

    final char code;
    final int size;
    final boolean signed;
    private final String tooBig;
    private final String tooSmall;

    ItemKind(char code, int size, boolean signed, String tooBig, String tooSmall) {
        this.code = code;
        this.size = size;
        this.signed = signed;
        this.tooBig = tooBig;
        this.tooSmall = tooSmall;
    }

    static ItemKind of(char c) {
        for (ItemKind k : values()) {
            if (k.code == c) {
                return k;
            }
        }
        return null;
    }

    boolean isInteger() {
        return this != WCHAR && this != FLOAT && this != DOUBLE;
    }

    /** Reads the raw little-endian bits of item {@code i}. */
    long bits(byte[] data, int i) {
        int off = i * size;
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = (v << 8) | (data[off + k] & 0xffL);
        }
        return v;
    }

    void putBits(byte[] data, int i, long v) {
        int off = i * size;
        for (int k = 0; k < size; k++) {
            data[off + k] = (byte) (v >>> (8 * k));
        }
    }

    /** Item {@code i} as a Python value. */
    Object get(byte[] data, int i) {
        long b = bits(data, i);
        switch (this) {
            case WCHAR:
                return PyStr.of(new String(Character.toChars((int) b)));
            case FLOAT:
                return new PyFloat(Float.intBitsToFloat((int) b));
            case DOUBLE:
                return new PyFloat(Double.longBitsToDouble(b));
            default:
                if (signed && size < 8) {
                    int shift = 64 - 8 * size;
                    return new PyInt((b << shift) >> shift);
                }
                if (!signed && size == 8 && b < 0) {
                    return PyInt.of(new BigInteger(Long.toUnsignedString(b)));
                }
                return new PyInt(b);
        }
    }

    /** The raw bits that represent {@code value}, or a TypeError/OverflowError as CPython raises. */
    long toBits(Object value) {
        switch (this) {
            case WCHAR: {
                if (!(value instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
                    throw PyExceptions.typeError("array item must be unicode character");
                }
                return s.value().codePointAt(0);
            }
            case FLOAT:
                return Float.floatToRawIntBits((float) real(value)) & 0xffffffffL;
            case DOUBLE:
                return Double.doubleToRawLongBits(real(value));
            default:
                return integerBits(value);
        }
    }

    private long integerBits(Object value) {
        if (value instanceof PyFloat || (!IntMath.isInt(value) && TypeOps.typeOf(value).lookup("__index__") == null)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(value));
        }
        Object i = UnaryOps.index(value);
        BigInteger v = IntMath.big(i);
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE);
        if (v.compareTo(max) > 0) {
            throw PyExceptions.overflowError(tooBig);
        }
        if (v.compareTo(min) < 0) {
            throw PyExceptions.overflowError(tooSmall);
        }
        return v.longValue();
    }

    /** A float item from a float, an int, or an object with __float__/__index__ (CPython's "d" converter). */
    private static double real(Object o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (IntMath.isInt(o)) {
            return IntMath.toDouble(o);
        }
        PyType t = ((PyObject) o).getType();
        if (t.lookup("__float__") != null) {
            Object r = CallOps.callMethod(o, "__float__", new Object[0], null);
            if (r instanceof PyFloat f) {
                return f.value;
            }
            throw PyExceptions.typeError("%s.__float__ returned non-float (type %s)", t.getName(), TypeOps.typeName(r));
        }
        if (t.lookup("__index__") != null) {
            return IntMath.toDouble(UnaryOps.index(o));
        }
        throw PyExceptions.typeError("must be real number, not %s", t.getName());
    }
}
