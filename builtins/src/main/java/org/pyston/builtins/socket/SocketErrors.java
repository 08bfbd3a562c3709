package org.pyston.builtins.socket;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The exceptions {@code _socket} raises: OSError with errno and strerror as the kernel's (the
 * subclass follows errno, so ECONNREFUSED is ConnectionRefusedError), {@code socket.timeout}
 * (TimeoutError "timed out"), and the module's own {@code gaierror}/{@code herror}, made once per
 * interpreter as {@code socket.gaierror} is a class of each interpreter's {@code _socket}.
 */
final class SocketErrors {
    private SocketErrors() {}

    /** A socket kind or address family Java offers no channel for: errno plus a message naming it. */
    static final class Unsupported extends IOException {
        private static final long serialVersionUID = 1L;
        final int errno;

        Unsupported(int errno, String message) {
            super(message, null);
            this.errno = errno;
        }
    }

    /** The per-interpreter exception classes. */
    record Types(PyType gaierror, PyType herror) {}

    static Types types() {
        return Interpreter.current().moduleState(SocketErrors.class, () -> new Types(
                org.pyston.builtins.binascii.BinasciiModule.newException("gaierror", "socket", PyExceptions.OS_ERROR),
                org.pyston.builtins.binascii.BinasciiModule.newException("herror", "socket", PyExceptions.OS_ERROR)));
    }

    /** The errno a failed socket operation stands for. */
    static int errnoOf(IOException e) {
        if (e instanceof ErrnoException ee) {
            return ee.errno;
        }
        if (e instanceof Unsupported u) {
            return u.errno;
        }
        if (e instanceof ClosedChannelException) {
            return ErrnoException.EBADF;
        }
        if (e instanceof ConnectException && e.getMessage() != null && e.getMessage().contains("refused")) {
            return 111;
        }
        if (e instanceof PortUnreachableException) {
            return 111;
        }
        if (e instanceof NoRouteToHostException) {
            return 113;
        }
        if (e instanceof BindException && e.getMessage() != null && e.getMessage().contains("in use")) {
            return 98;
        }
        if (e instanceof InterruptedIOException) {
            return ErrnoException.EINTR;
        }
        return OsErrors.errnoOf(e);
    }

    /** The Python exception for a failed socket operation. */
    static PyBaseException fromIO(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return timeout();
        }
        if (e instanceof Unsupported u) {
            return (PyBaseException) CallOps.call(PyExceptions.OS_ERROR,
                    new Object[] {PyInt.valueOf(u.errno), PyStr.of(u.getMessage())}, null);
        }
        return error(errnoOf(e));
    }

    /** OSError(errno, strerror(errno)), as the matching subclass. */
    static PyBaseException error(int errno) {
        return (PyBaseException) CallOps.call(PyExceptions.OS_ERROR,
                new Object[] {PyInt.valueOf(errno), PyStr.of(OsErrors.strerror(errno))}, null);
    }

    /** OSError with a message only (CPython's inet_aton/inet_pton failures). */
    static PyBaseException message(String msg) {
        return PyExceptions.withMessage(PyExceptions.OS_ERROR, msg);
    }

    /** {@code socket.timeout('timed out')}. */
    static PyBaseException timeout() {
        return PyExceptions.withMessage(PyExceptions.TIMEOUT_ERROR, "timed out");
    }

    /** {@code socket.gaierror(code, message)} with glibc's gai_strerror text. */
    static PyBaseException gaierror(int code) {
        String msg = switch (code) {
            case -1 -> "Bad value for ai_flags";
            case -2 -> "Name or service not known";
            case -3 -> "Temporary failure in name resolution";
            case -4 -> "Non-recoverable failure in name resolution";
            case -6 -> "ai_family not supported";
            case -7 -> "ai_socktype not supported";
            case -8 -> "Servname not supported for ai_socktype";
            case -9 -> "Address family for hostname not supported";
            case -10 -> "Memory allocation failure";
            case -11 -> "System error";
            case -5 -> "No address associated with hostname";
            default -> "Unknown error";
        };
        return (PyBaseException) CallOps.call(types().gaierror(),
                new Object[] {PyInt.valueOf(code), PyStr.of(msg)}, null);
    }

    /** {@code socket.herror(1, 'Unknown host')} (h_errno HOST_NOT_FOUND). */
    static PyBaseException unknownHost() {
        return (PyBaseException) CallOps.call(types().herror(),
                new Object[] {PyInt.valueOf(1), PyStr.of("Unknown host")}, null);
    }
}
