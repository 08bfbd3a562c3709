package org.pyston.indy.fast;

import org.pyston.builtins.number.FloatMath;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;

/** {@code float} operators for exact operand classes; see {@link FastPaths}. */
public final class FloatFastPaths {
    private FloatFastPaths() {}

    public static Object add(PyFloat a, PyFloat b) { return new PyFloat(a.value + b.value); }
    public static Object sub(PyFloat a, PyFloat b) { return new PyFloat(a.value - b.value); }
    public static Object mul(PyFloat a, PyFloat b) { return new PyFloat(a.value * b.value); }
    public static Object truediv(PyFloat a, PyFloat b) { return FloatMath.truediv(a.value, b.value); }
    public static Object floordiv(PyFloat a, PyFloat b) { return FloatMath.floordiv(a.value, b.value); }
    public static Object mod(PyFloat a, PyFloat b) { return FloatMath.mod(a.value, b.value); }
    public static Object pow(PyFloat a, PyFloat b) { return FloatMath.pow(a.value, b.value); }

    public static Object add(PyFloat a, PyInt b) { return new PyFloat(a.value + IntMath.toDouble(b)); }
    public static Object sub(PyFloat a, PyInt b) { return new PyFloat(a.value - IntMath.toDouble(b)); }
    public static Object mul(PyFloat a, PyInt b) { return new PyFloat(a.value * IntMath.toDouble(b)); }
    public static Object truediv(PyFloat a, PyInt b) { return FloatMath.truediv(a.value, IntMath.toDouble(b)); }
    public static Object truediv(PyInt a, PyFloat b) { return FloatMath.truediv(IntMath.toDouble(a), b.value); }

    public static boolean lt(PyFloat a, PyFloat b) { return a.value < b.value; }
    public static boolean le(PyFloat a, PyFloat b) { return a.value <= b.value; }
    public static boolean gt(PyFloat a, PyFloat b) { return a.value > b.value; }
    public static boolean ge(PyFloat a, PyFloat b) { return a.value >= b.value; }
    public static boolean eq(PyFloat a, PyFloat b) { return a.value == b.value; }
    public static boolean ne(PyFloat a, PyFloat b) { return a.value != b.value; }

    public static Object neg(PyFloat a) { return new PyFloat(-a.value); }
    public static Object pos(PyFloat a) { return a; }

    public static boolean isTrue(PyFloat a) { return a.value != 0.0; }
}
