package org.pyston.builtins.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyByteArray;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: a buffer over a
 * raw stream. A raw {@link PyFileIO} of exactly that type is driven directly; any other raw object
 * through its Python methods ({@code readinto}, {@code write}, {@code seek}, {@code tell}).
 * Invariants: at most one of the read-ahead ({@code rbuf[rpos..rend)}) and the pending writes
 * ({@code wbuf[0..wlen)}) is non-empty, and the raw position is the logical position plus the
 * read-ahead minus the pending writes. Synchronized on the object.
 */
public final class PyBuffered extends PyIOBase {
    public static final PyType READER = PyType.builtinInModule("BufferedReader", "_io", PyBuffered.class,
            BufferedReaderMethods.class, true, PyIOBase.BUFFERED_IO_BASE);
    public static final PyType WRITER = PyType.builtinInModule("BufferedWriter", "_io", PyBuffered.class,
            BufferedWriterMethods.class, true, PyIOBase.BUFFERED_IO_BASE);
    public static final PyType RANDOM = PyType.builtinInModule("BufferedRandom", "_io", PyBuffered.class,
            BufferedRandomMethods.class, true, PyIOBase.BUFFERED_IO_BASE);

    private final PyType type;
    final boolean canRead;
    final boolean canWrite;
    Object raw;
    /** {@link #raw} when it is exactly a FileIO (driven without Python calls); null otherwise. */
    PyFileIO rawFile;
    boolean initialized;
    boolean detached;
    int bufferSize = IOModule.DEFAULT_BUFFER_SIZE;
    byte[] rbuf = new byte[0];
    int rpos;
    int rend;
    byte[] wbuf = new byte[0];
    int wlen;

    PyBuffered(PyType type) {
        super(type);
        this.type = type;
        this.canRead = type != WRITER;
        this.canWrite = type != READER;
    }

    @Override
    public PyType getType() {
        return type;
    }

    void init(Object raw, long size) {
        if (size <= 0) {
            throw PyExceptions.valueError("buffer size must be strictly positive");
        }
        this.raw = raw;
        this.rawFile = raw instanceof PyFileIO f ? f : null;
        this.bufferSize = (int) Math.min(size, 1 << 30);
        this.rbuf = new byte[canRead ? bufferSize : 0];
        this.wbuf = new byte[canWrite ? bufferSize : 0];
        this.rpos = 0;
        this.rend = 0;
        this.wlen = 0;
        this.detached = false;
        this.initialized = true;
    }

