package org.pyston.builtins.socket;

import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;

/**
 * {@code select.select} over socket descriptors: each socket's channel is registered with one
 * {@link Selector} for the call (OP_READ or OP_ACCEPT for reading, OP_WRITE or OP_CONNECT for
 * writing), so the wait is the kernel's epoll, not polling. Sockets never report exceptional
 * conditions (no out-of-band data in java.nio), so the third list comes back empty.
 * The select module calls this when every descriptor it is given is a socket.
 */
public final class SocketReadiness {
    private SocketReadiness() {}

    /** CPython's PyObject_AsFileDescriptor: an int, or the int its fileno() returns. */
    static int fdOf(Object o) {
        Object u = PyInstance.unwrap(o);
        long fd;
        if (IntMath.isInt(u)) {
            fd = UnaryOps.indexAsLong(u);
        } else {
            if (TypeOps.typeOf(o).lookup("fileno") == null) {
                throw PyExceptions.typeError("argument must be an int, or have a fileno() method.");
            }
            Object r = PyInstance.unwrap(CallOps.callMethod(o, "fileno", new Object[0], null));
            if (!IntMath.isInt(r)) {
                throw PyExceptions.typeError("fileno() returned a non-integer");
            }
            fd = UnaryOps.indexAsLong(r);
        }
        if (fd < 0) {
            throw PyExceptions.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        return (int) fd;
    }

    /**
     * Whether every entry names a socket descriptor (or none that is open: select then fails
     * with EBADF, as the kernel's does), and at least one is a socket.
     */
    public static boolean allSockets(Object[]... lists) {
        FileDescriptors fds = FileDescriptors.current();
        boolean any = false;
        for (Object[] list : lists) {
            for (Object o : list) {
                OpenFile f = fds.lookup(fdOf(o));
                if (f != null && !(f instanceof SocketFile)) {
                    return false;
                }
                any |= f != null;
            }
        }
        return any;
    }

    /** select(rlist, wlist, xlist, timeout) on sockets; {@code seconds} &lt; 0 waits for ever. */
    public static PyTuple select(Object[] rlist, Object[] wlist, Object[] xlist, double seconds) {
        FileDescriptors fds = FileDescriptors.current();
        try (Selector sel = Selector.open()) {
            Map<SocketFile, SelectionKey> keys = new IdentityHashMap<>();
            boolean readyNow = false;
            for (int pass = 0; pass < 2; pass++) {
                for (Object o : pass == 0 ? rlist : wlist) {
                    SocketFile f = (SocketFile) fds.lookup(fdOf(o));
                    if (f == null) {
                        throw SocketErrors.error(9);
                    }
                    int ops = pass == 0 ? f.readInterest() : f.writeInterest();
                    if (pass == 0 ? f.hasPeeked() : f.isUnconnectedStream()) {
                        readyNow = true;
                    }
                    SelectionKey k = keys.get(f);
                    if (k == null) {
                        k = ((SelectableChannel) f.channel()).register(sel, ops);
                        keys.put(f, k);
                    } else {
                        k.interestOps(k.interestOps() | ops);
                    }
                }
            }
            if (readyNow || seconds == 0) {
                sel.selectNow();
            } else if (seconds < 0) {
                while (sel.select() == 0) {
                    // woken without a ready channel: wait again
                }
            } else {
                long deadline = System.nanoTime() + (long) (seconds * 1e9);
                while (true) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || sel.select(Math.max(1, (left + 999_999) / 1_000_000)) > 0) {
                        break;
                    }
                }
            }
            return PyTuple.of(ready(rlist, fds, keys, true), ready(wlist, fds, keys, false), PyList.of());
        } catch (IOException e) {
            throw SocketErrors.fromIO(e);
        }
    }

    private static PyList ready(Object[] list, FileDescriptors fds, Map<SocketFile, SelectionKey> keys, boolean read) {
        List<Object> out = new ArrayList<>();
        for (Object o : list) {
            OpenFile of = fds.lookup(fdOf(o));
            if (!(of instanceof SocketFile f)) {
                continue;
            }
            SelectionKey k = keys.get(f);
            boolean ok;
            if (read) {
                ok = f.hasPeeked() || k.isValid() && (k.readyOps() & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0;
            } else {
                ok = f.isUnconnectedStream()
                        || k.isValid() && (k.readyOps() & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0;
            }
            if (ok) {
                out.add(o);
            }
        }
        return PyList.of(out.toArray());
    }
}
