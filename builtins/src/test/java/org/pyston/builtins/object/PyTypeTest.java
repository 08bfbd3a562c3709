package org.pyston.builtins.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.function.PyProperty;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.runtime.Assumption;
import org.pyston.builtins.text.PyStr;

class PyTypeTest {
    private static PyType cls(String name, PyDict ns, PyType... bases) {
        ns.putStr("__module__", PyStr.of("__main__"));
        return PyType.newClass(name, PyTuple.of((Object[]) bases), ns);
    }

    /** A method body returning a constant tagged with its argument. */
    public static Object getX(Object self) {
        return PyStr.of("from property");
    }

    private static PyFunction fn(String name) throws Exception {
        PyCode code = new PyCode(name, name, "<test>", 1, new String[] {"self"}, new String[0], new String[0], 1, 0, 0, 0,
                MethodHandles.lookup().findStatic(PyTypeTest.class, "getX", MethodType.methodType(Object.class, Object.class)));
        return new PyFunction(code, new PyDict(), null, null, null, null);
    }

    @Test
    void testNewClass_c3Mro() {
        // Tests the C3 linearisation of a diamond (D(B, C), B(A), C(A)).
        PyType a = cls("A", new PyDict());
        PyType b = cls("B", new PyDict(), a);
        PyType c = cls("C", new PyDict(), a);
        PyType d = cls("D", new PyDict(), b, c);
        assertEquals("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)",
                Repr.repr(AttributeOps.getAttr(d, "__mro__")));
        PyBaseException e = assertThrows(PyBaseException.class, () -> cls("E", new PyDict(), a, b));
        assertEquals("Cannot create a consistent method resolution\norder (MRO) for bases A, B", Repr.str(e));
    }

    @Test
    void testGetAttr_precedence() throws Exception {
        // Tests data descriptor > instance attribute > class attribute, and the AttributeError messages.
        PyDict ns = new PyDict();
        ns.putStr("p", new PyProperty(fn("p"), null, null, null));
        ns.putStr("k", PyStr.of("class value"));
        PyType c = cls("C", ns);
        Object inst = CallOps.call(c, new Object[0], null);
        ((PyInstance) inst).setAttribute("p", PyStr.of("instance p"));
        ((PyInstance) inst).setAttribute("k", PyStr.of("instance k"));
        assertEquals("'from property'", Repr.repr(AttributeOps.getAttr(inst, "p")));
        assertEquals("'instance k'", Repr.repr(AttributeOps.getAttr(inst, "k")));
        assertEquals("'C' object has no attribute 'zz'",
                Repr.str(assertThrows(PyBaseException.class, () -> AttributeOps.getAttr(inst, "zz"))));
        assertEquals("type object 'C' has no attribute 'zz'",
                Repr.str(assertThrows(PyBaseException.class, () -> AttributeOps.getAttr(c, "zz"))));
        assertEquals("'int' object has no attribute 'foo'",
                Repr.str(assertThrows(PyBaseException.class, () -> AttributeOps.getAttr(new PyInt(1), "foo"))));
    }

    @Test
    void testAssumptionFor_invalidatedByBaseChange() {
        // Tests that setting a name on a base class invalidates the subclass's assumption for that name only.
        PyType base = cls("Base", new PyDict());
        PyType sub = cls("Sub", new PyDict(), base);
        Assumption m = sub.assumptionFor("m");
        Assumption other = sub.assumptionFor("other");
        int v = sub.version();
        AttributeOps.setAttr(base, "m", new PyInt(1));
        assertFalse(m.isValid());
        assertTrue(other.isValid());
        assertNotSame(m, sub.assumptionFor("m"));
        assertTrue(sub.version() != v);
        assertEquals("1", Repr.repr(AttributeOps.getAttr(sub, "m")));
    }

    @Test
    void testSetAttr_builtinTypeImmutable() {
        // Tests that built-in types reject attribute assignment with CPython's message.
        PyBaseException e = assertThrows(PyBaseException.class, () -> AttributeOps.setAttr(PyInt.TYPE, "x", new PyInt(1)));
        assertEquals("cannot set 'x' attribute of immutable type 'int'", Repr.str(e));
    }

    @Test
    void testDefaultRepr_andTypeOfInstance() {
        // Tests object.__repr__ for a user class and type(x).
        PyType c = cls("C", new PyDict());
        Object inst = CallOps.call(c, new Object[0], null);
        assertTrue(Repr.repr(inst).startsWith("<__main__.C object at 0x"));
        assertSame(c, CallOps.call(PyType.TYPE, new Object[] {inst}, null));
        assertEquals("C() takes no arguments",
                Repr.str(assertThrows(PyBaseException.class, () -> CallOps.call(c, new Object[] {new PyInt(1)}, null))));
    }

    @Test
    void testShape_sharedAcrossInstances() {
        // Tests that instances gaining the same attributes in the same order share a shape.
        PyType c = cls("C", new PyDict());
        PyInstance a = (PyInstance) CallOps.call(c, new Object[0], null);
        PyInstance b = (PyInstance) CallOps.call(c, new Object[0], null);
        a.setAttribute("x", new PyInt(1));
        a.setAttribute("y", new PyInt(2));
        b.setAttribute("x", new PyInt(3));
        b.setAttribute("y", new PyInt(4));
        assertSame(a.shape(), b.shape());
        assertEquals("{'x': 1, 'y': 2}", Repr.repr(AttributeOps.getAttr(a, "__dict__")));
        assertEquals(null, a.shape());
        a.setAttribute("z", new PyInt(5));
        assertEquals("5", Repr.repr(a.getAttribute("z")));
    }
}
