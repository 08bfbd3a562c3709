package org.pyston.builtins.select;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.Readiness;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.socket.SocketReadiness;

/**
 * The {@code select} module over the interpreter's descriptor table: {@code select()},
 * {@code poll()} ({@link PyPoll}) and {@code epoll} ({@link PyEpoll}), all with Linux's
 * semantics as CPython exposes them. Readiness comes from each descriptor's kind
 * ({@link Descriptors#events}): regular files are always ready, a pipe's read end is readable
 * when it holds data or every writer is gone (so a child's stdout is too), a write end is
 * writable while it has room. Waits sleep on {@link Readiness}, so a pipe write wakes them.
 */
public final class SelectModule {
    private SelectModule() {}

    /** select(2)'s FD_SETSIZE: descriptors at or above it are refused, as CPython does. */
    static final int FD_SETSIZE = 1024;

    /** Builds {@code select} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("select");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(SelectModule.class, "select", d);
        d.putStr("error", PyExceptions.OS_ERROR);
        d.putStr("PIPE_BUF", new PyInt(4096));
        String[] names = {"POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL", "POLLRDNORM",
            "POLLRDBAND", "POLLWRNORM", "POLLWRBAND", "POLLMSG", "POLLRDHUP"};
        int[] values = {Readiness.POLLIN, Readiness.POLLPRI, Readiness.POLLOUT, Readiness.POLLERR, Readiness.POLLHUP,
            Readiness.POLLNVAL, Readiness.POLLRDNORM, Readiness.POLLRDBAND, Readiness.POLLWRNORM,
            Readiness.POLLWRBAND, Readiness.POLLMSG, Readiness.POLLRDHUP};
        for (int i = 0; i < names.length; i++) {
            d.putStr(names[i], new PyInt(values[i]));
            if (!names[i].equals("POLLNVAL")) {
                d.putStr("E" + names[i], new PyInt(values[i]));
            }
        }
        PyEpoll.addConstants(d);
        d.putStr("epoll", PyEpoll.TYPE);
        return m;
    }

    private static Object[] sequence(Object o) {
        if (TypeOps.typeOf(o).lookup("__iter__") == null && TypeOps.typeOf(o).lookup("__getitem__") == null) {
            throw PyExceptions.typeError("arguments 1-3 must be sequences");
        }
        return IterOps.toArray(o);
    }

    /** select()'s timeout in nanoseconds: -1 for None (CPython's _PyTime_FromSecondsObject checks). */
    private static long selectTimeout(Object timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            return -1;
        }
        double seconds;
        if (timeout instanceof PyFloat f) {
            seconds = f.value;
            if (Double.isNaN(seconds)) {
                throw PyExceptions.valueError("Invalid value NaN (not a number)");
            }
        } else if (IntMath.isInt(timeout)) {
            seconds = IntMath.toDouble(timeout);
        } else {
            throw PyExceptions.typeError("timeout must be a float or None");
        }
        if (Math.abs(seconds) * 1e9 >= 9.223372036854776E18) {
            throw PyExceptions.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        if (seconds < 0) {
            throw PyExceptions.valueError("timeout must be non-negative");
        }
        return (long) Math.ceil(seconds * 1e9);
    }

    private static int[] selectFds(Object[] objs) {
        int[] fds = new int[objs.length];
        for (int i = 0; i < objs.length; i++) {
            fds[i] = Descriptors.fdOf(objs[i]);
            if (fds[i] >= FD_SETSIZE) {
                throw PyExceptions.valueError("filedescriptor out of range in select()");
            }
        }
        return fds;
    }

    @PyMethod(required = 3)
    public static Object select(Object rlist, Object wlist, Object xlist, Object timeout) {
        long nanos = selectTimeout(timeout);
        Object[][] objs = {sequence(rlist), sequence(wlist), sequence(xlist)};
        // ---- socket descriptors: readiness through a java.nio Selector (see SocketReadiness) ----
        if (SocketReadiness.allSockets(objs[0], objs[1], objs[2])) {
            return SocketReadiness.select(objs[0], objs[1], objs[2], nanos < 0 ? -1 : nanos / 1e9);
        }
        // ---- end of socket descriptors ----
        int[][] fds = {selectFds(objs[0]), selectFds(objs[1]), selectFds(objs[2])};
        int[] wanted = {Readiness.SELECT_READ, Readiness.SELECT_WRITE, Readiness.SELECT_EXCEPT};
        FileDescriptors table = FileDescriptors.current();
        if (fds[0].length + fds[1].length + fds[2].length == 0 && nanos < 0) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "select.select() with nothing to wait on and no timeout would block forever");
        }
        PyTuple ready = Descriptors.waitFor(nanos, () -> {
            List<List<Object>> found = new ArrayList<>();
            boolean any = false;
            for (int k = 0; k < 3; k++) {
                List<Object> l = new ArrayList<>();
                for (int i = 0; i < fds[k].length; i++) {
                    int ev = Descriptors.events(table, fds[k][i]);
                    if (ev == Readiness.POLLNVAL) {
                        throw Descriptors.osError(ErrnoException.EBADF);
                    }
                    if ((ev & wanted[k]) != 0) {
                        l.add(objs[k][i]);
                        any = true;
                    }
                }
                found.add(l);
            }
            return any ? PyTuple.of(PyList.of(found.get(0).toArray()), PyList.of(found.get(1).toArray()),
                    PyList.of(found.get(2).toArray())) : null;
        });
        return ready != null ? ready : PyTuple.of(PyList.of(), PyList.of(), PyList.of());
    }

    @PyMethod
    public static Object poll() {
        return new PyPoll();
    }
}
