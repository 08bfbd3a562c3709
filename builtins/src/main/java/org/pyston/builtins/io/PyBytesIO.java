package org.pyston.builtins.io;

import org.pyston.builtins.object.PyType;

/** {@code _io.BytesIO}: an in-memory binary stream over a growable byte array. Synchronized on the object. */
public final class PyBytesIO extends PyIOBase {
    public static final PyType TYPE = PyType.builtinInModule("BytesIO", "_io", PyBytesIO.class, BytesIOMethods.class,
            true, PyIOBase.BUFFERED_IO_BASE);

    byte[] buf = new byte[0];
    int len;
    int pos;
    boolean closed;

    PyBytesIO() {
        super(TYPE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    void write(byte[] b, int off, int n) {
        if (n == 0) {
            return;
        }
        int end = pos + n;
        if (end > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > len) {
            java.util.Arrays.fill(buf, len, pos, (byte) 0);
        }
        System.arraycopy(b, off, buf, pos, n);
        pos = end;
        if (end > len) {
            len = end;
        }
    }
}
