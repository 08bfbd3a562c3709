package org.pyston.builtins.io;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Truth;

/** Methods of {@code _io.BufferedRWPair}: reads go to the reader, writes to the writer. */
public final class BufferedRWPairMethods {
    private BufferedRWPairMethods() {
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyBufferedRWPair self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("BufferedRWPair", args, kwnames, 3,
                new String[] {"reader", "writer", "buffer_size"}, 2);
        Object size = p[2] == null ? PyInt.valueOf(IOModule.DEFAULT_BUFFER_SIZE) : p[2];
        PyBuffered r = new PyBuffered(PyBuffered.READER);
        BufferedCommonMethods.init(r, new Object[] {p[0], size}, null);
        PyBuffered w = new PyBuffered(PyBuffered.WRITER);
        BufferedCommonMethods.init(w, new Object[] {p[1], size}, null);
        self.reader = r;
        self.writer = w;
        return PyNone.NONE;
    }

    @PyMethod(required = 0)
    public static Object read(PyBufferedRWPair self, Object size) {
        return BufferedReaderMethods.read(self.reader(), size);
    }

    @PyMethod(required = 0)
    public static Object read1(PyBufferedRWPair self, Object size) {
        return BufferedReaderMethods.read1(self.reader(), size);
    }

    @PyMethod(required = 0)
    public static Object peek(PyBufferedRWPair self, Object size) {
        return BufferedReaderMethods.peek(self.reader(), size);
    }

    @PyMethod(required = 0)
    public static Object readline(PyBufferedRWPair self, Object size) {
        return BufferedReaderMethods.readline(self.reader(), size);
    }

    @PyMethod
    public static Object readinto(PyBufferedRWPair self, Object b) {
        return BufferedReaderMethods.readinto(self.reader(), b);
    }

    @PyMethod
    public static Object readinto1(PyBufferedRWPair self, Object b) {
        return BufferedReaderMethods.readinto1(self.reader(), b);
    }

    @PyMethod
    public static Object write(PyBufferedRWPair self, Object b) {
        self.reader();
        return BufferedWriterMethods.writeBytes(self.writer, b);
    }

    @PyMethod
    public static Object flush(PyBufferedRWPair self) {
        self.reader();
        return BufferedCommonMethods.flush(self.writer);
    }

    @PyMethod
    public static Object readable(PyBufferedRWPair self) {
        return BufferedCommonMethods.readable(self.reader());
    }

    @PyMethod
    public static Object writable(PyBufferedRWPair self) {
        self.reader();
        return BufferedCommonMethods.writable(self.writer);
    }

    @PyMethod
    public static Object isatty(PyBufferedRWPair self) {
        return PyBool.of(Truth.isTrue(BufferedCommonMethods.isatty(self.writer))
                || Truth.isTrue(BufferedCommonMethods.isatty(self.reader())));
    }

    @PyMethod
    public static Object close(PyBufferedRWPair self) {
        PyBaseException first = null;
        try {
            BufferedCommonMethods.close(self.writer);
        } catch (PyBaseException e) {
            first = e;
        }
        try {
            BufferedCommonMethods.close(self.reader());
        } catch (PyBaseException e) {
            if (first == null) {
                first = e;
            }
        }
        if (first != null) {
            throw first;
        }
        return PyNone.NONE;
    }

    @PyGetter("closed")
    public static Object closed(PyBufferedRWPair self) {
        return BufferedCommonMethods.closed(self.writer);
    }
}
