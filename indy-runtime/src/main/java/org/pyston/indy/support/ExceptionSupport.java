package org.pyston.indy.support;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.CodePositions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.runtime.ThreadState;

/**
 * Exception handling for generated code: the per-function traceback handler, matching of except
 * clauses, the "exception being handled" of the thread (for bare raise, sys.exc_info and
 * __context__), raise statements, and the exit protocol of with statements.
 */
public final class ExceptionSupport {
    private ExceptionSupport() {}

    /** The outer handler of every generated function: translate, append (code, line), rethrow. */
    public static PyBaseException traceback(Throwable t, int line, PyCode code) {
        PyBaseException e = translate(t);
        return e.leaveFrame(code, location(e, line, code));
    }

    /** An except clause's handler: the exception, with this frame's traceback entry recorded. */
    public static PyBaseException caught(Throwable t, int line, PyCode code) {
        PyBaseException e = translate(t);
        return e.catchHere(code, location(e, line, code));
    }

    /**
     * The location this frame reports: the generated code's, except that a failed method lookup
     * at an {@code o.m(...)} site reports the attribute {@code o.m} (see the compiler's PositionTable).
     */
    private static int location(PyBaseException e, int location, PyCode code) {
        if (!e.takeLookupFailure() || code == null || !CodePositions.isEntry(location)) return location;
        CodePositions p = code.positions();
        int entry = CodePositions.entryOf(location);
        return p.has(entry) && p.anchorKind(entry) == CodePositions.METHOD_CALL ? -1 - p.anchorA(entry) : location;
    }

    /** The Python exception for any throwable; linkage errors are unwrapped to what the bootstrap threw. */
    public static PyBaseException translate(Throwable t) {
        while (t instanceof BootstrapMethodError && t.getCause() != null) t = t.getCause();
        if (DEBUG && !(t instanceof PyBaseException) && !(t instanceof StackOverflowError)) {
            System.err.println("[pyston.debug] Java exception reaching Python code:");
            t.printStackTrace();
        }
        return PyExceptions.translate(t);
    }

    /** -Dpyston.debug=true: print the Java stack of internal errors before they become SystemError. */
    private static final boolean DEBUG = Boolean.getBoolean("pyston.debug");

    /**
     * {@code except T:} — T is an exception class or a tuple of them. As CPython 3.11 every item is
     * checked before matching, and a nested tuple is not allowed.
     */
    public static boolean matches(PyBaseException e, Object type) {
        if (type instanceof PyType t) {
            if (!t.isSubtype(PyExceptions.BASE_EXCEPTION)) throw notAllowed();
            return e.getType().isSubtype(t);
        }
        if (type instanceof PyTuple tuple) {
            boolean match = false;
            for (Object o : tuple.items) {
                if (!(o instanceof PyType t) || !t.isSubtype(PyExceptions.BASE_EXCEPTION)) throw notAllowed();
                if (!match && e.getType().isSubtype(t)) match = true;
            }
            return match;
        }
        throw notAllowed();
    }

    private static PyBaseException notAllowed() {
        return PyExceptions.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** Entering an except clause: {@code e} becomes the exception being handled; returns the previous one. */
    public static Object enterHandler(PyBaseException e) {
        ThreadState ts = ThreadState.current();
        PyBaseException prev = ts.getOwnHandledException();
        ts.setHandledException(e);
        return prev;
    }

    /**
     * Leaving an except clause by an exception (re-raise, unmatched, or a new one): the previous
     * exception is being handled again; the propagating one keeps this frame's traceback entry.
     */
    public static void exitHandlerRaising(Object previous) {
        ThreadState.current().setHandledException((PyBaseException) previous);
    }

    /** Leaving an except clause normally or by a jump: the previous exception is being handled again. */
    public static void exitHandler(Object previous) {
        ThreadState ts = ThreadState.current();
        PyBaseException e = ts.getOwnHandledException();
        if (e != null) e.handled();
        ts.setHandledException((PyBaseException) previous);
    }

    /**
     * A with statement re-raising the exception its {@code __exit__} did not suppress (CPython's
     * RERAISE): this frame's entry is already recorded, whatever frames __exit__ passed the
     * exception through (a generator it threw it into), so the frame's outer handler adds none.
     */
    public static PyBaseException reraiseRecorded(PyBaseException e) {
        e.markRecordedInCurrentFrame();
        return e;
    }

    /** Bare {@code raise}. */
    public static PyBaseException reraise() {
        PyBaseException e = ThreadState.current().getHandledException();
        if (e == null) return PyExceptions.runtimeError("No active exception to reraise");
        return e;
    }

    public static PyBaseException makeRaisable(Object exc) {
        return PyExceptions.raise(exc, null);
    }

    public static PyBaseException makeRaisableFrom(Object exc, Object cause) {
        return PyExceptions.raise(exc, cause);
    }

    public static PyBaseException unboundLocal(String name) {
        return PyExceptions.unboundLocal(name);
    }

    public static PyBaseException unboundFree(String name) {
        return PyExceptions.nameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
    }

    public static PyBaseException assertionError(Object msg) {
        return msg == null ? PyExceptions.create(PyExceptions.ASSERTION_ERROR) : PyExceptions.create(PyExceptions.ASSERTION_ERROR, msg);
    }

    // ---- with statements

    /**
     * {@code with mgr as x}: looks up __enter__ and __exit__ on the type (CPython's order and
     * messages), calls __enter__, and returns {bound __exit__, result of __enter__}.
     */
    public static Object[] withEnter(Object mgr) {
        PyType t = TypeOps.typeOf(mgr);
        if (t.lookup("__enter__") == null) {
            throw PyExceptions.typeError("'%s' object does not support the context manager protocol", t.tpName());
        }
        if (t.lookup("__exit__") == null) {
            throw PyExceptions.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)", t.getName());
        }
        Object exit = AttributeOps.getAttr(mgr, "__exit__");
        Object value = CallOps.callMethod(mgr, "__enter__", new Object[0], null);
        return new Object[] {exit, value};
    }

    /** Normal exit (including break/continue/return): {@code __exit__(None, None, None)}. */
    public static void withExit(Object exit) {
        CallOps.call(exit, new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
    }

    /**
     * Exit by exception: {@code __exit__(type, value, tb)} while the exception is being handled;
     * returns normally only when __exit__ returned a true value (the exception is suppressed).
     */
    public static void withExitOnError(Throwable t, Object exit, int line, PyCode code) {
        PyBaseException e = caught(t, line, code);
        Object prev = enterHandler(e);
        boolean suppressed;
        try {
            Object tb = e.getTraceback() == null ? PyNone.NONE : e.getTraceback();
            suppressed = Truth.isTrue(CallOps.call(exit, new Object[] {e.getType(), e, tb}, null));
        } catch (Throwable raisedByExit) {
            exitHandlerRaising(prev);
            throw raisedByExit;
        }
        if (!suppressed) {
            // re-raised from this frame (CPython's RERAISE): __exit__ may have passed it through
            // other frames, but this frame's outer handler must not add a second entry
            exitHandlerRaising(prev);
            throw reraiseRecorded(e);
        }
        exitHandler(prev);
    }
}
