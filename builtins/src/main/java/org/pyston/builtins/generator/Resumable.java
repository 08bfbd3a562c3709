package org.pyston.builtins.generator;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * The suspended state of a compiled generator or coroutine body. The body is compiled to a
 * resumable method {@code (Resumable)Object} (a state machine): it reads {@link #state} to jump
 * to the point after the last yield, restores its locals and operand stack from {@link #saved},
 * and returns either the next yielded value or null when the body has finished (its return
 * value then in {@link #returnValue}).
 *
 * <p>Invariants: {@code state == 0} before the first resume, {@code state == FINISHED} after the
 * body returned or raised; {@code running} is true exactly while the body executes.
 */
public abstract class Resumable implements PyObject {

    /** {@link #state} of a generator whose body has completed. */
    public static final int FINISHED = -1;

    /** Resume point: 0 = not started; k > 0 = suspended at yield k; FINISHED. Written by the body. */
    public int state;
    /**
     * Locals and operand stack spilled at the current suspension (and the arguments before start).
     * The body reuses the array from one suspension to the next, so resuming allocates nothing.
     */
    public Object[] saved;
    /** The source line the body is suspended at (for gi_frame.f_lineno). */
    public int suspendedLine;
    /** The int locals and stack entries spilled at the current suspension (reused like {@link #saved}). */
    public int[] savedInts;
    /** What the yield expression evaluates to on the next resume. */
    private Object sent = PyNone.NONE;
    /** An exception to raise at the yield point on the next resume (throw/close). */
    private PyBaseException pendingThrow;
    /** The body's return value, once finished. */
    public Object returnValue = PyNone.NONE;
    private boolean running;
    /** The exception being handled inside the body when it last yielded (its own sys.exc_info). */
    private PyBaseException handledInside;
    /** The iterator a {@code yield from}/{@code await} delegates to, while it does; else null. */
    private Object delegate;

    private final MethodHandle body;
    /** The last gi_frame handed out (see GeneratorMethods.frameOf). */
    volatile org.pyston.builtins.exception.PyFrame frameSnapshot;
    /** {@code gi_code}: the code of the function that made this (its {@code __code__} at the call). */
    private volatile PyCode code;
    /** {@code __name__}, {@code __qualname__}: kept as the str objects given (read back identical). */
    private volatile PyStr name;
    private volatile PyStr qualname;

    /** The code the body was compiled with: its line table maps the body's resume points. */
    private final PyCode bodyCode;

    protected Resumable(MethodHandle body, PyCode code, Object[] arguments) {
        this.body = body;
        this.bodyCode = code;
        this.code = code;
        this.saved = arguments;
        this.name = PyStr.of(code.name);
        this.qualname = PyStr.of(code.qualname);
    }

    public PyCode getCode() {
        return code;
    }

    /** The source line of the current suspension (the first line before the start). */
    public int currentLine() {
        return state == 0 ? bodyCode.firstlineno : bodyCode.lineOf(suspendedLine);
    }

    /** The function that made this has another {@code __code__} than the compiled body's own. */
    public void setCode(PyCode c) {
        code = c;
    }

    public String getName() {
        return name.value();
    }

    public PyStr nameObject() {
        return name;
    }

    public void setName(String n) {
        name = PyStr.of(n);
    }

    public void setName(PyStr n) {
        name = n;
    }

    public String getQualname() {
        return qualname.value();
    }

    public PyStr qualnameObject() {
        return qualname;
    }

    public void setQualname(String q) {
        qualname = PyStr.of(q);
    }

    public void setQualname(PyStr q) {
        qualname = q;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isFinished() {
        return state == FINISHED;
    }

    public boolean isSuspended() {
        return state > 0;
    }

    /**
     * Called by the body right after it resumes at a yield: the value of the yield expression, or
     * the exception thrown in by throw()/close() raised here, at the yield.
     */
    public Object received() {
        PyBaseException t = pendingThrow;
        if (t != null) {
            pendingThrow = null;
            throw chainWithOwnHandled(t);
        }
        Object v = sent;
        sent = PyNone.NONE;
        return v;
    }

    /**
     * An exception thrown in (at a yield, or out of the sub-iterator of a yield from) gets as
     * {@code __context__} the exception the body itself is handling there, if any: CPython's
     * _PyErr_ChainStackItem, which looks only at the generator's own exception state, not at its
     * resumer's. Returns {@code e}.
     */
    public static PyBaseException chainWithOwnHandled(PyBaseException e) {
        PyBaseException own = ThreadState.current().getOwnHandledException();
        if (own != null && own != e) {
            PyExceptions.setContextBreakingCycles(e, own);
        }
        return e;
    }

    /** Set by yield-from/await while delegating to {@code sub} (null when the delegation ends). */
    public void setDelegate(Object sub) {
        delegate = sub;
    }

    /** {@code gi_yieldfrom}/{@code cr_await}: the delegate while suspended in a delegation, else None (also while running). */
    public Object yieldFrom() {
        Object d = delegate;
        return d != null && state > 0 && !running ? d : PyNone.NONE; // None while the body runs
    }

    /** Used by yield-from: the pending exception (taken) or null, without raising it. */
    public PyBaseException takePendingThrow() {
        PyBaseException t = pendingThrow;
        pendingThrow = null;
        return t;
    }

    /**
     * Runs the body until its next yield. Returns the yielded value, or null when the body
     * finished (returnValue set). An exception from the body finishes the generator and
     * propagates; a StopIteration escaping the body becomes RuntimeError (PEP 479).
     */
    protected Object resume(Object value, PyBaseException toThrow) {
        if (running) {
            throw PyExceptions.valueError("%s already executing", kind());
        }
        if (state == FINISHED) {
            PyBaseException reuse = exhausted();
            if (reuse != null) throw reuse;
            if (toThrow != null) throw toThrow;
            return null;
        }
        sent = value;
        pendingThrow = toThrow;
        ThreadState ts = ThreadState.current();
        // The body has its own handled exception (CPython's gi_exc_state); outside its except
        // blocks it sees the one its resumer is handling.
        PyBaseException outer = ts.getOwnHandledException();
        PyBaseException outerResumer = ts.getResumerHandled();
        ts.setResumerHandled(outer != null ? outer : outerResumer);
        ts.setHandledException(handledInside);
        running = true;
        try {
            Object r = (Object) body.invokeExact(this);
            if (r == null) {
                state = FINISHED;
                saved = null;
            } else {
                handledInside = ts.getOwnHandledException();
            }
            return r;
        } catch (PyBaseException e) {
            state = FINISHED;
            saved = null;
            throw escaping(e);
        } catch (Throwable t) {
            state = FINISHED;
            saved = null;
            throw PyExceptions.translate(t);
        } finally {
            running = false;
            ts.setHandledException(outer);
            ts.setResumerHandled(outerResumer);
        }
    }

    /** What an exception escaping the body becomes: a StopIteration turns into RuntimeError (PEP 479). */
    protected PyBaseException escaping(PyBaseException e) {
        if (e.isInstance(PyExceptions.STOP_ITERATION)) return raisedFrom(e, "StopIteration");
        return e;
    }

    /** RuntimeError("KIND raised WHAT") caused by {@code e}, as CPython's _PyErr_FormatFromCause. */
    protected final PyBaseException raisedFrom(PyBaseException e, String what) {
        PyBaseException re = PyExceptions.runtimeError("%s raised %s", kind(), what);
        re.setPyCause(e);
        re.setContext(e);
        re.setSuppressContext(true);
        return re;
    }

    /**
     * What resuming a finished body raises instead of reporting its end (or raising what is
     * thrown in); null for a generator, which just stays exhausted.
     */
    protected PyBaseException exhausted() {
        return null;
    }

    /** "generator" or "coroutine", for messages. */
    protected abstract String kind();

    /** One step driven by yield-from: send {@code value} (None for next), null when finished. */
    public Object step(Object value) {
        if (state == 0 && value != PyNone.NONE) {
            throw PyExceptions.typeError("can't send non-None value to a just-started %s", kind());
        }
        return resume(value, null);
    }

    /** {@code gen.send(value)}: StopIteration(return value) when the body finishes. */
    public Object send(Object value) {
        if (state == 0 && value != PyNone.NONE) {
            throw PyExceptions.typeError("can't send non-None value to a just-started %s", kind());
        }
        Object r = resume(value, null);
        if (r == null) throw PyExceptions.stopIteration(returnValue);
        return r;
    }

    /** {@code gen.throw(exc)}: raises exc at the suspended yield. */
    public Object throwInto(PyBaseException exc) {
        if (state == 0) {
            // Not started: CPython raises it in the new frame before its first line runs, so the
            // traceback gets the frame's entry at co_firstlineno (the def, or its first decorator),
            // and a StopIteration is converted as one escaping the body.
            state = FINISHED;
            saved = null;
            // as leaving that frame: the frame that catches it next records its own entry again,
            // even one that recorded an entry for this exception before (g.throw(e) in except e)
            exc.leaveFrame(code, code.firstlineno);
            throw escaping(exc);
        }
        Object r = resume(PyNone.NONE, exc);
        if (r == null) throw PyExceptions.stopIteration(returnValue);
        return r;
    }

    /** {@code gen.close()}: GeneratorExit at the yield; the body must not yield again. */
    public void close() {
        if (state <= 0) {
            state = FINISHED;
            saved = null;
            return;
        }
        Object r;
        try {
            r = resume(PyNone.NONE, PyExceptions.create(PyExceptions.GENERATOR_EXIT));
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.GENERATOR_EXIT) || e.isInstance(PyExceptions.STOP_ITERATION)) return;
            throw e;
        }
        if (r != null) throw PyExceptions.runtimeError("%s ignored GeneratorExit", kind());
    }

    @Override
    public String toString() {
        return "<" + kind() + " object " + qualname + ">";
    }
}
