package org.pyston.builtins.runtime;

import java.util.IdentityHashMap;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;

/**
 * Per-thread interpreter state: which {@link Interpreter} the thread runs, the exception being
 * handled ({@code sys.exc_info()}, implicit {@code __context__}), the Python call depth for the
 * recursion limit, and the objects whose repr is in progress (for "[...]").
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    private Interpreter interpreter;
    private PyBaseException handledException;
    /**
     * While a generator body runs: the exception its resumer was handling (what sys.exc_info()
     * shows in the body outside its own except blocks, as CPython's exc_info stack), else null.
     */
    private PyBaseException resumerHandled;
    /** Python-level call depth, maintained by {@link #enterCall()}/{@link #exitCall()}. */
    private int depth;
    private final IdentityHashMap<Object, Boolean> reprActive = new IdentityHashMap<>();

    private ThreadState(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /**
     * This thread's state; a thread not yet attached is attached to the default interpreter.
     * Every Python function entry calls this: the fast case is kept under C1's 35-byte inlining
     * limit, so warm-up code (tiers 2-3, where most of a short program runs) inlines it too.
     */
    public static ThreadState current() {
        if (Thread.currentThread() instanceof PythonThread pt) {
            ThreadState fast = pt.state;
            if (fast != null) {
                return fast;
            }
        }
        return currentSlow();
    }

    private static ThreadState currentSlow() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            ts = new ThreadState(Interpreter.defaultInterpreter());
            CURRENT.set(ts);
        }
        return ts;
    }

    /** Attaches the current thread to {@code interp} (returns the state, for restoring). */
    public static ThreadState attach(Interpreter interp) {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            ts = new ThreadState(interp);
            CURRENT.set(ts);
        } else {
            ts.interpreter = interp;
        }
        if (Thread.currentThread() instanceof PythonThread pt) {
            pt.state = ts;
        }
        return ts;
    }

    /** Detaches the current thread (so no state leaks when an embedding closes an interpreter). */
    public static void detach() {
        CURRENT.remove();
    }

    public Interpreter getInterpreter() {
        return interpreter;
    }

    /**
     * The exception being handled ({@code sys.exc_info()}): the innermost except block's of this
     * frame's stack, else the one its generator's resumer was handling, or null.
     */
    public PyBaseException getHandledException() {
        PyBaseException h = handledException;
        return h != null ? h : resumerHandled;
    }

    /**
     * The exception an except block of the running frames (up to the innermost generator body)
     * is handling, or null: what an except block saves on entry and restores on exit.
     */
    public PyBaseException getOwnHandledException() {
        return handledException;
    }

    /** The resumer's handled exception seen by a generator body (set around each resume). */
    public PyBaseException getResumerHandled() {
        return resumerHandled;
    }

    public void setResumerHandled(PyBaseException e) {
        this.resumerHandled = e;
    }

    /** Sets the handled exception (on entry to an except block; restore the previous on exit). */
    public void setHandledException(PyBaseException e) {
        this.handledException = e;
    }

    /** Counts a Python call; RecursionError beyond the interpreter's recursion limit. */
    public void enterCall() {
        // small enough for C1 to inline (see current()); the error path is out of line
        if (++depth > interpreter.getRecursionLimit()) {
            recursionOverflow();
        }
    }

    /**
     * CPython's Py_EnterRecursiveCall for recursion in C code (repr of nested containers): counts
     * like a call; the RecursionError's message ends with {@code where}
     * (" while getting the repr of an object"). Undo with {@link #exitCall()}.
     */
    public void enterRecursiveCall(String where) {
        if (++depth > interpreter.getRecursionLimit()) {
            depth--;
            throw PyExceptions.recursionError("maximum recursion depth exceeded" + where);
        }
    }

    private void recursionOverflow() {
        depth--;
        throw PyExceptions.recursionError("maximum recursion depth exceeded");
    }

    /**
     * Counts a call of a callable CPython implements in C without vectorcall (its tp_call counts a
     * recursion level, as {@code Py_EnterRecursiveCall(" while calling a Python object")} does);
     * undone by {@link #exitCall()}.
     */
    public void enterObjectCall() {
        if (++depth > interpreter.getRecursionLimit()) {
            depth--;
            throw PyExceptions.recursionError("maximum recursion depth exceeded while calling a Python object");
        }
    }

    /** Undoes {@link #enterCall()}. */
    public void exitCall() {
        depth--;
    }

    public int getDepth() {
        return depth;
    }

    /** Objects whose repr is being computed on this thread (identity set). */
    public IdentityHashMap<Object, Boolean> reprActive() {
        return reprActive;
    }
}
