package org.pyston.builtins.module;

import java.util.concurrent.atomic.AtomicInteger;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.exception.TracebackPrinter;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.runtime.PythonThread;

/**
 * The {@code _thread} module: Python threads are JVM threads attached to the starting thread's
 * interpreter and run in parallel (no global lock); locks are {@link PyLock} (a binary semaphore:
 * any thread may release) and {@link PyRLock} (owned, reentrant).
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** Stack of threads started from Python: deep recursion must reach RecursionError first. */
    static final long THREAD_STACK_BYTES = 256L << 20;

    /** The largest timeout acquire() accepts, in seconds (CPython's value on Linux). */
    static final double TIMEOUT_MAX = 9223372036.0;

    private static final AtomicInteger RUNNING = new AtomicInteger();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_thread");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(ThreadModule.class, "_thread", d);
        d.putStr("LockType", PyLock.TYPE);
        d.putStr("RLock", PyRLock.TYPE);
        d.putStr("error", PyExceptions.RUNTIME_ERROR);
        d.putStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        return m;
    }

    /** A timeout in nanoseconds from acquire()'s arguments; -1 for "forever", with CPython's errors. */
    static long timeoutNanos(Object blocking, Object timeout) {
        boolean block = blocking == null || Truth.isTrue(blocking);
        double t = timeout == null ? -1 : MathModule.real(timeout);
        if (!block && t != -1) throw PyExceptions.valueError("can't specify a timeout for a non-blocking call");
        if (t < 0 && t != -1) throw PyExceptions.valueError("timeout value must be a non-negative number");
        if (!block) return 0;
        if (t == -1) return -1;
        if (t > TIMEOUT_MAX) throw PyExceptions.overflowError("timeout value is too large");
        return (long) (t * 1e9);
    }

    @PyMethod(name = "allocate_lock")
    public static Object allocateLock() {
        return new PyLock();
    }

    @PyMethod(name = "allocate")
    public static Object allocate() {
        return new PyLock();
    }

    @PyMethod(name = "get_ident")
    @SuppressWarnings("deprecation") // Thread.threadId() needs Java 19
    public static Object getIdent() {
        return PyInt.valueOf(Thread.currentThread().getId());
    }

    @PyMethod(name = "get_native_id")
    @SuppressWarnings("deprecation")
    public static Object getNativeId() {
        return PyInt.valueOf(Thread.currentThread().getId());
    }

    @PyMethod(name = "_count")
    public static Object count() {
        return PyInt.valueOf(RUNNING.get());
    }

    @PyMethod(name = "_is_main_interpreter")
    public static Object isMainInterpreter() {
        return PyBool.TRUE;
    }

    @PyMethod(name = "_set_sentinel")
    public static Object setSentinel() {
        // unlocked, as CPython's: threading acquires it, and the thread's end releases it
        PyLock lock = new PyLock();
        SENTINEL.set(lock);
        return lock;
    }

    /** The lock _set_sentinel gave the current thread, released when the thread ends. */
    private static final ThreadLocal<PyLock> SENTINEL = new ThreadLocal<>();

    @PyMethod(name = "stack_size", required = 0)
    public static Object stackSize(Object size) {
        if (size != null && org.pyston.builtins.ops.UnaryOps.indexAsLong(size) != 0
                && org.pyston.builtins.ops.UnaryOps.indexAsLong(size) < 32768) {
            throw PyExceptions.valueError("size not valid: %d bytes", org.pyston.builtins.ops.UnaryOps.indexAsLong(size));
        }
        return PyInt.valueOf(0);
    }

    @PyMethod(name = "start_new_thread", required = 2)
    @SuppressWarnings("deprecation")
    public static Object startNewThread(Object function, Object args, Object kwargs) {
        if (!BuiltinsModule.callable(function)) throw PyExceptions.typeError("first arg must be callable");
        if (!(args instanceof PyTuple t)) throw PyExceptions.typeError("2nd arg must be a tuple");
        if (kwargs != null && !(kwargs instanceof PyDict)) throw PyExceptions.typeError("optional 3rd arg must be a dictionary");
        Interpreter interp = Interpreter.current();
        Object[] a = IterOps.toArray(t);
        String[] kwnames = null;
        Object[] all = a;
        if (kwargs instanceof PyDict kw && kw.size() > 0) {
            Object[] keys = kw.keysArray();
            kwnames = new String[keys.length];
            all = java.util.Arrays.copyOf(a, a.length + keys.length);
            for (int i = 0; i < keys.length; i++) {
                kwnames[i] = ((org.pyston.builtins.text.PyStr) keys[i]).value();
                all[a.length + i] = kw.get(keys[i]);
            }
        }
        final Object[] callArgs = all;
        final String[] callKw = kwnames;
        RUNNING.incrementAndGet();
        PythonThread th = new PythonThread(() -> {
            interp.enter();
            try {
                CallOps.call(function, callArgs, callKw);
            } catch (Throwable x) {
                PyBaseException e = PyExceptions.translate(x);
                if (!e.isInstance(PyExceptions.SYSTEM_EXIT)) {
                    StringBuilder sb = new StringBuilder("Exception ignored in thread started by: ")
                            .append(Repr.repr(function)).append('\n');
                    TracebackPrinter.print(e, sb);
                    interp.getOriginalStderr().writeString(sb.toString());
                    interp.getOriginalStderr().flushQuietly();
                }
            } finally {
                PyLock sentinel = SENTINEL.get();
                if (sentinel != null) {
                    if (sentinel.sem.availablePermits() == 0) {
                        sentinel.sem.release();
                    }
                    SENTINEL.remove();
                }
                RUNNING.decrementAndGet();
            }
        }, "Thread-" + RUNNING.get(), THREAD_STACK_BYTES);
        th.setDaemon(true);
        th.start();
        return PyInt.valueOf(th.getId());
    }

    @PyMethod(name = "interrupt_main", required = 0)
    public static Object interruptMain(Object signum) {
        throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR, "_thread.interrupt_main() is not supported yet");
    }

}
