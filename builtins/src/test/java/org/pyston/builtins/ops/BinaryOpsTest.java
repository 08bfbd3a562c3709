package org.pyston.builtins.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.text.PyStr;

class BinaryOpsTest {
    private static PyInt i(long v) {
        return new PyInt(v);
    }

    private static String r(Object o) {
        return Repr.repr(o);
    }

    @Test
    void testAdd_overflowPromotesToBigInt() {
        // Tests that long overflow promotes to a big int and that results fitting a long come back small.
        Object big = BinaryOps.add(i(Long.MAX_VALUE), i(1));
        assertInstanceOf(PyBigInt.class, big);
        assertEquals("9223372036854775808", r(big));
        Object back = BinaryOps.sub(big, i(1));
        assertInstanceOf(PyInt.class, back);
        assertEquals(Long.MAX_VALUE, ((PyInt) back).value);
    }

    @Test
    void testMul_overflowPromotes() {
        // Tests that multiplication overflow is exact (2**62 * 4 == 2**64).
        assertEquals("18446744073709551616", r(BinaryOps.mul(i(1L << 62), i(4))));
        assertEquals("-9223372036854775808", r(BinaryOps.mul(i(-(1L << 62)), i(2))));
        assertInstanceOf(PyInt.class, BinaryOps.mul(i(-(1L << 62)), i(2)));
    }

    @Test
    void testFloordivMod_floorSemanticsOnNegatives() {
        // Tests that // and % follow floor semantics as in CPython (-7 // 2 == -4, -7 % 2 == 1).
        assertEquals("-4", r(BinaryOps.floordiv(i(-7), i(2))));
        assertEquals("1", r(BinaryOps.mod(i(-7), i(2))));
        assertEquals("-1", r(BinaryOps.mod(i(7), i(-2))));
        assertEquals("-4.0", r(BinaryOps.floordiv(new PyFloat(-7), i(2))));
        assertEquals("1.0", r(BinaryOps.mod(new PyFloat(-7), i(2))));
        assertEquals("9223372036854775808", r(BinaryOps.floordiv(i(Long.MIN_VALUE), i(-1))));
    }

    @Test
    void testDivision_zeroDivisionMessages() {
        // Tests the exact ZeroDivisionError messages of CPython 3.11.
        assertEquals("integer division or modulo by zero", msg(() -> BinaryOps.floordiv(i(1), i(0))));
        assertEquals("integer modulo by zero", msg(() -> BinaryOps.mod(i(1), i(0))));
        assertEquals("division by zero", msg(() -> BinaryOps.truediv(i(1), i(0))));
        assertEquals("float division by zero", msg(() -> BinaryOps.truediv(new PyFloat(1), i(0))));
        assertEquals("float floor division by zero", msg(() -> BinaryOps.floordiv(new PyFloat(1), i(0))));
        assertEquals("float modulo", msg(() -> BinaryOps.mod(new PyFloat(1), i(0))));
        assertEquals("0.0 cannot be raised to a negative power", msg(() -> BinaryOps.pow(i(0), i(-1))));
    }

    private static String msg(Runnable r) {
        PyBaseException e = assertThrows(PyBaseException.class, r::run);
        return Repr.str(e);
    }

    @Test
    void testPow_negativeExponentGivesFloat() {
        // Tests that int ** negative int is a float and int ** big is exact.
        assertEquals("0.5", r(BinaryOps.pow(i(2), i(-1))));
        assertEquals(BigInteger.TWO.pow(100).toString(), r(BinaryOps.pow(i(2), i(100))));
    }

    @Test
    void testAdd_unsupportedOperandMessage() {
        // Tests the TypeError message for mismatched operands, including concatenation messages.
        PyBaseException e = assertThrows(PyBaseException.class, () -> BinaryOps.add(i(1), PyStr.of("a")));
        assertEquals(PyExceptions.TYPE_ERROR, e.getType());
        assertEquals("unsupported operand type(s) for +: 'int' and 'str'", Repr.str(e));
        assertEquals("can only concatenate list (not \"tuple\") to list",
                msg(() -> BinaryOps.add(new PyList(), PyTuple.EMPTY)));
        assertEquals("can't multiply sequence by non-int of type 'str'",
                msg(() -> BinaryOps.mul(PyList.of(i(1)), PyStr.of("a"))));
    }

    @Test
    void testSequences_concatAndRepeat() {
        // Tests str/list/tuple concatenation and repetition, with the int on either side.
        assertEquals("'abab'", r(BinaryOps.mul(PyStr.of("ab"), i(2))));
        assertEquals("[1, 1, 1]", r(BinaryOps.mul(i(3), PyList.of(i(1)))));
        assertEquals("(1, 2)", r(BinaryOps.add(PyTuple.of(i(1)), PyTuple.of(i(2)))));
        assertEquals("[]", r(BinaryOps.mul(PyList.of(i(1)), i(-2))));
    }

    @Test
    void testBool_isIntInArithmetic() {
        // Tests that bools take part in int arithmetic and & | ^ on two bools give a bool.
        assertEquals("2", r(BinaryOps.add(PyBool.TRUE, PyBool.TRUE)));
        assertEquals("True", r(BinaryOps.and(PyBool.TRUE, PyBool.TRUE)));
        assertEquals("1.5", r(BinaryOps.add(PyBool.TRUE, new PyFloat(0.5))));
    }

    @Test
    void testMod_stringFormatting() {
        // Tests printf-style str % args for the common conversions.
        assertEquals("'a=1 b=x 2.50 ff %'", r(BinaryOps.mod(PyStr.of("a=%d b=%s %.2f %x %%"),
                PyTuple.of(i(1), PyStr.of("x"), new PyFloat(2.5), i(255)))));
        assertEquals("\"'q'\"", r(BinaryOps.mod(PyStr.of("%r"), PyStr.of("q"))));
    }

    @Test
    void testInplaceAdd_listExtendsInPlace() {
        // Tests that += on a list mutates and returns the same list.
        PyList l = PyList.of(i(1));
        Object res = BinaryOps.iadd(l, PyTuple.of(i(2)));
        assertEquals(l, res);
        assertEquals("[1, 2]", r(l));
    }
}
