package org.pyston.builtins.text;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code memoryview} over bytes or bytearray, format 'B' (unsigned bytes): a window
 * (start, step, length) into the underlying object, so writes through a bytearray show through.
 * Invariant: the window lies inside the object as long as the object is not resized.
 */
public final class PyMemoryView implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    /** Python's {@code memoryview}. */
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, MemoryViewMethods.class, false);

    /** The exporting object: a PyBytes or PyByteArray. */
    final Object obj;
    final int start;
    final int step;
    final int length;
    /** 'B' or 'c' (cast). */
    final String format;
    boolean released;

    PyMemoryView(Object obj, int start, int step, int length, String format) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.format = format;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The viewed bytes, copied. */
    public byte[] toBytes() {
        MemoryViewMethods.checkReleased(this);
        byte[] src = obj instanceof PyBytes b ? b.value : ((PyByteArray) obj).toBytes();
        byte[] out = new byte[length];
        for (int i = 0, j = start; i < length; i++, j += step) {
            out[i] = src[j];
        }
        return out;
    }
}
