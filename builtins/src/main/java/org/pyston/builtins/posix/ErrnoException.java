package org.pyston.builtins.posix;

import java.io.IOException;

/**
 * A failed descriptor operation, carrying the Linux errno it stands for (EBADF, ESPIPE, EISDIR,
 * EPIPE, EAGAIN ...). Java code below the Python layer throws it; {@code OsErrors.errnoOf} and
 * the posix functions turn it into the matching OSError subclass.
 */
public final class ErrnoException extends IOException {
    private static final long serialVersionUID = 1L;

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int ECHILD = 10;
    public static final int EAGAIN = 11;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int ESPIPE = 29;
    public static final int EPIPE = 32;
    public static final int ENOSYS = 38;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;

    /** The errno value. */
    public final int errno;

    public ErrnoException(int errno) {
        super(null, null);
        this.errno = errno;
    }

    /** No stack: these are expected outcomes, reported as Python exceptions. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
