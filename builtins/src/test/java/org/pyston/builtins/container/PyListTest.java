package org.pyston.builtins.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

class PyListTest {
    private static PyList nums(int... v) {
        PyList l = new PyList();
        for (int x : v) {
            l.append(new PyInt(x));
        }
        return l;
    }

    @Test
    void testGetItem_negativeAndSlices() {
        // Tests negative indices, stepped slices and the error messages of list indexing.
        PyList l = nums(0, 1, 2, 3, 4, 5);
        assertEquals("5", Repr.repr(ItemOps.getItem(l, new PyInt(-1))));
        assertEquals("[5, 3, 1]", Repr.repr(ItemOps.getItem(l, new PySlice(null, null, new PyInt(-2)))));
        assertEquals("[1, 2]", Repr.repr(ItemOps.getItem(l, new PySlice(new PyInt(1), new PyInt(3), null))));
        assertEquals("list index out of range",
                Repr.str(assertThrows(PyBaseException.class, () -> ItemOps.getItem(l, new PyInt(6)))));
        assertEquals("list indices must be integers or slices, not str",
                Repr.str(assertThrows(PyBaseException.class, () -> ItemOps.getItem(l, PyStr.of("a")))));
        assertEquals("'c'", Repr.repr(ItemOps.getItem(PyStr.of("abc"), new PyInt(-1))));
        assertEquals("string index out of range",
                Repr.str(assertThrows(PyBaseException.class, () -> ItemOps.getItem(PyStr.of("a"), new PyInt(5)))));
    }

    @Test
    void testSetItem_sliceAssignmentAndDelete() {
        // Tests slice replacement with a different length and stepped deletion.
        PyList l = nums(0, 1, 2, 3, 4);
        ItemOps.setItem(l, new PySlice(new PyInt(1), new PyInt(3), null), nums(9));
        assertEquals("[0, 9, 3, 4]", Repr.repr(l));
        ItemOps.delItem(l, new PySlice(null, null, new PyInt(2)));
        assertEquals("[9, 4]", Repr.repr(l));
    }

    @Test
    void testSort_stableWithKeyAndReverse() {
        // Tests that sort is stable with key= and reverse= (equal keys keep their order).
        PyList l = PyList.of(PyStr.of("bb"), PyStr.of("a"), PyStr.of("cc"), PyStr.of("d"));
        Object len = org.pyston.builtins.runtime.Interpreter.current().getBuiltinsDict().getStr("len");
        CallOps.callMethod(l, "sort", new Object[] {len, org.pyston.builtins.number.PyBool.TRUE},
                new String[] {"key", "reverse"});
        assertEquals("['bb', 'cc', 'a', 'd']", Repr.repr(l));
    }

    @Test
    void testMethods_errorMessages() {
        // Tests argument-count and value errors of list methods.
        PyList l = new PyList();
        assertEquals("list.append() takes exactly one argument (0 given)",
                Repr.str(assertThrows(PyBaseException.class, () -> CallOps.callMethod(l, "append", new Object[0], null))));
        assertEquals("pop from empty list",
                Repr.str(assertThrows(PyBaseException.class, () -> CallOps.callMethod(l, "pop", new Object[0], null))));
        assertEquals("pop expected at most 1 argument, got 2", Repr.str(assertThrows(PyBaseException.class,
                () -> CallOps.callMethod(l, "pop", new Object[] {new PyInt(1), new PyInt(2)}, null))));
    }
}
