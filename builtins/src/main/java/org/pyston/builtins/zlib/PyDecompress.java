package org.pyston.builtins.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;

/**
 * {@code zlib.Decompress}, what {@code zlib.decompressobj()} returns: an {@link Inflation} plus
 * CPython's bookkeeping of the input it did not use: {@code unconsumed_tail} (input left over
 * because {@code max_length} was reached) and {@code unused_data} (input after the end of the
 * stream, accumulated over calls).
 */
public final class PyDecompress implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("Decompress", "zlib", PyDecompress.class, PyDecompress.class);

    private final Inflation inflation;
    private byte[] unusedData = new byte[0];
    private byte[] unconsumedTail = new byte[0];

    PyDecompress(WindowBits format, byte[] zdict) {
        this.inflation = new Inflation(format, zdict);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The whole of {@code data} decompressed as one stream (what zlib.decompress does). */
    static byte[] oneShot(byte[] data, WindowBits format, int bufsize) {
        Inflation inf = new Inflation(format, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(bufsize, 1));
        try {
            inf.run(data, out, 0);
        } catch (Inflation.ZlibFailure f) {
            throw ZlibModule.failure(f, "while decompressing data");
        } finally {
            inf.end();
        }
        if (!inf.eof()) {
            throw ZlibModule.error("Error -5 while decompressing data: incomplete or truncated stream");
        }
        return out.toByteArray();
    }

    /** Runs the inflation over {@code data} and files the unused input as CPython's save_unconsumed_input. */
    private byte[] step(byte[] data, int maxLength, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int left;
        try {
            left = inflation.run(data, out, maxLength);
        } catch (Inflation.ZlibFailure f) {
            throw ZlibModule.failure(f, what);
        }
        byte[] rest = Arrays.copyOfRange(data, data.length - left, data.length);
        if (inflation.eof()) {
            if (left > 0) {
                byte[] u = Arrays.copyOf(unusedData, unusedData.length + left);
                System.arraycopy(rest, 0, u, unusedData.length, left);
                unusedData = u;
            }
        }
        // as CPython, the leftover stays in unconsumed_tail too, even after the end of the stream
        unconsumedTail = rest;
        return out.toByteArray();
    }

    @PyMethod(general = true)
    public static Object decompress(PyDecompress self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("decompress", args, kwnames, 2, new String[] {"data", "max_length"}, 1);
        byte[] data = BytesSupport.need(p[0]);
        long max = p[1] == null ? 0 : UnaryOps.indexAsLong(p[1]);
        if (max < 0) {
            throw PyExceptions.valueError("max_length must be non-negative");
        }
        synchronized (self) {
            return PyBytes.wrap(self.step(data, (int) Math.min(max, Integer.MAX_VALUE), "while decompressing data"));
        }
    }

    @PyMethod(required = 0)
    public static Object flush(PyDecompress self, Object lengthObj) {
        long length = lengthObj == null ? ZlibModule.DEF_BUF_SIZE : UnaryOps.indexAsLong(lengthObj);
        if (length <= 0) {
            throw PyExceptions.valueError("length must be greater than zero");
        }
        synchronized (self) {
            return PyBytes.wrap(self.step(self.unconsumedTail, 0, "while flushing"));
        }
    }

    @PyGetter("unused_data")
    public static Object unusedData(PyDecompress self) {
        synchronized (self) {
            return PyBytes.wrap(self.unusedData.clone());
        }
    }

    @PyGetter("unconsumed_tail")
    public static Object unconsumedTail(PyDecompress self) {
        synchronized (self) {
            return PyBytes.wrap(self.unconsumedTail.clone());
        }
    }

    @PyGetter("eof")
    public static Object eof(PyDecompress self) {
        return PyBool.of(self.inflation.eof());
    }

    @PyMethod
    public static Object copy(PyDecompress self) {
        throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                "zlib.Decompress.copy() is not supported: java.util.zip.Inflater cannot be copied");
    }

    @PyMethod(name = "__copy__")
    public static Object copyDunder(PyDecompress self) {
        return copy(self);
    }

    @PyMethod(name = "__deepcopy__")
    public static Object deepcopy(PyDecompress self, Object memo) {
        return copy(self);
    }
}
