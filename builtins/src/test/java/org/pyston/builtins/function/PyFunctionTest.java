package org.pyston.builtins.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.runtime.Assumption;
import org.pyston.builtins.text.PyStr;

class PyFunctionTest {
    /** Body of {@code def f(a, b, *args, c, **kw)}: returns everything as a tuple. */
    public static Object full(Object a, Object b, Object c, PyTuple args, PyDict kw) {
        return PyTuple.of(a, b, c, args, kw);
    }

    /** Body of {@code def g(x, y)}. */
    public static Object two(Object x, Object y) {
        return PyTuple.of(x, y);
    }

    /** Body of an inner function with one free variable and one parameter. */
    public static Object inner(PyCell[] closure, Object x) {
        return PyTuple.of(closure[0].value, x);
    }

    private static MethodHandle h(String name, Class<?>... params) throws Exception {
        return MethodHandles.lookup().findStatic(PyFunctionTest.class, name, MethodType.methodType(Object.class, params));
    }

    private static PyFunction twoArgs(PyTuple defaults) throws Exception {
        PyCode code = new PyCode("g", "g", "<test>", 1, new String[] {"x", "y"}, new String[0], new String[0], 2, 0, 0, 0,
                h("two", Object.class, Object.class));
        PyDict globals = new PyDict();
        globals.putStr("__name__", PyStr.of("__main__"));
        return new PyFunction(code, globals, defaults, null, null, null);
    }

    private static PyFunction fullFunction() throws Exception {
        PyCode code = new PyCode("f", "f", "<test>", 1, new String[] {"a", "b", "c", "args", "kw"}, new String[0],
                new String[0], 2, 0, 1, PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS,
                h("full", Object.class, Object.class, Object.class, PyTuple.class, PyDict.class));
        PyDict kwdefaults = new PyDict();
        kwdefaults.putStr("c", new PyInt(3));
        return new PyFunction(code, new PyDict(), PyTuple.of(new PyInt(2)), kwdefaults, null, null);
    }

    private static String err(Runnable r) {
        return Repr.str(assertThrows(PyBaseException.class, r::run));
    }

    @Test
    void testCall_bindingErrors() throws Exception {
        // Tests CPython's exact argument binding messages.
        PyFunction g = twoArgs(null);
        PyInt one = new PyInt(1);
        assertEquals("g() missing 1 required positional argument: 'y'", err(() -> g.call(new Object[] {one}, null)));
        assertEquals("g() missing 2 required positional arguments: 'x' and 'y'", err(() -> g.call(new Object[0], null)));
        assertEquals("g() takes 2 positional arguments but 3 were given",
                err(() -> g.call(new Object[] {one, one, one}, null)));
        assertEquals("g() got an unexpected keyword argument 'z'",
                err(() -> g.call(new Object[] {one, one, one}, new String[] {"z"})));
        assertEquals("g() got multiple values for argument 'x'",
                err(() -> g.call(new Object[] {one, one}, new String[] {"x"})));
        PyFunction gd = twoArgs(PyTuple.of(one));
        assertEquals("g() takes from 1 to 2 positional arguments but 3 were given",
                err(() -> gd.call(new Object[] {one, one, one}, null)));
    }

    @Test
    void testCall_packsVarargsAndKwargs() throws Exception {
        // Tests *args/**kwargs packing, keyword-only defaults and keyword binding.
        PyFunction f = fullFunction();
        Object r = f.call(new Object[] {new PyInt(1), new PyInt(5), new PyInt(6), new PyInt(9)}, new String[] {"z"});
        assertEquals("(1, 5, 3, (6,), {'z': 9})", Repr.repr(r));
        Object r2 = CallOps.call(f, new Object[] {new PyInt(1), new PyInt(7)}, new String[] {"c"});
        assertEquals("(1, 2, 7, (), {})", Repr.repr(r2));
    }

    @Test
    void testPositionalHandle_fillsDefaultsAndPacks() throws Throwable {
        // Tests the direct-link handle: defaults inserted, *args collected, **kwargs a fresh dict per call.
        PyFunction f = fullFunction();
        MethodHandle h1 = f.positionalHandle(1);
        assertEquals("(1, 2, 3, (), {})", Repr.repr(h1.invoke((Object) new PyInt(1))));
        MethodHandle h4 = f.positionalHandle(4);
        assertEquals("(1, 2, 3, (3, 4), {})",
                Repr.repr(h4.invoke((Object) new PyInt(1), (Object) new PyInt(2), (Object) new PyInt(3), (Object) new PyInt(4))));
        assertNull(f.positionalHandle(0));
        assertNull(twoArgs(null).positionalHandle(3));
    }

    @Test
    void testPositionalHandle_bindsClosure() throws Throwable {
        // Tests that the closure cell array is bound into the handle and read at call time.
        PyCode code = new PyCode("inner", "outer.<locals>.inner", "<test>", 1, new String[] {"x"}, new String[0],
                new String[] {"v"}, 1, 0, 0, PyCode.HAS_CLOSURE, h("inner", PyCell[].class, Object.class));
        PyCell cell = new PyCell(new PyInt(7));
        PyFunction fn = new PyFunction(code, new PyDict(), null, null, new PyCell[] {cell}, null);
        MethodHandle mh = fn.positionalHandle(1);
        cell.value = new PyInt(8);
        assertEquals("(8, 1)", Repr.repr(mh.invoke((Object) new PyInt(1))));
    }

    @Test
    void testSetDefaults_invalidatesAssumption() throws Exception {
        // Tests that assigning __defaults__ invalidates the function's assumption and changes the handle.
        PyFunction g = twoArgs(null);
        Assumption a = g.assumption();
        assertNull(g.positionalHandle(1));
        g.setDefaults(PyTuple.of(new PyInt(0)));
        assertFalse(a.isValid());
        assertTrue(g.assumption().isValid());
        assertNotNull(g.positionalHandle(1));
    }
}
