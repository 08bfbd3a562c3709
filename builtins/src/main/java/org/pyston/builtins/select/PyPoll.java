package org.pyston.builtins.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.Readiness;

/**
 * {@code select.poll}: a set of descriptors with the events asked for each, polled as poll(2)
 * does. Results come in registration order (CPython walks its dict); a descriptor that is not
 * open reports POLLNVAL; POLLERR and POLLHUP are reported whether asked for or not.
 */
public final class PyPoll implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("poll", "select", PyPoll.class, PyPoll.class);

    /** Registered descriptors and their event masks, in registration order. Guarded by this. */
    private final Map<Integer, Integer> registered = new LinkedHashMap<>();
    /** True while a poll() is waiting (CPython refuses a concurrent one). Guarded by this. */
    private boolean polling;

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** An event mask argument: a C unsigned short. */
    static int eventMask(Object o) {
        if (!IntMath.isInt(o)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(o));
        }
        if (IntMath.compareWithDouble(o, 0) < 0) {
            throw PyExceptions.valueError("value must be positive");
        }
        if (IntMath.compareWithDouble(o, 65535) > 0) {
            throw PyExceptions.overflowError("Python int too large for C unsigned short");
        }
        return (int) UnaryOps.indexAsLong(o);
    }

    @PyMethod(required = 1)
    public static Object register(PyPoll self, Object fd, Object eventmask) {
        int n = Descriptors.fdOf(fd);
        int mask = eventmask == null ? Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT : eventMask(eventmask);
        synchronized (self) {
            self.registered.put(n, mask);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object modify(PyPoll self, Object fd, Object eventmask) {
        int n = Descriptors.fdOf(fd);
        int mask = eventMask(eventmask);
        synchronized (self) {
            if (!self.registered.containsKey(n)) {
                throw Descriptors.osError(ErrnoException.ENOENT);
            }
            self.registered.put(n, mask);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object unregister(PyPoll self, Object fd) {
        int n = Descriptors.fdOf(fd);
        synchronized (self) {
            if (self.registered.remove(n) == null) {
                throw PyExceptions.create(PyExceptions.KEY_ERROR, fd);
            }
        }
        return PyNone.NONE;
    }

    /** poll()'s timeout in nanoseconds from milliseconds (rounded up, as CPython); -1 for None or negative. */
    private static long timeout(Object t) {
        if (t == null || t == PyNone.NONE) {
            return -1;
        }
        double ms;
        if (t instanceof PyFloat f) {
            ms = f.value;
        } else if (IntMath.isInt(t)) {
            ms = IntMath.toDouble(t);
        } else {
            throw PyExceptions.typeError("timeout must be an integer or None");
        }
        if (Double.isNaN(ms)) {
            throw PyExceptions.valueError("Invalid value NaN (not a number)");
        }
        if (ms < 0) {
            return -1;
        }
        if (ms * 1e6 >= 9.223372036854776E18) {
            throw PyExceptions.overflowError("timeout is too large");
        }
        return (long) Math.ceil(ms) * 1_000_000L;
    }

    @PyMethod(required = 0)
    public static Object poll(PyPoll self, Object timeoutMs) {
        long nanos = timeout(timeoutMs);
        int[] fds;
        int[] masks;
        synchronized (self) {
            if (self.polling) {
                throw PyExceptions.runtimeError("concurrent poll() invocation");
            }
            self.polling = true;
            fds = new int[self.registered.size()];
            masks = new int[fds.length];
            int i = 0;
            for (Map.Entry<Integer, Integer> e : self.registered.entrySet()) {
                fds[i] = e.getKey();
                masks[i++] = e.getValue();
            }
        }
        try {
            FileDescriptors table = FileDescriptors.current();
            PyList r = Descriptors.waitFor(nanos, () -> ready(table, fds, masks));
            return r != null ? r : PyList.of();
        } finally {
            synchronized (self) {
                self.polling = false;
            }
        }
    }

    /** The (fd, revents) pairs with something to report, or null when there are none. */
    private static PyList ready(FileDescriptors table, int[] fds, int[] masks) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < fds.length; i++) {
            int ev = Descriptors.events(table, fds[i]);
            int rev = ev == Readiness.POLLNVAL ? ev : ev & (masks[i] | Readiness.POLLERR | Readiness.POLLHUP);
            if (rev != 0) {
                out.add(PyTuple.of(PyInt.valueOf(fds[i]), PyInt.valueOf(rev)));
            }
        }
        return out.isEmpty() ? null : PyList.of(out.toArray());
    }
}
