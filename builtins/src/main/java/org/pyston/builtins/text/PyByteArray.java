package org.pyston.builtins.text;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code bytearray}: a mutable sequence of bytes. Invariant: the first {@link #size} bytes of
 * {@link #buf} are the value; mutators are synchronized so concurrent use never corrupts it.
 */
public final class PyByteArray implements PyObject, org.pyston.builtins.ops.SlotDispatched, BufferExporter {
    /** Python's {@code bytearray}. */
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, ByteArrayMethods.class, true);

    private byte[] buf;
    private int size;
    /** The memoryviews of this bytearray, created with the first one; they pin its size. */
    private BufferExports exports;

    public PyByteArray(byte[] initial) {
        this.buf = initial;
        this.size = initial.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code len(b)}. */
    public synchronized int size() {
        return size;
    }

    /**
     * {@code bytearray.__alloc__()}: the bytes allocated, counting CPython's trailing NUL (0 when
     * empty); the backing array may be larger than the value.
     */
    public synchronized int allocated() {
        return size == 0 && buf.length == 0 ? 0 : Math.max(buf.length, size + 1);
    }

    /** A copy of the current value. */
    public synchronized byte[] toBytes() {
        return java.util.Arrays.copyOf(buf, size);
    }

    /** The byte at {@code i} (0 <= i < size()), as 0..255. */
    public synchronized int get(int i) {
        return buf[i] & 0xff;
    }

    public synchronized void set(int i, int v) {
        buf[i] = (byte) v;
    }

    /** Replaces the whole value. */
    public synchronized void setAll(byte[] b) {
        checkResize(b.length);
        buf = b;
        size = b.length;
    }

    /** Replaces bytes [start, stop) with {@code repl}. */
    public synchronized void replace(int start, int stop, byte[] repl) {
        int newSize = size - (stop - start) + repl.length;
        checkResize(newSize);
        byte[] nb = new byte[Math.max(newSize, 8)];
        System.arraycopy(buf, 0, nb, 0, start);
        System.arraycopy(repl, 0, nb, start, repl.length);
        System.arraycopy(buf, stop, nb, start + repl.length, size - stop);
        buf = nb;
        size = newSize;
    }

    /** Appends one byte (amortised O(1)). */
    public synchronized void append(int v) {
        checkResize(size + 1);
        if (size == buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(16, size * 2));
        }
        buf[size++] = (byte) v;
    }

    /** Appends bytes. */
    public synchronized void extend(byte[] b) {
        checkResize(size + b.length);
        if (size + b.length > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(size + b.length, size * 2));
        }
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    @Override
    public String toString() {
        byte[] b = toBytes();
        return "bytearray(" + BytesSupport.repr(b, b.length, "b") + ")";
    }

    /** CPython's PyByteArray_Resize check: a size change while a view is in use is a BufferError. */
    private void checkResize(int newSize) {
        if (newSize != size && exports != null) {
            exports.checkResizable("Existing exports of data: object cannot be re-sized");
        }
    }

    @Override
    public byte[] bufferBytes() {
        return toBytes();
    }

    @Override
    public int bufferLength() {
        return size();
    }

    @Override
    public synchronized byte bufferGet(int index) {
        return buf[index];
    }

    @Override
    public synchronized void bufferPut(int index, byte value) {
        buf[index] = value;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public synchronized void bufferExport(PyMemoryView view) {
        if (exports == null) {
            exports = new BufferExports();
        }
        exports.add(view);
    }

    @Override
    public synchronized void bufferRelease(PyMemoryView view) {
        if (exports != null) {
            exports.remove(view);
        }
    }
}
