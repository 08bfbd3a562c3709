package org.pyston.builtins.posix;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An open file description: what one or more descriptors refer to (several after {@code dup},
 * {@code dup2}, or while a child process uses it). It holds the file offset, the access mode and
 * the status flags, as the kernel's does. Reference-counted: {@link #retain()} for each new
 * holder, {@link #release()} when one lets go; the underlying channel or stream is closed when
 * the last holder releases it (so a pipe reports end-of-file only when every write end is gone).
 *
 * <p>Errors are {@link ErrnoException}s (EBADF for the wrong direction, ESPIPE for a seek on a
 * pipe, EISDIR for reading a directory); other IOExceptions come from the JDK.
 */
public abstract class OpenFile {
    /** Holders (descriptors, child-process pumps); the description closes when it reaches 0. */
    private int refs = 1;
    /** O_NONBLOCK: reads of an empty pipe fail with EAGAIN instead of waiting. */
    private volatile boolean blocking = true;

    /**
     * Reads up to {@code len} bytes into {@code b[off..]}; 0 at end of file (or when {@code len}
     * is 0). Blocks until at least one byte is there, unless non-blocking (then EAGAIN).
     */
    public abstract int read(byte[] b, int off, int len) throws IOException;

    /** Writes {@code b[off..off+len)}, returning how many bytes were written (all, for files). */
    public abstract int write(byte[] b, int off, int len) throws IOException;

    /** Whether reading is allowed (O_RDONLY or O_RDWR). */
    public abstract boolean readable();

    /** Whether writing is allowed (O_WRONLY or O_RDWR). */
    public abstract boolean writable();

    /** Whether {@link #seek} works (regular files). */
    public boolean seekable() {
        return false;
    }

    /** {@code lseek}: whence 0 (SEEK_SET), 1 (SEEK_CUR), 2 (SEEK_END); the new offset. */
    public long seek(long pos, int whence) throws IOException {
        throw new ErrnoException(ErrnoException.ESPIPE);
    }

    /** The size in bytes (0 when it has none, as for pipes and terminals). */
    public long size() throws IOException {
        return 0;
    }

    /** {@code ftruncate}. */
    public void truncate(long length) throws IOException {
        throw new ErrnoException(ErrnoException.EINVAL);
    }

    /** {@code fsync}: forces written data to the device. */
    public void sync() throws IOException {
        throw new ErrnoException(ErrnoException.EINVAL);
    }

    /** Whether this is a terminal. */
    public boolean isatty() {
        return false;
    }

    /** The file system path this was opened from, or null (pipes, standard streams). */
    public Path path() {
        return null;
    }

    /**
     * The file type bits of {@code st_mode} for {@code fstat} of something without a path:
     * S_IFIFO for pipes, S_IFCHR for terminals and standard streams.
     */
    public int fileType() {
        return 0010000;
    }

    /**
     * poll(2)'s events for this file now ({@link Readiness} bits, before masking by what the
     * caller asked for): what {@code select}, {@code poll} and {@code epoll} report. The default
     * is a regular file's: always readable and writable. Kinds whose readiness changes without a
     * call here should call {@link Readiness#changed()} when it does (see its policy).
     */
    public int readiness() throws IOException {
        return Readiness.ALWAYS;
    }

    public final boolean isBlocking() {
        return blocking;
    }

    public final void setBlocking(boolean b) {
        blocking = b;
    }

    /** Adds a holder. */
    public final synchronized OpenFile retain() {
        if (refs <= 0) {
            throw new IllegalStateException("retain of a closed file description");
        }
        refs++;
        return this;
    }

    /** Drops a holder; the last one closes the underlying channel or stream. */
    public final void release() throws IOException {
        boolean last;
        synchronized (this) {
            last = --refs == 0;
        }
        if (last) {
            closeNow();
        }
    }

    /** Closes the underlying channel or stream (called once, by the last {@link #release()}). */
    protected abstract void closeNow() throws IOException;
}
