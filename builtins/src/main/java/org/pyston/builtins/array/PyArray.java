package org.pyston.builtins.array;

import java.util.Arrays;

import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.SlotDispatched;
import org.pyston.builtins.text.BufferExporter;

/**
 * {@code array.array}: a growable run of C values of one {@link ItemKind}, kept as their bytes
 * (little-endian) so that {@code tobytes}, {@code frombytes}, {@code byteswap} and the buffer are
 * copies, not conversions. Invariant: items 0..length-1 occupy {@code data[0, length*size)}; the
 * rest of {@code data} is spare capacity. Mutations hold this object's monitor.
 */
public final class PyArray implements PyObject, SlotDispatched, BufferExporter {
    public static final PyType TYPE = PyType.builtinInModule("array", "array", PyArray.class, ArrayMethods.class).withCollectionFlag(PyType.SEQUENCE_FLAG);

    final ItemKind kind;
    private byte[] data;
    private int length;
    /** The memoryviews of this array, created with the first one; they pin its length. */
    private org.pyston.builtins.text.BufferExports exports;

    PyArray(ItemKind kind) {
        this.kind = kind;
        this.data = new byte[0];
    }

    PyArray(ItemKind kind, byte[] bytes) {
        this.kind = kind;
        this.data = bytes;
        this.length = bytes.length / kind.size;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    synchronized int length() {
        return length;
    }

    /** A copy of the items' bytes. */
    @Override
    public synchronized byte[] bufferBytes() {
        return Arrays.copyOf(data, length * kind.size);
    }

    synchronized Object get(int i) {
        return kind.get(data, i);
    }

    synchronized void set(int i, long bits) {
        kind.putBits(data, i, bits);
    }

    synchronized long bits(int i) {
        return kind.bits(data, i);
    }

    private void ensure(int items) {
        int need = items * kind.size;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length * 3 / 2 + 16));
        }
    }

    synchronized void append(long bits) {
        checkResize(length + 1);
        ensure(length + 1);
        kind.putBits(data, length++, bits);
    }

    synchronized void appendBytes(byte[] b) {
        int n = b.length / kind.size;
        checkResize(length + n);
        ensure(length + n);
        System.arraycopy(b, 0, data, length * kind.size, n * kind.size);
        length += n;
    }

    /** Replaces items [start, stop) by the items whose bytes are {@code repl}. */
    synchronized void replace(int start, int stop, byte[] repl) {
        int s = kind.size;
        int n = repl.length / s;
        int newLen = length - (stop - start) + n;
        checkResize(newLen);
        byte[] out = new byte[Math.max(newLen * s, 16)];
        System.arraycopy(data, 0, out, 0, start * s);
        System.arraycopy(repl, 0, out, start * s, n * s);
        System.arraycopy(data, stop * s, out, (start + n) * s, (length - stop) * s);
        data = out;
        length = newLen;
    }

    /** Keeps only the items at indices where {@code keep} is true. */
    synchronized void retain(boolean[] keep) {
        int s = kind.size;
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        checkResize(kept);
        int w = 0;
        for (int i = 0; i < length; i++) {
            if (keep[i]) {
                System.arraycopy(data, i * s, data, w * s, s);
                w++;
            }
        }
        length = w;
    }

    /** CPython's array_resize check: a length change while a view is in use is a BufferError. */
    private void checkResize(int newLength) {
        if (newLength != length && exports != null) {
            exports.checkResizable("cannot resize an array that is exporting buffers");
        }
    }

    @Override
    public synchronized int bufferLength() {
        return length * kind.size;
    }

    @Override
    public synchronized byte bufferGet(int index) {
        return data[index];
    }

    @Override
    public synchronized void bufferPut(int index, byte value) {
        data[index] = value;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public String bufferFormat() {
        return kind == ItemKind.WCHAR ? "w" : String.valueOf(kind.code);
    }

    @Override
    public int bufferItemSize() {
        return kind.size;
    }

    @Override
    public synchronized void bufferExport(org.pyston.builtins.text.PyMemoryView view) {
        if (exports == null) {
            exports = new org.pyston.builtins.text.BufferExports();
        }
        exports.add(view);
    }

    @Override
    public synchronized void bufferRelease(org.pyston.builtins.text.PyMemoryView view) {
        if (exports != null) {
            exports.remove(view);
        }
    }

    /** {@code array_iterator}: reads the live array by index, as CPython's. */
    static final class ArrayIterator implements PyIterator {
        static final PyType TYPE = PyType.builtinInModule("arrayiterator", "array", ArrayIterator.class,
                org.pyston.builtins.container.IteratorMethods.class);
        private PyArray array;
        private int index;

        ArrayIterator(PyArray array) {
            this.array = array;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            PyArray a = array;
            if (a == null) {
                return null;
            }
            synchronized (a) {
                if (index < a.length) {
                    return a.kind.get(a.data, index++);
                }
            }
            array = null;
            return null;
        }
    }
}
