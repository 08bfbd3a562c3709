package org.pyston.builtins.module;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _thread.RLock}: a reentrant lock owned by the thread that acquired it; only the owner
 * may release it. {@code _release_save}/{@code _acquire_restore} let threading.Condition give it
 * up completely while waiting and take it back with the same count.
 */
public final class PyRLock implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("RLock", "_thread", PyRLock.class, PyRLock.class);

    final ReentrantLock lock = new ReentrantLock();

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyRLock();
    }

    private boolean acquire(long nanos) {
        try {
            if (nanos < 0) {
                lock.lockInterruptibly();
                return true;
            }
            return nanos == 0 ? lock.tryLock() : lock.tryLock(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExceptions.create(PyExceptions.KEYBOARD_INTERRUPT);
        }
    }

    @PyMethod(general = true)
    public static Object acquire(PyRLock self, Object[] args, String[] kwnames) {
        Object[] a = org.pyston.builtins.ops.ArgParser.parse("acquire", args, kwnames, 2,
                new String[] {"blocking", "timeout"}, 0);
        return PyBool.of(self.acquire(ThreadModule.timeoutNanos(a[0], a[1])));
    }

    @PyMethod(name = "__enter__")
    public static Object enter(PyRLock self) {
        return PyBool.of(self.acquire(-1));
    }

    @PyMethod
    public static Object release(PyRLock self) {
        if (!self.lock.isHeldByCurrentThread()) throw PyExceptions.runtimeError("cannot release un-acquired lock");
        self.lock.unlock();
        return PyNone.NONE;
    }

    @PyMethod(name = "__exit__", required = 0)
    public static Object exit(PyRLock self, Object t, Object v, Object tb) {
        return release(self);
    }

    @PyMethod(name = "_is_owned")
    public static Object isOwned(PyRLock self) {
        return PyBool.of(self.lock.isHeldByCurrentThread());
    }

    @PyMethod(name = "_release_save")
    @SuppressWarnings("deprecation")
    public static Object releaseSave(PyRLock self) {
        if (!self.lock.isHeldByCurrentThread()) throw PyExceptions.runtimeError("cannot release un-acquired lock");
        int count = self.lock.getHoldCount();
        for (int i = 0; i < count; i++) self.lock.unlock();
        return PyTuple.of(PyInt.valueOf(count), PyInt.valueOf(Thread.currentThread().getId()));
    }

    @PyMethod(name = "_acquire_restore")
    public static Object acquireRestore(PyRLock self, Object state) {
        Object[] st = IterOps.toArray(state);
        long count = UnaryOps.indexAsLong(st[0]);
        for (long i = 0; i < count; i++) self.acquire(-1);
        return PyNone.NONE;
    }

    @PyMethod(name = "_at_fork_reinit")
    public static Object atForkReinit(PyRLock self) {
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyRLock self) {
        return PyStr.of("<" + (self.lock.isLocked() ? "locked" : "unlocked") + " _thread.RLock object count="
                + self.lock.getHoldCount() + ">");
    }
}
