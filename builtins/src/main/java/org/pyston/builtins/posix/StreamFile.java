package org.pyston.builtins.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One of the interpreter's standard streams (descriptors 0, 1, 2): a Java input or output stream,
 * unbuffered at this level as a descriptor is. {@link #processStream()} says whether it is the
 * JVM process's own descriptor (so a child process can inherit it directly) rather than a stream
 * an embedder or the test harness handed to the interpreter.
 */
public final class StreamFile extends OpenFile {
    private final InputStream in;
    private final OutputStream out;
    private final int processFd;
    private final boolean tty;

    /**
     * @param processFd the JVM process's descriptor this stream is (0, 1, 2), or -1
     * @param tty whether it is a terminal
     */
    public StreamFile(InputStream in, OutputStream out, int processFd, boolean tty) {
        this.in = in;
        this.out = out;
        this.processFd = processFd;
        this.tty = tty;
    }

    /** The process's own descriptor number this stream writes to or reads from, or -1. */
    public int processStream() {
        return processFd;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (in == null) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        if (len == 0) {
            return 0;
        }
        if (!isBlocking() && in.available() == 0) {
            throw new ErrnoException(ErrnoException.EAGAIN);
        }
        int n = in.read(b, off, len);
        return Math.max(n, 0);
    }

    @Override
    public int write(byte[] b, int off, int len) throws IOException {
        if (out == null) {
            throw new ErrnoException(ErrnoException.EBADF);
        }
        synchronized (this) {
            out.write(b, off, len);
            out.flush();
        }
        return len;
    }

    @Override
    public boolean readable() {
        return in != null;
    }

    @Override
    public boolean writable() {
        return out != null;
    }

    @Override
    public boolean isatty() {
        return tty;
    }

    @Override
    public int fileType() {
        return tty ? 0020000 : 0010000;
    }

    @Override
    public void sync() throws IOException {
        throw new ErrnoException(ErrnoException.EINVAL);
    }

    /**
     * Output: always writable. Input: readable when bytes are buffered, or always when the
     * process's stdin is a regular file (select on a file is always ready, at end of file too).
     */
    @Override
    public int readiness() throws IOException {
        if (in == null) {
            return Readiness.WRITABLE;
        }
        if (processFd == 0 && FileDescriptors.isRegularFile(0)) {
            return Readiness.ALWAYS;
        }
        return in.available() > 0 ? Readiness.READABLE : 0;
    }

    @Override
    protected void closeNow() throws IOException {
        // The interpreter's standard streams belong to whoever made the interpreter: flush only.
        if (out != null) {
            out.flush();
        }
    }
}
