package org.pyston.builtins.select;

import java.io.IOException;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.posix.PosixErrors;
import org.pyston.builtins.posix.Readiness;

/**
 * The descriptor side of {@code select}: turning a Python argument into a descriptor number
 * (CPython's {@code PyObject_AsFileDescriptor}) and asking the interpreter's descriptor table what
 * the file behind it is ready for. All readiness questions go through {@link #events}, which
 * delegates to the table entry's kind ({@link OpenFile#readiness()}): a new kind of descriptor
 * (a socket) is ready for select, poll and epoll once it answers that.
 */
final class Descriptors {
    private Descriptors() {}

    /** An int, or an object whose {@code fileno()} returns one; never negative. */
    static int fdOf(Object o) {
        long fd;
        if (IntMath.isInt(o)) {
            fd = UnaryOps.indexAsLong(o);
        } else if (!(o instanceof PyFloat) && TypeOps.typeOf(o).lookup("fileno") != null) {
            Object r = CallOps.callMethod(o, "fileno", new Object[0], null);
            if (!IntMath.isInt(r)) {
                throw PyExceptions.typeError("fileno() returned a non-integer");
            }
            fd = UnaryOps.indexAsLong(r);
        } else {
            throw PyExceptions.typeError("argument must be an int, or have a fileno() method.");
        }
        if (fd < 0) {
            throw PyExceptions.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        if (fd > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) fd;
    }

    /** poll(2)'s events for {@code fd} now, before masking; POLLNVAL when it is not open. */
    static int events(FileDescriptors table, int fd) {
        OpenFile f = table.lookup(fd);
        if (f == null) {
            return Readiness.POLLNVAL;
        }
        try {
            return f.readiness();
        } catch (IOException e) {
            return Readiness.POLLERR;
        }
    }

    /** OSError for errno with no file name. */
    static PyBaseException osError(int errno) {
        return OsErrors.error(errno, null, null);
    }

    /** The errno a Java failure stands for. */
    static int errnoOf(IOException e) {
        return PosixErrors.errnoOf(e);
    }

    /** What a blocked wait reports when its thread is interrupted. */
    static PyBaseException interrupted() {
        Thread.currentThread().interrupt();
        return PyExceptions.create(PyExceptions.KEYBOARD_INTERRUPT);
    }

    /**
     * Calls {@code check} until it returns non-null or {@code timeoutNanos} passes (negative:
     * no limit; 0: one check), sleeping on {@link Readiness} between checks. Null on timeout.
     */
    static <T> T waitFor(long timeoutNanos, java.util.function.Supplier<T> check) {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            long seen = Readiness.version();
            T r = check.get();
            if (r != null) {
                return r;
            }
            long left = timeoutNanos < 0 ? Readiness.RECHECK_NANOS : deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                Readiness.await(seen, left);
            } catch (InterruptedException e) {
                throw interrupted();
            }
        }
    }
}
