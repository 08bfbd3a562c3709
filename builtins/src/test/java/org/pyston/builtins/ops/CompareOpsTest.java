package org.pyston.builtins.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.text.PyStr;

class CompareOpsTest {
    private static boolean t(Object o) {
        return Truth.isTrue(o);
    }

    @Test
    void testLt_mixedTypesRaises() {
        // Tests the TypeError message of an unsupported ordering.
        PyBaseException e = assertThrows(PyBaseException.class, () -> CompareOps.lt(new PyInt(1), PyStr.of("a")));
        assertEquals("'<' not supported between instances of 'int' and 'str'", Repr.str(e));
    }

    @Test
    void testEq_intFloatExact() {
        // Tests exact int/float comparison: 2**53+1 != float(2**53) although the double conversion is equal.
        long big = (1L << 53) + 1;
        assertFalse(t(CompareOps.eq(new PyInt(big), new PyFloat((double) (1L << 53)))));
        assertTrue(t(CompareOps.lt(new PyFloat((double) (1L << 53)), new PyInt(big))));
        assertTrue(t(CompareOps.eq(new PyInt(1), new PyFloat(1.0))));
        assertFalse(t(CompareOps.eq(new PyFloat(Double.NaN), new PyFloat(Double.NaN))));
        assertTrue(t(CompareOps.gt(new PyBigInt(BigInteger.TWO.pow(70)), new PyFloat(1e20))));
    }

    @Test
    void testCompare_sequencesLexicographic() {
        // Tests lexicographic list/tuple ordering and the identity shortcut for NaN elements.
        assertTrue(t(CompareOps.lt(PyList.of(new PyInt(1), new PyInt(2)), PyList.of(new PyInt(1), new PyInt(3)))));
        assertTrue(t(CompareOps.lt(PyTuple.of(new PyInt(1)), PyTuple.of(new PyInt(1), new PyInt(0)))));
        PyFloat nan = new PyFloat(Double.NaN);
        assertTrue(t(CompareOps.eq(PyList.of(nan), PyList.of(nan))));
        assertTrue(CompareOps.contains(PyList.of(nan), nan));
    }

    @Test
    void testContains_strAndErrors() {
        // Tests substring containment and the error for a non-iterable container.
        assertTrue(CompareOps.contains(PyStr.of("hello"), PyStr.of("ell")));
        PyBaseException e = assertThrows(PyBaseException.class, () -> CompareOps.contains(new PyInt(5), new PyInt(1)));
        assertEquals("argument of type 'int' is not iterable", Repr.str(e));
    }
}
