package org.pyston.builtins.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

class ReprTest {
    @Test
    void testRepr_containers() {
        // Tests container reprs, including the one-element tuple and nested strings.
        PyDict d = new PyDict();
        d.put(PyStr.of("a"), PyList.of(new PyInt(1), new PyFloat(2.5), PyNone.NONE, PyBool.TRUE));
        d.put(new PyInt(2), PyTuple.of(PyStr.of("x")));
        assertEquals("{'a': [1, 2.5, None, True], 2: ('x',)}", Repr.repr(d));
        assertEquals("()", Repr.repr(PyTuple.EMPTY));
        assertEquals("set()", Repr.repr(new PySet()));
    }

    @Test
    void testRepr_recursiveList() {
        // Tests that a list containing itself prints "[...]".
        PyList l = new PyList();
        l.append(new PyInt(1));
        l.append(l);
        assertEquals("[1, [...]]", Repr.repr(l));
    }

    @Test
    void testRepr_floats() {
        // Tests CPython's shortest float repr.
        assertEquals("0.30000000000000004", Repr.repr(BinaryOps.add(new PyFloat(0.1), new PyFloat(0.2))));
        assertEquals("1e+16", Repr.repr(new PyFloat(1e16)));
        assertEquals("inf", Repr.repr(new PyFloat(Double.POSITIVE_INFINITY)));
    }

    @Test
    void testRepr_setOrderMatchesCPython() {
        // Tests that a set of small ints iterates in CPython's table order (10 collides with 2 and probes to slot 0).
        PySet s = new PySet();
        s.add(new PyInt(3));
        s.add(new PyInt(1));
        s.add(new PyInt(2));
        s.add(new PyInt(10));
        assertEquals("{10, 1, 2, 3}", Repr.repr(s));
    }
}
