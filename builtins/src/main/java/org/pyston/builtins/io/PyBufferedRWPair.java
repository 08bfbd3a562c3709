package org.pyston.builtins.io;

import org.pyston.builtins.object.PyType;

/** {@code _io.BufferedRWPair}: a BufferedReader and a BufferedWriter over two raw streams, used as one. */
public final class PyBufferedRWPair extends PyIOBase {
    public static final PyType TYPE = PyType.builtinInModule("BufferedRWPair", "_io", PyBufferedRWPair.class,
            BufferedRWPairMethods.class, true, PyIOBase.BUFFERED_IO_BASE);

    PyBuffered reader;
    PyBuffered writer;

    PyBufferedRWPair() {
        super(TYPE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    PyBuffered reader() {
        if (reader == null) {
            throw org.pyston.builtins.exception.PyExceptions.valueError("I/O operation on uninitialized object");
        }
        return reader;
    }
}
