package org.pyston.indy.fast;

import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;

/**
 * {@code int} (the long-backed {@link PyInt}) operators for exact operand classes; see
 * {@link FastPaths}. Overflow promotes through {@link IntMath}. Mixed int/float operations
 * convert the int exactly as CPython's float.__radd__ etc. would.
 */
public final class IntFastPaths {
    private IntFastPaths() {}

    public static Object add(PyInt a, PyInt b) { return IntMath.add(a.value, b.value); }
    public static Object sub(PyInt a, PyInt b) { return IntMath.sub(a.value, b.value); }
    public static Object mul(PyInt a, PyInt b) { return IntMath.mul(a.value, b.value); }
    public static Object floordiv(PyInt a, PyInt b) { return IntMath.floordiv(a.value, b.value); }
    public static Object mod(PyInt a, PyInt b) { return IntMath.mod(a.value, b.value); }
    public static Object truediv(PyInt a, PyInt b) { return IntMath.truediv(a.value, b.value); }
    public static Object lshift(PyInt a, PyInt b) { return IntMath.lshift(a.value, b.value); }
    public static Object rshift(PyInt a, PyInt b) { return IntMath.rshift(a.value, b.value); }
    public static Object pow(PyInt a, PyInt b) { return IntMath.pow(a.value, b.value); }
    public static Object and(PyInt a, PyInt b) { return new PyInt(a.value & b.value); }
    public static Object or(PyInt a, PyInt b) { return new PyInt(a.value | b.value); }
    public static Object xor(PyInt a, PyInt b) { return new PyInt(a.value ^ b.value); }

    public static boolean lt(PyInt a, PyInt b) { return a.value < b.value; }
    public static boolean le(PyInt a, PyInt b) { return a.value <= b.value; }
    public static boolean gt(PyInt a, PyInt b) { return a.value > b.value; }
    public static boolean ge(PyInt a, PyInt b) { return a.value >= b.value; }
    public static boolean eq(PyInt a, PyInt b) { return a.value == b.value; }
    public static boolean ne(PyInt a, PyInt b) { return a.value != b.value; }

    public static Object neg(PyInt a) { return IntMath.neg(a.value); }
    public static Object pos(PyInt a) { return a; }
    public static Object invert(PyInt a) { return new PyInt(~a.value); }

    // int with float: exact for |int| <= 2**53, else the generic path's exact conversion matters
    public static Object add(PyInt a, PyFloat b) { return new PyFloat(IntMath.toDouble(a) + b.value); }
    public static Object sub(PyInt a, PyFloat b) { return new PyFloat(IntMath.toDouble(a) - b.value); }
    public static Object mul(PyInt a, PyFloat b) { return new PyFloat(IntMath.toDouble(a) * b.value); }

    public static boolean isTrue(PyInt a) { return a.value != 0; }
    public static boolean isTrue(PyBool a) { return a.value; }
}
