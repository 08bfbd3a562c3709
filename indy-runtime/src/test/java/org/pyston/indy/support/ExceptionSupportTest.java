package org.pyston.indy.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * Java exceptions really thrown by Java code (not constructed by the test) and caught where
 * generated code catches: each must arrive as the Python exception CPython would raise, or as a
 * SystemError that says what happened, with the frame's traceback entry recorded.
 */
class ExceptionSupportTest {
    public static Object body() {
        return null;
    }

    private static PyCode code() throws Exception {
        return new PyCode("f", "f", "<test>", 1, new String[0], new String[0], new String[0], 0, 0, 0, 0,
                MethodHandles.lookup().findStatic(ExceptionSupportTest.class, "body", MethodType.methodType(Object.class)));
    }

    /** Runs {@code action} and returns what an except clause of generated code would see. */
    private static PyBaseException caughtFrom(Runnable action) throws Exception {
        try {
            action.run();
        } catch (Throwable t) {
            PyBaseException e = ExceptionSupport.caught(t, 7, code());
            assertNotNull(e.getTraceback());
            assertEquals(7, e.getTraceback().lineno());
            return e;
        }
        fail("the action did not throw");
        return null;
    }

    private static void assertPython(PyType type, String message, PyBaseException e) {
        assertSame(type, e.getType(), () -> "got " + e.getType().getName() + ": " + Repr.str(e));
        if (message != null) {
            assertEquals(message, Repr.str(e));
        }
    }

    static Object sink;

    @Test
    void testCaught_nullPointerException() throws Exception {
        // Tests that a NullPointerException becomes a SystemError naming the Java exception and its origin.
        Object nothing = null;
        PyBaseException e = caughtFrom(() -> sink = nothing.hashCode());
        assertPython(PyExceptions.SYSTEM_ERROR, null, e);
        String msg = Repr.str(e);
        assertTrue(msg.startsWith("internal error: java.lang.NullPointerException"), msg);
        assertTrue(msg.contains(" at org.pyston.indy.support.ExceptionSupportTest"), msg);
    }

    @Test
    void testCaught_classCastException() throws Exception {
        // Tests that a ClassCastException becomes CPython's TypeError for a bad argument to a built-in.
        Object notAString = Integer.valueOf(3);
        PyBaseException e = caughtFrom(() -> sink = ((PyStr) notAString).value());
        assertPython(PyExceptions.TYPE_ERROR, "bad argument type for built-in operation", e);
    }

    @Test
    void testCaught_arrayIndexOutOfBoundsException() throws Exception {
        // Tests that an index out of bounds inside a built-in is an internal error, not a crash.
        Object[] empty = new Object[0];
        int[] index = {2};
        PyBaseException e = caughtFrom(() -> sink = empty[index[0]]);
        assertPython(PyExceptions.SYSTEM_ERROR, null, e);
        assertTrue(Repr.str(e).contains("ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 0"), Repr.str(e));
    }

    @Test
    void testCaught_arithmeticException() throws Exception {
        // Tests that integer division by zero is ZeroDivisionError and other arithmetic failures OverflowError.
        int[] zero = {0};
        assertPython(PyExceptions.ZERO_DIVISION_ERROR, "division by zero", caughtFrom(() -> sink = 1 / zero[0]));
        long[] big = {Long.MAX_VALUE};
        assertPython(PyExceptions.OVERFLOW_ERROR, "long overflow", caughtFrom(() -> sink = Math.addExact(big[0], 1)));
    }

    @Test
    void testCaught_arithmeticExceptionWithoutMessage() throws Exception {
        // Tests that a hot division by zero, whose exception HotSpot preallocates without a message, stays ZeroDivisionError.
        assertPython(PyExceptions.ZERO_DIVISION_ERROR, "division by zero",
                ExceptionSupport.caught(new ArithmeticException(), 1, code()));
    }

    @Test
    void testCaught_numberFormatException() throws Exception {
        // Tests that a string that is not a number becomes ValueError.
        String text = "12x";
        PyBaseException e = caughtFrom(() -> sink = Integer.parseInt(text));
        assertPython(PyExceptions.VALUE_ERROR, "invalid numeric literal (For input string: \"12x\")", e);
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    @Test
    void testCaught_stackOverflowError() throws Exception {
        // Tests that exhausting the Java stack becomes RecursionError with CPython's message.
        PyBaseException e = caughtFrom(() -> sink = depth(0));
        assertPython(PyExceptions.RECURSION_ERROR, "maximum recursion depth exceeded", e);
    }

    @Test
    void testCaught_outOfMemoryError() throws Exception {
        // Tests that an allocation the heap cannot satisfy becomes MemoryError without a message.
        int[] size = {Integer.MAX_VALUE - 2};
        PyBaseException e = caughtFrom(() -> sink = new long[size[0]]);
        assertPython(PyExceptions.MEMORY_ERROR, "", e);
    }

    @Test
    void testTraceback_bootstrapMethodErrorIsUnwrapped() throws Exception {
        // Tests that a failure inside a bootstrap method reaches Python as what the bootstrap threw.
        PyBaseException inner = PyExceptions.typeError("linked badly");
        PyBaseException e = ExceptionSupport.traceback(new BootstrapMethodError(inner), 3, code());
        assertSame(inner, e);
        assertEquals(3, e.getTraceback().lineno());
    }

    @Test
    void testCaught_pythonExceptionIsItself() throws Exception {
        // Tests that a Python exception passes unchanged and gets one traceback entry per frame.
        PyBaseException v = PyExceptions.valueError("v");
        PyBaseException e = caughtFrom(() -> {
            throw v;
        });
        assertSame(v, e);
        assertNull(e.getTraceback().next);
    }

    @Test
    void testCreate_contextIsTheHandledException() {
        // Tests that an exception raised by a built-in while another is handled chains to it.
        PyBaseException handled = PyExceptions.valueError("first");
        Object prev = ExceptionSupport.enterHandler(handled);
        try {
            assertSame(handled, PyExceptions.keyError(PyStr.of("k")).getContext());
        } finally {
            ExceptionSupport.exitHandler(prev);
        }
        assertNull(ThreadState.current().getHandledException());
        assertNull(PyExceptions.keyError(PyStr.of("k")).getContext());
    }
}
