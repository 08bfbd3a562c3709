package org.pyston.builtins.text;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code memoryview}: a live, possibly strided and multi-dimensional window onto the buffer
 * of a {@link BufferExporter} (bytes, bytearray, array.array), read and written in items of a
 * native struct format. Item {@code (i0, .., ik)} lies at byte {@code offset + sum(i_j * strides[j])}
 * of the exporter. Invariant: while the view is not released, that range lies inside the buffer,
 * because the exporter refuses to resize while the view is registered with it.
 */
public final class PyMemoryView implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    /** Python's {@code memoryview}. */
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, MemoryViewMethods.class, false).withCollectionFlag(PyType.SEQUENCE_FLAG);

    /** The exporting object (what {@code .obj} returns). */
    final BufferExporter base;
    /** Byte offset of the first item in the base buffer. */
    final int offset;
    /** The format as given ({@code "i"} or {@code "@i"}). */
    final String format;
    /** The native item character of {@link #format}, or 0 when it is none that we can read. */
    final char item;
    final int itemsize;
    /** Items along each dimension (length ndim; empty for a 0-dim view). */
    final int[] shape;
    /** Bytes between consecutive items along each dimension. */
    final int[] strides;
    final boolean readonly;
    /** Set by release(); every later use but repr and release is a ValueError. */
    volatile boolean released;

    PyMemoryView(BufferExporter base, int offset, String format, int itemsize, int[] shape, int[] strides,
            boolean readonly) {
        this.base = base;
        this.offset = offset;
        this.format = format;
        this.item = BufferFormat.nativeChar(format);
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
        base.bufferExport(this);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Number of items (product of the shape). */
    int count() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** The viewed bytes in C (row-major) order, copied. */
    public byte[] toBytes() {
        MemoryViewMethods.checkReleased(this);
        return copyBytes(false);
    }

    /** The viewed bytes in C order, or in Fortran (column-major) order when {@code fortran}. */
    byte[] copyBytes(boolean fortran) {
        int n = count();
        byte[] out = new byte[n * itemsize];
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int k = 0; k < n; k++) {
            int at = offset;
            for (int d = 0; d < nd; d++) {
                at += idx[d] * strides[d];
            }
            for (int b = 0; b < itemsize; b++) {
                out[k * itemsize + b] = base.bufferGet(at + b);
            }
            // advance the index: last dimension fastest (C) or first fastest (Fortran)
            for (int j = 0; j < nd; j++) {
                int d = fortran ? j : nd - 1 - j;
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
        return out;
    }

    /** The bytes of the item at byte position {@code at}. */
    byte[] itemBytes(int at) {
        byte[] b = new byte[itemsize];
        for (int k = 0; k < itemsize; k++) {
            b[k] = base.bufferGet(at + k);
        }
        return b;
    }

    void putBytes(int at, byte[] b) {
        for (int k = 0; k < b.length; k++) {
            base.bufferPut(at + k, b[k]);
        }
    }

    /** Whether the strides are those of a C-ordered (or, when {@code fortran}, F-ordered) dense array. */
    boolean contiguous(boolean fortran) {
        if (count() == 0) {
            return true;
        }
        int expect = itemsize;
        int nd = shape.length;
        for (int j = 0; j < nd; j++) {
            int d = fortran ? j : nd - 1 - j;
            if (shape[d] > 1 && strides[d] != expect) {
                return false;
            }
            expect *= shape[d];
        }
        return true;
    }

    /** Whether writes through this view are refused. */
    public boolean isReadonly() {
        return readonly;
    }

    /** The size of the viewed data in bytes. */
    public int nbytes() {
        MemoryViewMethods.checkReleased(this);
        return count() * itemsize;
    }

    /**
     * Writes raw bytes at a byte position of a C-contiguous view, whatever its format (as C code
     * writing into a Py_buffer does, e.g. struct.pack_into); TypeError when the view is read-only.
     */
    public void writeBytes(int at, byte[] data) {
        MemoryViewMethods.checkReleased(this);
        if (readonly) {
            throw org.pyston.builtins.exception.PyExceptions.typeError("cannot modify read-only memory");
        }
        if (!contiguous(false)) {
            throw org.pyston.builtins.exception.PyExceptions.bufferError("memoryview: underlying buffer is not C-contiguous");
        }
        putBytes(offset + at, data);
    }
}
