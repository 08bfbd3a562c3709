package org.pyston.builtins.text;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code bytes}: an immutable sequence of bytes. {@link #value} is never written after
 * construction (callers of {@link #wrap} hand their array over).
 */
public final class PyBytes implements PyObject, org.pyston.builtins.ops.SlotDispatched, BufferExporter {
    /** Python's {@code bytes}. */
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, BytesMethods.class, true);
    /** {@code b''}. */
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /** The bytes; never modified. */
    public final byte[] value;
    /** Cached hash; 0 = not computed yet. */
    private long hash;

    private PyBytes(byte[] value) {
        this.value = value;
    }

    /** A bytes object owning {@code b}: the caller must not modify the array again. */
    public static PyBytes wrap(byte[] b) {
        return b.length == 0 ? EMPTY : new PyBytes(b);
    }

    /** The bytes of an ISO-8859-1 string (each char one byte): how the compiler passes literals. */
    public static PyBytes fromLatin1(String s) {
        return wrap(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code len(b)}. */
    public int size() {
        return value.length;
    }

    /** The hash: the same function as str's over the byte values, cached. */
    public long pyHash() {
        long h = hash;
        if (h == 0) {
            for (byte x : value) {
                h = h * 1000003L ^ (x & 0xff);
            }
            h ^= value.length;
            h ^= h >>> 29;
            if (h == -1 || h == 0) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && java.util.Arrays.equals(b.value, value);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return BytesSupport.repr(value, value.length, "b");
    }

    @Override
    public byte[] bufferBytes() {
        return value;
    }

    @Override
    public int bufferLength() {
        return value.length;
    }

    @Override
    public byte bufferGet(int index) {
        return value[index];
    }
}
