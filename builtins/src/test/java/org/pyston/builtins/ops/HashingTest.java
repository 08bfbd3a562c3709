package org.pyston.builtins.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;

class HashingTest {
    @Test
    void testHash_numbersAsCPython() {
        // Tests numeric hashes against values printed by CPython 3.11.
        assertEquals(-2, Hashing.hash(new PyInt(-1)));
        assertEquals(1, Hashing.hash(PyBool.TRUE));
        assertEquals(1, Hashing.hash(new PyFloat(1.0)));
        assertEquals(1152921504606846976L, Hashing.hash(new PyFloat(0.5)));
        assertEquals(230584300921369408L, Hashing.hash(new PyFloat(0.1)));
        assertEquals(1, Hashing.hash(PyInt.of(BigInteger.TWO.pow(61))));
        assertEquals(8, Hashing.hash(new PyBigInt(BigInteger.TWO.pow(64))));
        assertEquals(314159, Hashing.hash(new PyFloat(Double.POSITIVE_INFINITY)));
    }

    @Test
    void testHash_tupleAsCPython() {
        // Tests the xxHash-based tuple hash: hash((1, 2)) and hash(()) from CPython 3.11.
        assertEquals(-3550055125485641917L, Hashing.hash(PyTuple.of(new PyInt(1), new PyInt(2))));
        assertEquals(5740354900026072187L, Hashing.hash(PyTuple.EMPTY));
    }

    @Test
    void testHash_unhashableList() {
        // Tests the TypeError for an unhashable value.
        PyBaseException e = assertThrows(PyBaseException.class, () -> Hashing.hash(new PyList()));
        assertEquals("unhashable type: 'list'", Repr.str(e));
    }
}
