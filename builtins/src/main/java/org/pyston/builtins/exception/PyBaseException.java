package org.pyston.builtins.exception;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * Every Python exception instance, of a built-in exception type or of a Python subclass of one.
 * It travels as a Java {@code RuntimeException} with no JVM stack trace (creating one is free of
 * {@code fillInStackTrace} cost and it is never suppressed-chained by Java). Python-level chaining
 * lives in {@code __cause__}/{@code __context__}; the traceback is a chain of {@link PyTraceback}
 * entries, outermost frame first, built by {@link #addTraceback} as the exception unwinds.
 *
 * <p>Type-specific attributes ({@code StopIteration.value}, {@code SystemExit.code},
 * {@code SyntaxError.lineno}, {@code OSError.errno} ...) and user attributes live in the
 * instance dictionary, created lazily.
 */
public final class PyBaseException extends RuntimeException implements PyObject {
    private static final long serialVersionUID = 1L;

    private volatile PyType type;
    private PyTuple args;
    /** {@code __cause__}; null means None. */
    private PyBaseException cause;
    /** {@code __context__}; null means None. */
    private PyBaseException context;
    private boolean suppressContext;
    /** Outermost traceback entry; null when the exception has not been raised through a frame. */
    private PyTraceback traceback;
    /** Instance attributes; null until the first one is set. */
    private PyDict dict;
    /**
     * For instances of BaseExceptionGroup (and subclasses): {@code message}, a str, set once by
     * {@code __new__}; null for every other exception.
     */
    private Object groupMessage;
    /** For exception groups: {@code exceptions}, a non-empty tuple of exceptions set with {@link #groupMessage}. */
    private PyTuple groupExceptions;

    /** An exception of {@code type} with {@code args}; attributes are not initialised (see PyExceptions.init). */
    public PyBaseException(PyType type, PyTuple args) {
        super(null, null, false, false);
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** Assigns {@code __class__} (between exception types only). */
    public void setType(PyType t) {
        this.type = t;
    }

    /** An exception group's {@code message}; null when this is not an exception group. */
    public Object getGroupMessage() {
        return groupMessage;
    }

    /** An exception group's {@code exceptions}; null when this is not an exception group. */
    public PyTuple getGroupExceptions() {
        return groupExceptions;
    }

    /** Makes this an exception group's instance state (BaseExceptionGroup.__new__ only). */
    void setGroup(Object message, PyTuple exceptions) {
        this.groupMessage = message;
        this.groupExceptions = exceptions;
    }

    /** True for an instance of BaseExceptionGroup or a subclass (its state was set by __new__). */
    public boolean isGroup() {
        return groupExceptions != null;
    }

    /** {@code args}. */
    public PyTuple getArgs() {
        return args;
    }

    /** Sets {@code args}. */
    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** {@code __cause__}, null for None. */
    public PyBaseException getPyCause() {
        return cause;
    }

    /** Sets {@code __cause__} (null for None) and, as {@code raise ... from} does, {@code __suppress_context__}. */
    public void setPyCause(PyBaseException c) {
        this.cause = c;
    }

    /** {@code __context__}, null for None. */
    public PyBaseException getContext() {
        return context;
    }

    /** Sets {@code __context__} (null for None). */
    public void setContext(PyBaseException c) {
        this.context = c;
    }

    /** {@code __suppress_context__}. */
    public boolean isSuppressContext() {
        return suppressContext;
    }

    /** Sets {@code __suppress_context__}. */
    public void setSuppressContext(boolean b) {
        this.suppressContext = b;
    }

    /** The outermost traceback entry ({@code __traceback__}), or null. */
    public PyTraceback getTraceback() {
        return traceback;
    }

    /** Replaces the traceback ({@code with_traceback}, {@code __traceback__ = }). */
    public void setTraceback(PyTraceback tb) {
        this.traceback = tb;
    }

    /**
     * Records that the exception is propagating out of {@code code} at {@code lineno}: prepends an
     * entry, so after unwinding the chain runs from the outermost frame to the one that raised.
     * Frames of the runtime's own stand-ins for C modules get none ({@link PyCode#hiddenFrame}).
     */
    public PyBaseException addTraceback(PyCode code, int lineno) {
        if (code.hiddenFrame) return this;
        this.traceback = new PyTraceback(code, lineno, traceback);
        return this;
    }

    /**
     * The code of the frame whose entry is the newest in the traceback because an except clause
     * (or a with statement's exit) of that frame caught this exception, so re-raising it from that
     * frame does not add the frame twice; {@link #ANY_FRAME} after {@link #markRecordedInCurrentFrame};
     * null otherwise. A code rather than a flag, so that frames the exception passes through while
     * being handled (a generator it is thrown into by {@code __exit__}) still get their entries.
     * Set and cleared by generated code's handlers only.
     */
    private Object recordedBy;

    private static final Object ANY_FRAME = new Object();

    /**
     * Called where a frame catches this exception (an except clause, a with statement's exit):
     * adds the frame's entry unless it is already the newest one.
     */
    public PyBaseException catchHere(PyCode code, int lineno) {
        if (!recordedFor(code)) {
            addTraceback(code, lineno);
            recordedBy = code;
        }
        return this;
    }

    /**
     * Called by a frame's outer handler when this exception leaves the frame: adds the frame's
     * entry unless an except clause of the same frame added it already.
     */
    public PyBaseException leaveFrame(PyCode code, int lineno) {
        if (!recordedFor(code)) addTraceback(code, lineno);
        recordedBy = null;
        return this;
    }

    private boolean recordedFor(PyCode code) {
        return recordedBy == ANY_FRAME || (recordedBy != null && recordedBy == code);
    }

    /**
     * Set when the exception comes from the attribute lookup of an {@code o.m(...)} site rather
     * than from the call: the frame with that site reports the attribute's position, as CPython's
     * separate LOAD_METHOD instruction does. Taken (cleared) by that frame.
     */
    private boolean lookupFailure;

    public PyBaseException markLookupFailure() {
        lookupFailure = true;
        return this;
    }

    /** Whether {@link #markLookupFailure} was called since the last time this was asked. */
    public boolean takeLookupFailure() {
        boolean f = lookupFailure;
        lookupFailure = false;
        return f;
    }

    /**
     * Marks the exception as already recorded for the frame that is about to rethrow it: the
     * frame's outer handler then adds no entry (CPython's re-raise of an except* result).
     */
    public void markRecordedInCurrentFrame() {
        recordedBy = ANY_FRAME;
    }

    /** The except clause that caught this exception has finished: later raises are new events. */
    public void handled() {
        recordedBy = null;
    }

    /** The instance dictionary, created on first use. */
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** An instance attribute, or null; does not create the dictionary. */
    public Object getAttribute(String name) {
        PyDict d = dict;
        return d == null ? null : d.get(PyStr.of(name));
    }

    /** Sets an instance attribute. */
    public void setAttribute(String name, Object value) {
        getDict().put(PyStr.of(name), value);
    }

    /** True for an instance of {@code t} or a subclass. */
    public boolean isInstance(PyType t) {
        return type.isSubtype(t);
    }

    /** For Java debugging and tooling: "TypeError: message". Python code sees str(e) instead. */
    @Override
    public String getMessage() {
        try {
            String s = org.pyston.builtins.ops.Repr.str(this);
            return s.isEmpty() ? type.getName() : type.getName() + ": " + s;
        } catch (RuntimeException e) {
            return type.getName();
        }
    }
}
