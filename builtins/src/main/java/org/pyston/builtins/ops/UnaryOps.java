package org.pyston.builtins.ops;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;

/** Unary operators: {@code -x}, {@code +x}, {@code ~x} ({@code not x} is {@link Truth#not}). */
public final class UnaryOps {
    private UnaryOps() {
    }

    public static Object neg(Object a) {
        if (a instanceof PyInt i) {
            return IntMath.neg(i.value);
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(-f.value);
        }
        if (a instanceof PyBool b) {
            return new PyInt(-b.intValue);
        }
        if (a instanceof PyBigInt b) {
            return PyInt.of(b.value.negate());
        }
        return unary(a, "__neg__", "-");
    }

    public static Object pos(Object a) {
        if (a instanceof PyInt || a instanceof PyFloat || a instanceof PyBigInt) {
            return a;
        }
        if (a instanceof PyBool b) {
            return new PyInt(b.intValue);
        }
        return unary(a, "__pos__", "+");
    }

    public static Object invert(Object a) {
        if (a instanceof PyInt i) {
            return new PyInt(~i.value);
        }
        if (a instanceof PyBool b) {
            return new PyInt(~b.intValue);
        }
        if (a instanceof PyBigInt b) {
            return PyInt.of(b.value.not());
        }
        return unary(a, "__invert__", "~");
    }

    /** {@code abs(a)}. */
    public static Object abs(Object a) {
        if (a instanceof PyInt i) {
            return IntMath.abs(i.value);
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value));
        }
        if (a instanceof PyBool b) {
            return new PyInt(b.intValue);
        }
        if (a instanceof PyBigInt b) {
            return PyInt.of(b.value.abs());
        }
        PyType t = TypeOps.typeOf(a);
        Object m = t.isBuiltin() && !(a instanceof SlotDispatched) ? null : t.lookup("__abs__");
        if (inheritsBuiltin(t, m, "__abs__")) {
            return abs(PyInstance.unwrap(a));
        }
        if (m == null) {
            throw PyExceptions.typeError("bad operand type for abs(): '%s'", t.getName());
        }
        return CallOps.callWithSelf(m, a, new Object[0], null);
    }

    /**
     * True when {@code t} subclasses a built-in type (int, float ...) and does not override the
     * operation whose method lookup gave {@code m}: the operation then runs on the wrapped value.
     */
    private static boolean inheritsBuiltin(PyType t, Object m, String dunder) {
        return t.builtinBase() != null && PyMethodDescriptor.isInheritedSlot(m, t, dunder);
    }

    private static Object unary(Object a, String dunder, String symbol) {
        PyType t = TypeOps.typeOf(a);
        Object m = t.isBuiltin() && !(a instanceof SlotDispatched) ? null : t.lookup(dunder);
        if (inheritsBuiltin(t, m, dunder)) {
            Object v = PyInstance.unwrap(a);
            switch (symbol) {
                case "-": return neg(v);
                case "+": return pos(v);
                default: return invert(v);
            }
        }
        if (m == null) {
            throw PyExceptions.typeError("bad operand type for unary %s: '%s'", symbol, t.getName());
        }
        return CallOps.callWithSelf(m, a, new Object[0], null);
    }

    /** {@code operator.index(o)}: the int value of an int or of an object with {@code __index__}. */
    public static Object index(Object o) {
        if (o instanceof PyInt || o instanceof PyBigInt) {
            return o;
        }
        if (o instanceof PyBool b) {
            return new PyInt(b.intValue);
        }
        Object v = org.pyston.builtins.object.PyInstance.unwrap(o);
        if (v != o && (v instanceof PyInt || v instanceof PyBigInt)) {
            return v; // an int subclass instance is an int already: its value, __index__ not asked
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.isBuiltin() ? null : t.lookup("__index__");
        if (m == null) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", t.tpName());
        }
        Object r = CallOps.callWithSelf(m, o, new Object[0], null);
        if (!IntMath.isInt(r)) {
            throw PyExceptions.typeError("__index__ returned non-int (type %s)", TypeOps.typeName(r));
        }
        return exactInt(r, "__index__");
    }

    /**
     * The exact int of {@code r}, an int returned by the special method {@code name}: an instance
     * of a strict subclass (bool included) is accepted with CPython 3.11's DeprecationWarning.
     */
    public static Object exactInt(Object r, String name) {
        if (r instanceof PyInt || r instanceof PyBigInt) {
            return r;
        }
        org.pyston.builtins.imp.WarningsModule.emit(PyExceptions.DEPRECATION_WARNING, String.format(
                "%s returned non-int (type %s).  The ability to return an instance of a strict subclass of int "
                + "is deprecated, and may be removed in a future version of Python.", name, TypeOps.typeName(r)), 1);
        Object v = org.pyston.builtins.object.PyInstance.unwrap(r);
        return v instanceof PyBool b ? new PyInt(b.intValue) : v;
    }

    /** {@link #index} as a Java long, OverflowError when it does not fit. */
    public static long indexAsLong(Object o) {
        Object i = index(o);
        if (IntMath.isSmall(i)) {
            return IntMath.small(i);
        }
        BigInteger b = ((PyBigInt) i).value;
        throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
    }

    /** CPython's PyNumber_AsSsize_t(o, NULL): {@link #index} clamped to the long range, as slice bounds are. */
    public static long indexClamped(Object o) {
        Object i = index(o);
        if (IntMath.isSmall(i)) {
            return IntMath.small(i);
        }
        return ((PyBigInt) i).value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** CPython's PyNumber_AsSsize_t(o, PyExc_IndexError), for a subscript: IndexError when it does not fit. */
    public static long indexForSubscript(Object o) {
        Object i = index(o);
        if (IntMath.isSmall(i)) {
            return IntMath.small(i);
        }
        throw PyExceptions.indexError("cannot fit '%s' into an index-sized integer", TypeOps.typeName(o));
    }
}
