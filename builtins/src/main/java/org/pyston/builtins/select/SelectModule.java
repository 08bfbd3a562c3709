package org.pyston.builtins.select;

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
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.socket.SocketReadiness;

/**
 * The {@code select} module, as far as the runtime has something to wait on: socket descriptors
 * (waited on through {@link SocketReadiness}); with empty lists {@code select()} waits out its
 * timeout, and with other descriptors raises a NotImplementedError naming the limitation. It exists so that {@code selectors} and the modules importing it load; {@code poll}
 * and {@code epoll} are absent, so selectors picks its select()-based selector.
 */
public final class SelectModule {
    private SelectModule() {}

    /** Builds {@code select} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("select");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(SelectModule.class, "select", d);
        d.putStr("error", PyExceptions.OS_ERROR);
        d.putStr("PIPE_BUF", new PyInt(4096));
        return m;
    }

    private static Object[] sequence(Object o) {
        if (TypeOps.typeOf(o).lookup("__iter__") == null && TypeOps.typeOf(o).lookup("__getitem__") == null) {
            throw PyExceptions.typeError("arguments 1-3 must be sequences");
        }
        return IterOps.toArray(o);
    }

    @PyMethod(required = 3)
    public static Object select(Object rlist, Object wlist, Object xlist, Object timeout) {
        double seconds = -1;
        if (timeout != null && timeout != PyNone.NONE) {
            if (timeout instanceof PyFloat f) {
                seconds = f.value;
            } else if (IntMath.isInt(timeout)) {
                seconds = IntMath.toDouble(timeout);
            } else {
                throw PyExceptions.typeError("timeout must be a float or None");
            }
            if (seconds < 0) {
                throw PyExceptions.valueError("timeout must be non-negative");
            }
        }
        Object[] r = sequence(rlist);
        Object[] w = sequence(wlist);
        Object[] x = sequence(xlist);
        int n = r.length + w.length + x.length;
        // ---- socket descriptors: readiness through a java.nio Selector (see SocketReadiness) ----
        if (n > 0 && SocketReadiness.allSockets(r, w, x)) {
            return SocketReadiness.select(r, w, x, seconds);
        }
        // ---- end of socket descriptors ----
        if (n > 0) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "select.select() on file descriptors is not supported yet (the runtime has no pollable descriptors)");
        }
        if (seconds < 0) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "select.select() with nothing to wait on and no timeout would block forever");
        }
        try {
            Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExceptions.create(PyExceptions.KEYBOARD_INTERRUPT);
        }
        return PyTuple.of(PyList.of(), PyList.of(), PyList.of());
    }
}
