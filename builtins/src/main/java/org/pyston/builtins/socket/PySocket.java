package org.pyston.builtins.socket;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;

/**
 * {@code _socket.socket}: a descriptor number in the interpreter's {@link FileDescriptors} table
 * (whose entry is a {@link SocketFile}), the family/type/proto it was made with, and its timeout.
 * As in CPython the timeout belongs to the object, not the descriptor: None (-1) blocks, 0 never
 * waits, a positive number of seconds waits at most that long. {@code socket.socket} subclasses it
 * in Python. Methods are in {@link SocketMethods}.
 */
public final class PySocket implements PyObject {
    /** {@code _socket.socket}. */
    public static final PyType TYPE = PyType.builtinSubclassableInModule("socket", "_socket", PySocket.class,
            SocketMethods.class);

    /** The descriptor, -1 once closed or detached. */
    volatile int fd = -1;
    int family = SocketFile.AF_INET;
    int type = SocketFile.SOCK_STREAM;
    int proto;
    /** Seconds; -1 for None (blocking). */
    volatile double timeout = -1;

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The timeout in nanoseconds as {@link SocketFile} takes it (-1: wait forever). */
    long timeoutNanos() {
        double t = timeout;
        return t < 0 ? -1 : (long) Math.ceil(t * 1e9);
    }

    /** The open socket, or OSError EBADF once closed (or when the descriptor is no longer a socket). */
    SocketFile file() {
        int n = fd;
        OpenFile f = n < 0 ? null : FileDescriptors.current().lookup(n);
        if (f instanceof SocketFile s) {
            return s;
        }
        throw SocketErrors.error(n >= 0 && f != null ? SocketFile.ENOTSOCK : 9);
    }
}
