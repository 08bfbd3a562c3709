package org.pyston.builtins.exception;

import java.util.ConcurrentModificationException;
import java.util.List;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * The built-in exception types (CPython 3.11's hierarchy) and factories for raising them from
 * Java: {@code throw PyExceptions.typeError("'%s' object is not callable", name)}. Messages are
 * formatted with {@link String#format} only when arguments are given, so a message may contain '%'.
 * Also {@link #translate(Throwable)}: what a Java exception becomes when it reaches Python code.
 */
public final class PyExceptions {
    private PyExceptions() {
    }

    public static final PyType BASE_EXCEPTION = PyType.builtin("BaseException", PyBaseException.class, ExceptionMethods.class, true);
    public static final PyType BASE_EXCEPTION_GROUP = PyType.builtin("BaseExceptionGroup", PyBaseException.class, ExceptionGroupMethods.class, true, BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = PyType.builtin("GeneratorExit", PyBaseException.class, null, true, BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = PyType.builtin("KeyboardInterrupt", PyBaseException.class, null, true, BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = PyType.builtin("SystemExit", PyBaseException.class, null, true, BASE_EXCEPTION);
    public static final PyType EXCEPTION = PyType.builtin("Exception", PyBaseException.class, null, true, BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = PyType.builtin("ArithmeticError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = PyType.builtin("FloatingPointError", PyBaseException.class, null, true, ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = PyType.builtin("OverflowError", PyBaseException.class, null, true, ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = PyType.builtin("ZeroDivisionError", PyBaseException.class, null, true, ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = PyType.builtin("AssertionError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = PyType.builtin("AttributeError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType BUFFER_ERROR = PyType.builtin("BufferError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType EOF_ERROR = PyType.builtin("EOFError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType IMPORT_ERROR = PyType.builtin("ImportError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = PyType.builtin("ModuleNotFoundError", PyBaseException.class, null, true, IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = PyType.builtin("LookupError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType INDEX_ERROR = PyType.builtin("IndexError", PyBaseException.class, null, true, LOOKUP_ERROR);
    public static final PyType KEY_ERROR = PyType.builtin("KeyError", PyBaseException.class, null, true, LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = PyType.builtin("MemoryError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType NAME_ERROR = PyType.builtin("NameError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = PyType.builtin("UnboundLocalError", PyBaseException.class, null, true, NAME_ERROR);
    public static final PyType OS_ERROR = PyType.builtin("OSError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = PyType.builtin("BlockingIOError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = PyType.builtin("ChildProcessError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType CONNECTION_ERROR = PyType.builtin("ConnectionError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = PyType.builtin("BrokenPipeError", PyBaseException.class, null, true, CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = PyType.builtin("ConnectionAbortedError", PyBaseException.class, null, true, CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = PyType.builtin("ConnectionRefusedError", PyBaseException.class, null, true, CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = PyType.builtin("ConnectionResetError", PyBaseException.class, null, true, CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = PyType.builtin("FileExistsError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = PyType.builtin("FileNotFoundError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = PyType.builtin("InterruptedError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = PyType.builtin("IsADirectoryError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = PyType.builtin("NotADirectoryError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType PERMISSION_ERROR = PyType.builtin("PermissionError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = PyType.builtin("ProcessLookupError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType TIMEOUT_ERROR = PyType.builtin("TimeoutError", PyBaseException.class, null, true, OS_ERROR);
    public static final PyType REFERENCE_ERROR = PyType.builtin("ReferenceError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType RUNTIME_ERROR = PyType.builtin("RuntimeError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = PyType.builtin("NotImplementedError", PyBaseException.class, null, true, RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = PyType.builtin("RecursionError", PyBaseException.class, null, true, RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = PyType.builtin("StopAsyncIteration", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType STOP_ITERATION = PyType.builtin("StopIteration", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType SYNTAX_ERROR = PyType.builtin("SyntaxError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType INDENTATION_ERROR = PyType.builtin("IndentationError", PyBaseException.class, null, true, SYNTAX_ERROR);
    public static final PyType TAB_ERROR = PyType.builtin("TabError", PyBaseException.class, null, true, INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = PyType.builtin("SystemError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType TYPE_ERROR = PyType.builtin("TypeError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType VALUE_ERROR = PyType.builtin("ValueError", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType UNICODE_ERROR = PyType.builtin("UnicodeError", PyBaseException.class, null, true, VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = PyType.builtin("UnicodeDecodeError", PyBaseException.class, null, true, UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = PyType.builtin("UnicodeEncodeError", PyBaseException.class, null, true, UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = PyType.builtin("UnicodeTranslateError", PyBaseException.class, null, true, UNICODE_ERROR);
    public static final PyType WARNING = PyType.builtin("Warning", PyBaseException.class, null, true, EXCEPTION);
    public static final PyType BYTES_WARNING = PyType.builtin("BytesWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType DEPRECATION_WARNING = PyType.builtin("DeprecationWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType ENCODING_WARNING = PyType.builtin("EncodingWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType FUTURE_WARNING = PyType.builtin("FutureWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType IMPORT_WARNING = PyType.builtin("ImportWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = PyType.builtin("PendingDeprecationWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType RESOURCE_WARNING = PyType.builtin("ResourceWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType RUNTIME_WARNING = PyType.builtin("RuntimeWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType SYNTAX_WARNING = PyType.builtin("SyntaxWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType UNICODE_WARNING = PyType.builtin("UnicodeWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType USER_WARNING = PyType.builtin("UserWarning", PyBaseException.class, null, true, WARNING);
    public static final PyType EXCEPTION_GROUP = PyType.builtin("ExceptionGroup", PyBaseException.class, null, true, BASE_EXCEPTION_GROUP, EXCEPTION);

    /** Every built-in exception type, in hierarchy order (for the builtins module). */
    public static final List<PyType> ALL = List.of(
            BASE_EXCEPTION,
            BASE_EXCEPTION_GROUP,
            GENERATOR_EXIT,
            KEYBOARD_INTERRUPT,
            SYSTEM_EXIT,
            EXCEPTION,
            ARITHMETIC_ERROR,
            FLOATING_POINT_ERROR,
            OVERFLOW_ERROR,
            ZERO_DIVISION_ERROR,
            ASSERTION_ERROR,
            ATTRIBUTE_ERROR,
            BUFFER_ERROR,
            EOF_ERROR,
            IMPORT_ERROR,
            MODULE_NOT_FOUND_ERROR,
            LOOKUP_ERROR,
            INDEX_ERROR,
            KEY_ERROR,
            MEMORY_ERROR,
            NAME_ERROR,
            UNBOUND_LOCAL_ERROR,
            OS_ERROR,
            BLOCKING_IO_ERROR,
            CHILD_PROCESS_ERROR,
            CONNECTION_ERROR,
            BROKEN_PIPE_ERROR,
            CONNECTION_ABORTED_ERROR,
            CONNECTION_REFUSED_ERROR,
            CONNECTION_RESET_ERROR,
            FILE_EXISTS_ERROR,
            FILE_NOT_FOUND_ERROR,
            INTERRUPTED_ERROR,
            IS_A_DIRECTORY_ERROR,
            NOT_A_DIRECTORY_ERROR,
            PERMISSION_ERROR,
            PROCESS_LOOKUP_ERROR,
            TIMEOUT_ERROR,
            REFERENCE_ERROR,
            RUNTIME_ERROR,
            NOT_IMPLEMENTED_ERROR,
            RECURSION_ERROR,
            STOP_ASYNC_ITERATION,
            STOP_ITERATION,
            SYNTAX_ERROR,
            INDENTATION_ERROR,
            TAB_ERROR,
            SYSTEM_ERROR,
            TYPE_ERROR,
            VALUE_ERROR,
            UNICODE_ERROR,
            UNICODE_DECODE_ERROR,
            UNICODE_ENCODE_ERROR,
            UNICODE_TRANSLATE_ERROR,
            WARNING,
            BYTES_WARNING,
            DEPRECATION_WARNING,
            ENCODING_WARNING,
            FUTURE_WARNING,
            IMPORT_WARNING,
            PENDING_DEPRECATION_WARNING,
            RESOURCE_WARNING,
            RUNTIME_WARNING,
            SYNTAX_WARNING,
            UNICODE_WARNING,
            USER_WARNING,
            EXCEPTION_GROUP);

    // ---- creation -------------------------------------------------------------------------------

    /**
     * A new exception of built-in (or Python) exception type {@code type} with {@code args}, with
     * its type-specific attributes initialised as {@code BaseException.__init__} would.
     */
    public static PyBaseException create(PyType type, Object... args) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(args));
        ExceptionMethods.initAttributes(e);
        // Built-ins create an exception where they raise it: as CPython's PyErr_SetObject, its
        // __context__ is the exception being handled at that moment (a raise statement does the
        // same in raise()). Doing it here rather than where a frame catches it keeps it right when
        // the exception leaves an except clause, which restores the handled exception first.
        PyBaseException handled = ThreadState.current().getHandledException();
        if (handled != null) {
            setContextBreakingCycles(e, handled);
        }
        return e;
    }

    /** A new exception of {@code type} whose single argument is the formatted message. */
    public static PyBaseException withMessage(PyType type, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(format, args);
        return create(type, PyStr.of(msg));
    }

    public static PyBaseException typeError(String format, Object... args) {
        return withMessage(TYPE_ERROR, format, args);
    }

    public static PyBaseException bufferError(String format, Object... args) {
        return withMessage(BUFFER_ERROR, format, args);
    }

    public static PyBaseException valueError(String format, Object... args) {
        return withMessage(VALUE_ERROR, format, args);
    }

    public static PyBaseException attributeError(String format, Object... args) {
        return withMessage(ATTRIBUTE_ERROR, format, args);
    }

    public static PyBaseException indexError(String format, Object... args) {
        return withMessage(INDEX_ERROR, format, args);
    }

    public static PyBaseException nameError(String format, Object... args) {
        return withMessage(NAME_ERROR, format, args);
    }

    /** NameError "name 'x' is not defined", with its {@code name} attribute set. */
    public static PyBaseException nameNotDefined(String name) {
        PyBaseException e = nameError("name '%s' is not defined", name);
        e.setAttribute("name", PyStr.of(name));
        return e;
    }

    /** UnboundLocalError "cannot access local variable 'x' where it is not associated with a value". */
    public static PyBaseException unboundLocal(String name) {
        return withMessage(UNBOUND_LOCAL_ERROR,
                "cannot access local variable '%s' where it is not associated with a value", name);
    }

    public static PyBaseException zeroDivisionError(String format, Object... args) {
        return withMessage(ZERO_DIVISION_ERROR, format, args);
    }

    public static PyBaseException overflowError(String format, Object... args) {
        return withMessage(OVERFLOW_ERROR, format, args);
    }

    public static PyBaseException runtimeError(String format, Object... args) {
        return withMessage(RUNTIME_ERROR, format, args);
    }

    public static PyBaseException notImplementedError(String format, Object... args) {
        return withMessage(NOT_IMPLEMENTED_ERROR, format, args);
    }

    public static PyBaseException systemError(String format, Object... args) {
        return withMessage(SYSTEM_ERROR, format, args);
    }

    public static PyBaseException recursionError(String format, Object... args) {
        return withMessage(RECURSION_ERROR, format, args);
    }

    public static PyBaseException importError(String format, Object... args) {
        return withMessage(IMPORT_ERROR, format, args);
    }

    public static PyBaseException assertionError(String format, Object... args) {
        return withMessage(ASSERTION_ERROR, format, args);
    }

    public static PyBaseException osError(String format, Object... args) {
        return withMessage(OS_ERROR, format, args);
    }

    /** ModuleNotFoundError "No module named 'x'" with {@code name} set. */
    public static PyBaseException moduleNotFound(String name) {
        PyBaseException e = withMessage(MODULE_NOT_FOUND_ERROR, "No module named '%s'", name);
        e.setAttribute("name", PyStr.of(name));
        return e;
    }

    /** KeyError whose single argument is the missing key (str(e) is then repr(key)). */
    public static PyBaseException keyError(Object key) {
        return create(KEY_ERROR, key);
    }

    /** MemoryError with no arguments. */
    public static PyBaseException memoryError() {
        return create(MEMORY_ERROR);
    }

    /** StopIteration carrying {@code value} (a generator's return value); no args when value is None. */
    public static PyBaseException stopIteration(Object value) {
        return value == null || value == PyNone.NONE ? create(STOP_ITERATION) : create(STOP_ITERATION, value);
    }

    /** SystemExit with {@code code} (None, an int or a message). */
    public static PyBaseException systemExit(Object code) {
        return code == null ? create(SYSTEM_EXIT) : create(SYSTEM_EXIT, code);
    }

    /**
     * SyntaxError (or a subclass such as IndentationError) with CPython's detail tuple:
     * {@code args = (msg, (filename, lineno, offset, text, end_lineno, end_offset))}.
     */
    public static PyBaseException syntaxError(PyType type, String msg, String filename, int lineno, int offset,
                                              String text, int endLineno, int endOffset) {
        Object details = PyTuple.of(filename == null ? PyNone.NONE : PyStr.of(filename),
                PyInt.valueOf(lineno), PyInt.valueOf(offset),
                text == null ? PyNone.NONE : PyStr.of(text),
                PyInt.valueOf(endLineno), PyInt.valueOf(endOffset));
        return create(type, PyStr.of(msg), details);
    }

    // ---- raise ----------------------------------------------------------------------------------

    /**
     * What {@code raise exc [from cause]} throws: {@code exc} may be an exception instance or an
     * exception class (instantiated with no arguments); {@code cause} is null when there is no
     * {@code from} clause, else an exception, an exception class or None. Sets {@code __context__}
     * to the exception being handled on this thread, if any.
     */
    public static PyBaseException raise(Object exc, Object cause) {
        PyBaseException e = toException(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                e.setPyCause(null);
            } else {
                e.setPyCause(toException(cause, "exception causes must derive from BaseException"));
            }
            e.setSuppressContext(true);
        }
        PyBaseException handled = ThreadState.current().getHandledException();
        if (handled != null && handled != e) {
            setContextBreakingCycles(e, handled);
        }
        return e;
    }

    /**
     * {@code e.__context__ = handled}, as CPython's _PyErr_SetObject: where e is already in
     * handled's context chain, the link to it is cut so that e does not become its own indirect
     * context. A cycle already in the chain (made by assigning __context__) is detected with a
     * tortoise that moves at half speed, so the walk ends.
     */
    public static void setContextBreakingCycles(PyBaseException e, PyBaseException handled) {
        PyBaseException o = handled, slow = handled;
        boolean moveSlow = false;
        for (PyBaseException c = o.getContext(); c != null; c = o.getContext()) {
            if (c == e) {
                o.setContext(null);
                break;
            }
            o = c;
            if (o == slow) {
                break;
            }
            if (moveSlow) {
                slow = slow.getContext();
            }
            moveSlow = !moveSlow;
        }
        e.setContext(handled);
    }

    private static PyBaseException toException(Object exc, String message) {
        if (exc instanceof PyBaseException e) {
            return e;
        }
        if (exc instanceof PyType t && t.isSubtype(BASE_EXCEPTION)) {
            Object r = CallOps.call(t, new Object[0], null);
            if (r instanceof PyBaseException e) {
                return e;
            }
            throw typeError("calling %s should have returned an instance of BaseException, not %s",
                    org.pyston.builtins.ops.Repr.repr(t), org.pyston.builtins.ops.Repr.repr(org.pyston.builtins.ops.TypeOps.typeOf(r)));
        }
        throw typeError(message);
    }

    // ---- translation of Java exceptions ---------------------------------------------------------

    /**
     * The Python exception a Java throwable becomes when it reaches Python code. A
     * {@link PyBaseException} is itself. The others mean a built-in failed in a way CPython reports
     * too, or hit a bug of ours:
     * <ul>
     * <li>{@code StackOverflowError}: RecursionError, as CPython when the C stack runs out first;
     * <li>{@code OutOfMemoryError}: MemoryError (no message, as CPython);
     * <li>{@code ArithmeticException}: ZeroDivisionError for an integer division by zero (whose
     *     message HotSpot drops once the throw is hot, hence a null message counts as one),
     *     OverflowError for the rest ({@code BigInteger} past its range, {@code Math.*Exact});
     * <li>{@code NumberFormatException}: ValueError, the error of a string that is not a number;
     * <li>{@code ClassCastException}: TypeError with CPython's {@code PyErr_BadArgument} message,
     *     a built-in given an object of a type it did not check for;
     * <li>{@code ConcurrentModificationException}: RuntimeError, as CPython's changed-size check;
     * <li>anything else ({@code NullPointerException}, index out of bounds ...): SystemError, as
     *     CPython's {@code PyErr_BadInternalCall}, naming the Java exception and where it was
     *     thrown so that the bug can be reported.
     * </ul>
     */
    public static PyBaseException translate(Throwable t) {
        if (t instanceof PyBaseException e) {
            return e;
        }
        if ((t instanceof java.lang.reflect.UndeclaredThrowableException
                || t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            return translate(t.getCause());
        }
        if (t instanceof StackOverflowError) {
            return recursionError("maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return memoryError();
        }
        if (t instanceof ArithmeticException) {
            String m = t.getMessage();
            if (m == null || m.contains("by zero")) {
                return zeroDivisionError("division by zero");
            }
            return overflowError("%s", m);
        }
        if (t instanceof NumberFormatException) {
            return valueError("invalid numeric literal (%s)", String.valueOf(t.getMessage()));
        }
        if (t instanceof ClassCastException) {
            return typeError("bad argument type for built-in operation");
        }
        if (t instanceof ConcurrentModificationException) {
            return runtimeError("container changed size during iteration");
        }
        return systemError("internal error: %s%s", t, where(t));
    }

    /** " at Class.method(File.java:N)" for the frame that threw {@code t}, or "" without a stack. */
    private static String where(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "" : " at " + st[0];
    }
}