    Object raw() {
        if (detached) {
            throw PyExceptions.valueError("raw stream has been detached");
        }
        if (!initialized) {
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
        return raw;
    }

    boolean isClosed() {
        Object r = raw();
        if (rawFile != null) {
            return rawFile.isClosed();
        }
        return IOSupport.isClosed(r);
    }

    void checkOpen(String what) {
        if (isClosed()) {
            throw PyExceptions.valueError(what == null ? "I/O operation on closed file." : what);
        }
    }

    // ---- the raw stream ---------------------------------------------------------------------------

    /** Reads into {@code b}; 0 at the end, -1 when the raw stream returned None (no data now). */
    int rawRead(byte[] b, int off, int len) {
        if (rawFile != null) {
            if (!rawFile.readable) {
                throw IOSupport.unsupported("File not open for reading");
            }
            try {
                return rawFile.file().read(b, off, len);
            } catch (IOException e) {
                if (FileIOMethods.wouldBlock(e)) {
                    return -1;
                }
                throw FileIOMethods.ioError(e);
            }
        }
        PyByteArray target = new PyByteArray(new byte[len]);
        Object r = IOSupport.call(raw(), "readinto", target);
        if (r == PyNone.NONE) {
            return -1;
        }
        long n = UnaryOps.indexAsLong(r);
        if (n < 0 || n > len) {
            throw PyExceptions.osError("raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len);
        }
        System.arraycopy(target.toBytes(), 0, b, off, (int) n);
        return (int) n;
    }

    void rawWrite(byte[] b, int off, int len) {
        if (rawFile != null) {
            if (!rawFile.writable) {
                throw IOSupport.unsupported("File not open for writing");
            }
            try {
                // A pipe may take part of it (a non-blocking one: what fits now).
                while (len > 0) {
                    int n = rawFile.file().write(b, off, len);
                    off += n;
                    len -= n;
                }
            } catch (IOException e) {
                if (FileIOMethods.wouldBlock(e)) {
                    throw PyExceptions.create(PyExceptions.BLOCKING_IO_ERROR, PyInt.valueOf(11),
                            org.pyston.builtins.text.PyStr.of("write could not complete without blocking"), PyInt.valueOf(0));
                }
                throw FileIOMethods.ioError(e);
            }
            return;
        }
        while (len > 0) {
            byte[] part = off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len);
            Object r = IOSupport.call(raw(), "write", org.pyston.builtins.text.PyBytes.wrap(part));
            if (r == PyNone.NONE) {
                throw PyExceptions.create(PyExceptions.BLOCKING_IO_ERROR, PyInt.valueOf(11),
                        org.pyston.builtins.text.PyStr.of("write could not complete without blocking"), PyInt.valueOf(0));
            }
            long n = UnaryOps.indexAsLong(r);
            if (n < 0 || n > len) {
                throw PyExceptions.osError("raw write() returned invalid length %d (should have been between 0 and %d)", n, len);
            }
            off += (int) n;
            len -= (int) n;
        }
    }

    long rawSeek(long pos, int whence) {
        if (rawFile != null) {
            try {
                return rawFile.file().seek(pos, whence);
            } catch (IOException e) {
                throw FileIOMethods.ioError(e);
            }
        }
        Object r = IOSupport.call(raw(), "seek", PyInt.valueOf(pos), PyInt.valueOf(whence));
        long n = UnaryOps.indexAsLong(r);
        if (n < 0) {
            throw PyExceptions.osError("Raw stream returned invalid position %d", n);
        }
        return n;
    }

    // ---- buffer management ------------------------------------------------------------------------

    /** Writes out the pending writes. */
    void flushWrites() {
        if (wlen > 0) {
            int n = wlen;
            wlen = 0;
            rawWrite(wbuf, 0, n);
        }
    }

    /** Drops the read-ahead, moving the raw position back to the logical one. */
    void dropReadAhead() {
        int ahead = rend - rpos;
        rpos = 0;
        rend = 0;
        if (ahead > 0) {
            rawSeek(-ahead, 1);
        }
    }

    /** Refills the read buffer from the raw stream; the bytes read, 0 at the end, -1 for None. */
    int fill() {
        flushWrites();
        rpos = 0;
        rend = 0;
        int n = rawRead(rbuf, 0, rbuf.length);
        if (n > 0) {
            rend = n;
        }
        return n;
    }

    Object read(long n) {
        checkOpen(null);
        if (n < -1) {
            throw PyExceptions.valueError("read length must be non-negative or -1");
        }
        flushWrites();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int avail = rend - rpos;
        if (n >= 0 && n <= avail) {
            byte[] r = java.util.Arrays.copyOfRange(rbuf, rpos, rpos + (int) n);
            rpos += (int) n;
            return org.pyston.builtins.text.PyBytes.wrap(r);
        }
        out.write(rbuf, rpos, avail);
        rpos = rend = 0;
        if (n < 0) {
            if (rawFile == null && AttributeOps.lookupAttr(raw(), "readall") != null) {
                Object rest = IOSupport.call(raw(), "readall");
                if (rest == PyNone.NONE) {
                    return out.size() == 0 ? PyNone.NONE : org.pyston.builtins.text.PyBytes.wrap(out.toByteArray());
                }
                byte[] b = BytesSupport.need(rest);
                out.write(b, 0, b.length);
                return org.pyston.builtins.text.PyBytes.wrap(out.toByteArray());
            }
            while (true) {
                int got = fill();
                if (got <= 0) {
                    if (got < 0 && out.size() == 0) {
                        return PyNone.NONE;
                    }
                    break;
                }
                out.write(rbuf, 0, got);
                rpos = rend = 0;
            }
            return org.pyston.builtins.text.PyBytes.wrap(out.toByteArray());
        }
        while (out.size() < n) {
            int got = fill();
            if (got <= 0) {
                if (got < 0 && out.size() == 0) {
                    return PyNone.NONE;
                }
                break;
            }
            int take = (int) Math.min(got, n - out.size());
            out.write(rbuf, 0, take);
            rpos = take;
        }
        return org.pyston.builtins.text.PyBytes.wrap(out.toByteArray());
    }

    /** At most {@code n} bytes with at most one raw read. */
    byte[] read1(long n) {
        checkOpen(null);
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return new byte[0];
        }
        if (rend == rpos) {
            flushWrites();
            if (n > rbuf.length) {
                byte[] b = new byte[(int) n];
                int got = rawRead(b, 0, b.length);
                return java.util.Arrays.copyOf(b, Math.max(got, 0));
            }
            fill();
        }
        int take = (int) Math.min(n, rend - rpos);
        byte[] r = java.util.Arrays.copyOfRange(rbuf, rpos, rpos + take);
        rpos += take;
        return r;
    }

    byte[] peek() {
        checkOpen(null);
        if (rend == rpos) {
            fill();
        }
        return java.util.Arrays.copyOfRange(rbuf, rpos, rend);
    }

    byte[] readline(long limit) {
        checkOpen(null);
        flushWrites();
        ByteArrayOutputStream out = null;
        while (true) {
            int have = out == null ? 0 : out.size();
            int end = rend;
            if (limit >= 0) {
                end = (int) Math.min(rend, rpos + (limit - have));
            }
            for (int i = rpos; i < end; i++) {
                if (rbuf[i] == '\n') {
                    return takeLine(out, i + 1);
                }
            }
            if (limit >= 0 && have + (end - rpos) >= limit) {
                return takeLine(out, end);
            }
            if (out == null) {
                out = new ByteArrayOutputStream();
            }
            out.write(rbuf, rpos, rend - rpos);
            rpos = rend;
            if (fill() <= 0) {
                return out.toByteArray();
            }
        }
    }

    private byte[] takeLine(ByteArrayOutputStream out, int end) {
        byte[] r;
        if (out == null) {
            r = java.util.Arrays.copyOfRange(rbuf, rpos, end);
        } else {
            out.write(rbuf, rpos, end - rpos);
            r = out.toByteArray();
        }
        rpos = end;
        return r;
    }

    void write(byte[] b, int off, int n) {
        if (isClosed()) {
            throw PyExceptions.valueError("write to closed file");
        }
        if (rend > rpos) {
            dropReadAhead();
        }
        rpos = rend = 0;
        if (wlen + n > wbuf.length) {
            flushWrites();
            if (n >= wbuf.length) {
                rawWrite(b, off, n);
                return;
            }
        }
        System.arraycopy(b, off, wbuf, wlen, n);
        wlen += n;
    }

    long tell() {
        long pos = rawSeek(0, 1);
        return pos - (rend - rpos) + wlen;
    }

    long seek(long pos, int whence) {
        if (whence < 0 || whence > 2) {
            throw PyExceptions.valueError("whence value %d unsupported", whence);
        }
        checkOpen(null);
        flushWrites();
        if (whence == 1) {
            pos -= rend - rpos;
        }
        rpos = rend = 0;
        return rawSeek(pos, whence);
    }
}
