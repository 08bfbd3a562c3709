package org.pyston.builtins.posix;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * {@code os.pipe()}: a bounded in-memory byte queue with a read end and a write end, each an
 * {@link OpenFile}. POSIX semantics: a read waits for data and returns 0 (end of file) once every
 * write end is closed; a write waits while the buffer is full and fails with EPIPE once every read
 * end is closed; O_NONBLOCK turns both waits into EAGAIN. The capacity is Linux's default pipe
 * size, so programs that rely on a full pipe blocking behave the same.
 */
public final class Pipe {
    /** Linux's default pipe capacity. */
    static final int CAPACITY = 65536;

    private final byte[] buf = new byte[CAPACITY];
    /** Index of the next byte to read; {@link #count} bytes follow it (circularly). */
    private int head;
    private int count;
    private boolean readerOpen = true;
    private boolean writerOpen = true;

    /** The read end. */
    public final OpenFile reader = new End(true);
    /** The write end. */
    public final OpenFile writer = new End(false);

    private synchronized int take(byte[] b, int off, int len, boolean blocking) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (count == 0) {
            if (!writerOpen) {
                return 0;
            }
            if (!blocking) {
                throw new ErrnoException(ErrnoException.EAGAIN);
            }
            await();
        }
        int n = Math.min(len, count);
        for (int i = 0; i < n; i++) {
            b[off + i] = buf[(head + i) % CAPACITY];
        }
        head = (head + n) % CAPACITY;
        count -= n;
        notifyAll();
        Readiness.changed();
        return n;
    }

    private synchronized int put(byte[] b, int off, int len, boolean blocking) throws IOException {
        int done = 0;
        while (done < len) {
            if (!readerOpen) {
                if (done > 0) {
                    return done;
                }
                throw new ErrnoException(ErrnoException.EPIPE);
            }
            if (count == CAPACITY) {
                if (!blocking) {
                    if (done > 0) {
                        return done;
                    }
                    throw new ErrnoException(ErrnoException.EAGAIN);
                }
                await();
                continue;
            }
            int n = Math.min(len - done, CAPACITY - count);
            int tail = (head + count) % CAPACITY;
            for (int i = 0; i < n; i++) {
                buf[(tail + i) % CAPACITY] = b[off + done + i];
            }
            count += n;
            done += n;
            notifyAll();
            Readiness.changed();
        }
        return done;
    }

    private void await() throws InterruptedIOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private synchronized void closeEnd(boolean readEnd) {
        if (readEnd) {
            readerOpen = false;
        } else {
            writerOpen = false;
        }
        notifyAll();
        Readiness.changed();
    }

    /** Linux's pipe_poll: the read end is readable with data, hung up once no writer is left. */
    private synchronized int readEndReadiness() {
        return (count > 0 ? Readiness.READABLE : 0) | (writerOpen ? 0 : Readiness.POLLHUP);
    }

    /** Linux's pipe_poll: the write end is writable with room, in error once no reader is left. */
    private synchronized int writeEndReadiness() {
        return (count < CAPACITY ? Readiness.WRITABLE : 0) | (readerOpen ? 0 : Readiness.POLLERR);
    }

    /** One end of the pipe. */
    private final class End extends OpenFile {
        private final boolean readEnd;

        End(boolean readEnd) {
            this.readEnd = readEnd;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (!readEnd) {
                throw new ErrnoException(ErrnoException.EBADF);
            }
            return take(b, off, len, isBlocking());
        }

        @Override
        public int write(byte[] b, int off, int len) throws IOException {
            if (readEnd) {
                throw new ErrnoException(ErrnoException.EBADF);
            }
            return put(b, off, len, isBlocking());
        }

        @Override
        public boolean readable() {
            return readEnd;
        }

        @Override
        public boolean writable() {
            return !readEnd;
        }

        @Override
        public int readiness() {
            return readEnd ? readEndReadiness() : writeEndReadiness();
        }

        @Override
        protected void closeNow() {
            closeEnd(readEnd);
        }
    }
}
