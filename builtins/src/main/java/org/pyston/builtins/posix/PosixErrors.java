package org.pyston.builtins.posix;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedChannelException;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.text.PyStr;

/**
 * OSError as CPython raises it from posix functions: {@code OSError(errno, strerror, filename,
 * 0, filename2)}, which picks the subclass from errno (FileNotFoundError for ENOENT ...). The
 * filenames are the str or bytes the caller passed.
 */
public final class PosixErrors {
    private PosixErrors() {}

    static PyBaseException error(int errno, Object filename, Object filename2) {
        PyStr msg = PyStr.of(OsErrors.strerror(errno));
        Object[] args = filename2 != null
                ? new Object[] {PyInt.valueOf(errno), msg, filename, PyInt.valueOf(0), filename2}
                : filename != null
                ? new Object[] {PyInt.valueOf(errno), msg, filename}
                : new Object[] {PyInt.valueOf(errno), msg};
        return (PyBaseException) CallOps.call(PyExceptions.OS_ERROR, args, null);
    }

    static PyBaseException error(int errno) {
        return error(errno, null, null);
    }

    /** The errno a Java failure stands for. */
    public static int errnoOf(IOException e) {
        if (e instanceof ErrnoException ee) {
            return ee.errno;
        }
        if (e instanceof ClosedChannelException) {
            return ErrnoException.EBADF;
        }
        if (e instanceof InterruptedIOException) {
            return ErrnoException.EINTR;
        }
        return OsErrors.errnoOf(e);
    }

    static PyBaseException fromIO(IOException e) {
        return error(errnoOf(e));
    }

    static PyBaseException fromIO(IOException e, PathArg p) {
        return error(errnoOf(e), p == null || p.isFd() ? null : p.object, null);
    }

    static PyBaseException fromIO(IOException e, PathArg p, PathArg p2) {
        return error(errnoOf(e), p.object, p2.object);
    }
}
