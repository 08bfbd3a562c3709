package org.pyston.builtins.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

import org.pyston.builtins.binascii.Checksums;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;

/**
 * {@code zlib.Compress}, what {@code zlib.compressobj()} returns: a {@link Deflater} plus, for
 * gzip output, the header written before the first bytes and the CRC-32/length trailer written at
 * {@code flush(Z_FINISH)}. Invariant: once finished, the deflater is ended and every further
 * compress/flush fails as CPython's does on an ended stream.
 */
public final class PyCompress implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("Compress", "zlib", PyCompress.class, PyCompress.class);

    private final Deflater deflater;
    private final WindowBits format;
    private final int level;
    private final int strategy;
    private boolean headerWritten;
    private boolean finished;
    private int crc;
    private long isize;

    PyCompress(int level, WindowBits format, int strategy, byte[] zdict) {
        this.deflater = new Deflater(level, format != WindowBits.ZLIB);
        this.format = format;
        this.level = level;
        this.strategy = strategy;
        deflater.setStrategy(strategy == ZlibModule.Z_FILTERED ? Deflater.FILTERED
                : strategy == ZlibModule.Z_HUFFMAN_ONLY ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
        headerWritten = format != WindowBits.GZIP;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The whole of {@code data} compressed as one stream (what zlib.compress does). */
    static byte[] oneShot(byte[] data, int level, WindowBits format) {
        PyCompress c = new PyCompress(level, format, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        c.feed(data, out);
        c.finish(out);
        return out.toByteArray();
    }

    private void feed(byte[] data, ByteArrayOutputStream out) {
        if (!headerWritten) {
            out.writeBytes(GzipFraming.header(level < 0 ? 6 : level, strategy));
            headerWritten = true;
        }
        if (format == WindowBits.GZIP) {
            crc = Checksums.crc32(crc, data, 0, data.length);
            isize += data.length;
        }
        deflater.setInput(data);
        byte[] buf = new byte[8192];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
    }

    private void finish(ByteArrayOutputStream out) {
        if (!headerWritten) {
            feed(new byte[0], out);
        }
        deflater.finish();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            out.write(buf, 0, n);
        }
        if (format == WindowBits.GZIP) {
            out.writeBytes(GzipFraming.trailer(crc, isize));
        }
        deflater.end();
        finished = true;
    }

    @PyMethod
    public static Object compress(PyCompress self, Object data) {
        byte[] b = BytesSupport.need(data);
        synchronized (self) {
            if (self.finished) {
                throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            self.feed(b, out);
            return PyBytes.wrap(out.toByteArray());
        }
    }

    @PyMethod(required = 0)
    public static Object flush(PyCompress self, Object modeObj) {
        long mode = modeObj == null ? ZlibModule.Z_FINISH : UnaryOps.indexAsLong(modeObj);
        if (mode == ZlibModule.Z_NO_FLUSH) {
            return PyBytes.EMPTY;
        }
        synchronized (self) {
            if (self.finished || mode < 0 || mode > 6) {
                throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (mode == ZlibModule.Z_FINISH) {
                self.finish(out);
            } else if (mode == ZlibModule.Z_SYNC_FLUSH || mode == ZlibModule.Z_FULL_FLUSH) {
                self.feed(new byte[0], out);
                int how = mode == ZlibModule.Z_SYNC_FLUSH ? Deflater.SYNC_FLUSH : Deflater.FULL_FLUSH;
                byte[] buf = new byte[8192];
                int n;
                do {
                    n = self.deflater.deflate(buf, 0, buf.length, how);
                    out.write(buf, 0, n);
                } while (n == buf.length);
            } else {
                throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                        "zlib flush mode %d (Z_PARTIAL_FLUSH, Z_BLOCK, Z_TREES) is not supported by java.util.zip", mode);
            }
            return PyBytes.wrap(out.toByteArray());
        }
    }

    @PyMethod
    public static Object copy(PyCompress self) {
        throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                "zlib.Compress.copy() is not supported: java.util.zip.Deflater cannot be copied");
    }

    @PyMethod(name = "__copy__")
    public static Object copyDunder(PyCompress self) {
        return copy(self);
    }

    @PyMethod(name = "__deepcopy__")
    public static Object deepcopy(PyCompress self, Object memo) {
        return copy(self);
    }
}
