package org.pyston.builtins.module;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _thread.lock}: a binary semaphore, so (as in CPython) a thread other than the one
 * that acquired it may release it. Invariant: {@code sem} has 0 or 1 permits; 0 means locked.
 */
public final class PyLock implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("lock", "_thread", PyLock.class, PyLock.class);

    final Semaphore sem = new Semaphore(1);

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Acquires within {@code nanos} (-1: wait forever, 0: don't wait). */
    boolean acquire(long nanos) {
        try {
            if (nanos < 0) {
                sem.acquire();
                return true;
            }
            return nanos == 0 ? sem.tryAcquire() : sem.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExceptions.create(PyExceptions.KEYBOARD_INTERRUPT);
        }
    }

    @PyMethod(general = true)
    public static Object acquire(PyLock self, Object[] args, String[] kwnames) {
        Object[] a = org.pyston.builtins.ops.ArgParser.parse("acquire", args, kwnames, 2,
                new String[] {"blocking", "timeout"}, 0);
        return PyBool.of(self.acquire(ThreadModule.timeoutNanos(a[0], a[1])));
    }

    @PyMethod(name = "acquire_lock", general = true)
    public static Object acquireLock(PyLock self, Object[] args, String[] kwnames) {
        return acquire(self, args, kwnames);
    }

    @PyMethod(name = "__enter__")
    public static Object enter(PyLock self) {
        return PyBool.of(self.acquire(-1));
    }

    @PyMethod
    public static Object release(PyLock self) {
        synchronized (self) {
            if (self.sem.availablePermits() > 0) throw PyExceptions.runtimeError("release unlocked lock");
            self.sem.release();
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "release_lock")
    public static Object releaseLock(PyLock self) {
        return release(self);
    }

    @PyMethod(name = "__exit__", required = 0)
    public static Object exit(PyLock self, Object t, Object v, Object tb) {
        release(self);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object locked(PyLock self) {
        return PyBool.of(self.sem.availablePermits() == 0);
    }

    @PyMethod(name = "locked_lock")
    public static Object lockedLock(PyLock self) {
        return locked(self);
    }

    @PyMethod(name = "_at_fork_reinit")
    public static Object atForkReinit(PyLock self) {
        self.sem.drainPermits();
        self.sem.release();
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyLock self) {
        return PyStr.of("<" + (self.sem.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object>");
    }
}
