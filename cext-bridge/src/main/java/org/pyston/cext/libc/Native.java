package org.pyston.cext.libc;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.module.OsErrors;

/**
 * The C library, loaded on first use: loading jnr-ffi and jffi's native stub costs tens of
 * milliseconds, which start-up must not pay, so the binding sits in a holder class that the JVM
 * initialises the first time a native module calls {@link #libc()}. Also errno after a call.
 */
public final class Native {
    private Native() {}

    private static final class Holder {
        static final LibC LIBC = jnr.ffi.LibraryLoader.create(LibC.class).load("c");
        static final jnr.ffi.Runtime RUNTIME = jnr.ffi.Runtime.getRuntime(LIBC);
    }

    /** The bound C library. */
    public static LibC libc() {
        return Holder.LIBC;
    }

    /** errno as the last call on this thread left it. */
    public static int errno() {
        return Holder.RUNTIME.getLastError();
    }

    /** OSError(errno, strerror) for the last failed call (CPython's PyErr_SetFromErrno). */
    public static PyBaseException osError() {
        return OsErrors.error(errno(), null, null);
    }

    /** Whether the last failed call was interrupted (EINTR), so the caller retries as CPython does. */
    public static boolean interrupted() {
        return errno() == 4;
    }
}
