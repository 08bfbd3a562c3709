package org.pyston.builtins.exception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.runtime.ThreadState;

class PyExceptionsTest {
    public static Object body() {
        return null;
    }

    private static PyCode code(String name, String file) throws Exception {
        return new PyCode(name, name, file, 1, new String[0], new String[0], new String[0], 0, 0, 0, 0,
                MethodHandles.lookup().findStatic(PyExceptionsTest.class, "body", MethodType.methodType(Object.class)));
    }

    @Test
    void testTranslate_javaExceptions() {
        // Tests how Java throwables become Python exceptions.
        assertEquals(PyExceptions.RECURSION_ERROR, PyExceptions.translate(new StackOverflowError()).getType());
        assertEquals("maximum recursion depth exceeded", Repr.str(PyExceptions.translate(new StackOverflowError())));
        assertEquals(PyExceptions.MEMORY_ERROR, PyExceptions.translate(new OutOfMemoryError()).getType());
        assertEquals(PyExceptions.ZERO_DIVISION_ERROR, PyExceptions.translate(new ArithmeticException("/ by zero")).getType());
        assertEquals(PyExceptions.TYPE_ERROR, PyExceptions.translate(new ClassCastException("x")).getType());
        PyBaseException npe = PyExceptions.translate(new NullPointerException("x"));
        assertEquals(PyExceptions.SYSTEM_ERROR, npe.getType());
        assertTrue(Repr.str(npe).contains("java.lang.NullPointerException"));
        PyBaseException same = PyExceptions.valueError("v");
        assertSame(same, PyExceptions.translate(same));
    }

    @Test
    void testTracebackPrinter_formatWithSourceLines(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // Tests CPython 3.11's traceback layout: outermost frame first, source lines stripped, final line.
        Path file = dir.resolve("x.py");
        Files.writeString(file, "def f():\n    raise ValueError('bad')\n\nf()\n");
        PyBaseException e = PyExceptions.valueError("bad");
        e.addTraceback(code("f", file.toString()), 2);
        e.addTraceback(code("<module>", file.toString()), 4);
        String expected = "Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 4, in <module>\n"
                + "    f()\n"
                + "  File \"" + file + "\", line 2, in f\n"
                + "    raise ValueError('bad')\n"
                + "ValueError: bad\n";
        assertEquals(expected, TracebackPrinter.format(e));
    }

    @Test
    void testTracebackPrinter_chaining() throws Exception {
        // Tests the context and cause separators and the bare type name for an exception without message.
        PyBaseException first = PyExceptions.create(PyExceptions.KEY_ERROR, org.pyston.builtins.text.PyStr.of("k"));
        first.addTraceback(code("<module>", "<string>"), 1);
        ThreadState.current().setHandledException(first);
        PyBaseException second = PyExceptions.raise(PyExceptions.RUNTIME_ERROR, null);
        ThreadState.current().setHandledException(null);
        second.addTraceback(code("<module>", "<string>"), 3);
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyError: 'k'\n"
                + "\nDuring handling of the above exception, another exception occurred:\n\n"
                + "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nRuntimeError\n",
                TracebackPrinter.format(second));
        PyBaseException third = PyExceptions.raise(PyExceptions.valueError("v"), first);
        assertTrue(TracebackPrinter.format(third).contains("\nThe above exception was the direct cause of the following exception:\n\n"));
    }

    @Test
    void testStr_specialTypes() {
        // Tests str() of KeyError, SyntaxError and OSError as CPython formats them.
        assertEquals("'k'", Repr.str(PyExceptions.keyError(org.pyston.builtins.text.PyStr.of("k"))));
        PyBaseException se = PyExceptions.syntaxError(PyExceptions.SYNTAX_ERROR, "invalid syntax", "a/x.py", 3, 5,
                "x = = 1\n", 3, 6);
        assertEquals("invalid syntax (x.py, line 3)", Repr.str(se));
        assertEquals("  File \"a/x.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n",
                TracebackPrinter.format(se));
        PyBaseException os = PyExceptions.create(PyExceptions.FILE_NOT_FOUND_ERROR, new org.pyston.builtins.number.PyInt(2),
                org.pyston.builtins.text.PyStr.of("No such file or directory"), org.pyston.builtins.text.PyStr.of("f"));
        assertEquals("[Errno 2] No such file or directory: 'f'", Repr.str(os));
        assertTrue(new PyDict() != null);
    }
}
