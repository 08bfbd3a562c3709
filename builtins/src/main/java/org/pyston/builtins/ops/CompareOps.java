package org.pyston.builtins.ops;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyRange;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.SetTable;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * Rich comparison with CPython's protocol: the reflected operation is tried first when the right
 * operand's type is a proper subclass of the left's, {@code NotImplemented} passes to the other
 * side, and {@code ==}/{@code !=} fall back to identity. Sequences compare lexicographically, with
 * the identity shortcut for elements ({@code x is y} implies equal, as CPython's containers do).
 */
public final class CompareOps {
    private CompareOps() {
    }

    /** Comparison operators; {@code swapped} is the reflected operator. */
    public enum Op {
        LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

        final String symbol;
        /** The method name, {@code __lt__} ... */
        public final String dunder;

        Op(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }

        Op swapped() {
            switch (this) {
                case LT: return GT;
                case LE: return GE;
                case GT: return LT;
                case GE: return LE;
                default: return this;
            }
        }

        boolean test(int c) {
            switch (this) {
                case LT: return c < 0;
                case LE: return c <= 0;
                case EQ: return c == 0;
                case NE: return c != 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        }
    }

    private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

    public static Object eq(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyBool.of(x.value == y.value);
        }
        return compare(a, b, Op.EQ);
    }

    public static Object ne(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyBool.of(x.value != y.value);
        }
        return compare(a, b, Op.NE);
    }

    public static Object lt(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyBool.of(x.value < y.value);
        }
        return compare(a, b, Op.LT);
    }

    public static Object le(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyBool.of(x.value <= y.value);
        }
        return compare(a, b, Op.LE);
    }

    public static Object gt(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyBool.of(x.value > y.value);
        }
        return compare(a, b, Op.GT);
    }

    public static Object ge(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyBool.of(x.value >= y.value);
        }
        return compare(a, b, Op.GE);
    }

    /** {@code a == b} as a Java boolean, with the identity shortcut (for containers and dict keys). */
    public static boolean eqBool(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value().equals(y.value());
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return x.value == y.value;
        }
        return Truth.isTrue(compare(a, b, Op.EQ));
    }

    /** {@code a < b} as a Java boolean (sorting, min/max). */
    public static boolean ltBool(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return x.value < y.value;
        }
        return Truth.isTrue(compare(a, b, Op.LT));
    }

    /** The full protocol for {@code a op b}. */
    public static Object compare(Object a, Object b, Op op) {
        PyType ta = TypeOps.typeOf(a);
        PyType tb = TypeOps.typeOf(b);
        boolean reflectedFirst = false;
        Object r;
        if (ta != tb && tb.isSubtype(ta) && !tb.isBuiltin()) {
            reflectedFirst = true;
            r = slot(b, op.swapped(), a, tb);
            if (r != NI) {
                return r;
            }
        }
        r = slot(a, op, b, ta);
        if (r != NI) {
            return r;
        }
        if (!reflectedFirst) {
            r = slot(b, op.swapped(), a, tb);
            if (r != NI) {
                return r;
            }
        }
        switch (op) {
            case EQ: return PyBool.of(a == b);
            case NE: return PyBool.of(a != b);
            default:
                throw PyExceptions.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol,
                        ta.tpName(), tb.tpName());
        }
    }

    /**
     * The rest of {@link #compare} for operands of the same type after the left operand's method
     * returned NotImplemented: the reflected method of the right, then the defaults. For inline
     * caches that called the left operand's method directly.
     */
    public static Object compareAfterLeftDeclined(Object a, Object b, Op op) {
        PyType tb = TypeOps.typeOf(b);
        Object r = slot(b, op.swapped(), a, tb);
        if (r != NI) {
            return r;
        }
        switch (op) {
            case EQ: return PyBool.of(a == b);
            case NE: return PyBool.of(a != b);
            default:
                throw PyExceptions.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol,
                        TypeOps.typeOf(a).tpName(), tb.tpName());
        }
    }

    private static Object slot(Object self, Op op, Object other, PyType type) {
        if (type.isBuiltin() && type.layout() != PyType.Layout.INSTANCE) {
            return nativeCompare(self, op, other);
        }
        Object m = type.lookup(op.dunder);
        if (type.builtinBase() != null && PyMethodDescriptor.isInheritedSlot(m, type, op.dunder)) {
            // a subclass of a built-in type without its own comparison: the built-in's, on the values
            return nativeCompare(PyInstance.unwrap(self), op, PyInstance.unwrap(other));
        }
        if (m == null) {
            return NI;
        }
        return callComparison(m, self, type, other);
    }

    /**
     * Calls the comparison method {@code m} found on {@code type}, CPython's slot_tp_richcompare:
     * a method that cannot even be fetched (its descriptor's {@code __get__} raises) counts as
     * absent, NotImplemented, the error cleared.
     */
    public static Object callComparison(Object m, Object self, PyType type, Object other) {
        if (!(m instanceof org.pyston.builtins.function.PyFunction) && !(m instanceof PyMethodDescriptor)) {
            Object bound;
            try {
                bound = AttributeOps.descriptorGet(m, self, type);
            } catch (org.pyston.builtins.exception.PyBaseException e) {
                return NI;
            }
            return CallOps.call(bound, new Object[] {other}, null);
        }
        return CallOps.callWithSelf(m, self, new Object[] {other}, null);
    }

    /** The built-in comparison of {@code a op b} where {@code a} is of a built-in type; NI when unknown. */
    public static Object nativeCompare(Object a, Op op, Object b) {
        if (IntMath.isInt(a)) {
            if (IntMath.isInt(b)) {
                return PyBool.of(op.test(IntMath.compare(a, b)));
            }
            if (b instanceof PyFloat f) {
                return compareIntFloat(a, f.value, op, false);
            }
            return NI;
        }
        if (a instanceof PyFloat f) {
            if (b instanceof PyFloat g) {
                return PyBool.of(doubleTest(f.value, g.value, op));
            }
            if (IntMath.isInt(b)) {
                return compareIntFloat(b, f.value, op.swapped(), false);
            }
            return NI;
        }
        if (a instanceof PyStr x) {
            if (b instanceof PyStr y) {
                return PyBool.of(op.test(compareStrings(x.value(), y.value())));
            }
            return NI;
        }
        if (a instanceof PyList x) {
            if (b instanceof PyList y) {
                return sequenceCompare(x.toArray(), y.toArray(), op);
            }
            return NI;
        }
        if (a instanceof PyTuple x) {
            if (b instanceof PyTuple y) {
                return sequenceCompare(x.items, y.items, op);
            }
            return NI;
        }
        if (a instanceof PyDict x) {
            if (b instanceof PyDict y && (op == Op.EQ || op == Op.NE)) {
                return PyBool.of(dictEquals(x, y) == (op == Op.EQ));
            }
            return NI;
        }
        if (BinaryOps.isSetLikeView(a) && (b instanceof PySet || b instanceof PyFrozenSet || BinaryOps.isSetLikeView(b))) {
            return PyBool.of(viewCompare(a, b, op));
        }
        if ((a instanceof PySet || a instanceof PyFrozenSet) && BinaryOps.isSetLikeView(b)) {
            // set's own comparison declines a view; the view's reflected one answers
            return PyBool.of(viewCompare(b, a, op.swapped()));
        }
        if (a instanceof PySet || a instanceof PyFrozenSet) {
            if (b instanceof PySet || b instanceof PyFrozenSet) {
                return PyBool.of(setCompare(SetTable.of(a), SetTable.of(b), op));
            }
            return NI;
        }
        if (a instanceof org.pyston.builtins.container.PySlice x) {
            // slices compare as the tuples (start, stop, step), as CPython's slice_richcompare
            if (b instanceof org.pyston.builtins.container.PySlice y) {
                return nativeCompare(PyTuple.of(x.start, x.stop, x.step), op, PyTuple.of(y.start, y.stop, y.step));
            }
            return NI;
        }
        if (a instanceof PyRange x) {
            if (b instanceof PyRange y && (op == Op.EQ || op == Op.NE)) {
                return PyBool.of(x.sameSequence(y) == (op == Op.EQ));
            }
            return NI;
        }
        if (a instanceof SlotDispatched) {
            Object m = TypeOps.typeOf(a).lookup(op.dunder);
            if (m != null) {
                Object r = CallOps.callWithSelf(m, a, new Object[] {b}, null);
                if (r != NI) {
                    return r;
                }
            }
        } else {
            // other built-in types that declare the comparison (weakref.ref ...): their method
            Object m = TypeOps.typeOf(a).lookup(op.dunder);
            if (m != null && m != PyType.OBJECT.lookupLocal(op.dunder)) {
                return CallOps.callWithSelf(m, a, new Object[] {b}, null);
            }
            if (op == Op.NE) {
                // object.__ne__ inverts a declared __eq__
                Object eq = TypeOps.typeOf(a).lookup("__eq__");
                if (eq != null && eq != PyType.OBJECT.lookupLocal("__eq__")) {
                    Object r = CallOps.callWithSelf(eq, a, new Object[] {b}, null);
                    return r == NI ? NI : PyBool.of(!Truth.isTrue(r));
                }
            }
        }
        // object's default: identity for == and !=
        if (op == Op.EQ) {
            return a == b ? PyBool.TRUE : NI;
        }
        if (op == Op.NE) {
            return a == b ? PyBool.FALSE : NI;
        }
        return NI;
    }

    private static boolean doubleTest(double x, double y, Op op) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    /** {@code i op d} exactly (never rounding the int). */
    private static Object compareIntFloat(Object i, double d, Op op, boolean unused) {
        if (Double.isNaN(d)) {
            return PyBool.of(op == Op.NE);
        }
        return PyBool.of(op.test(IntMath.compareWithDouble(i, d)));
    }

    /** Compares by code point (Java compares UTF-16 units, which differs only for surrogates). */
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c != d) {
                if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return c - d;
            }
        }
        return x.length() - y.length();
    }

    private static Object sequenceCompare(Object[] x, Object[] y, Op op) {
        if ((op == Op.EQ || op == Op.NE) && x.length != y.length) {
            return PyBool.of(op == Op.NE);
        }
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!eqBool(x[i], y[i])) {
                if (op == Op.EQ) {
                    return PyBool.FALSE;
                }
                if (op == Op.NE) {
                    return PyBool.TRUE;
                }
                return compare(x[i], y[i], op);
            }
        }
        return PyBool.of(op.test(Integer.compare(x.length, y.length)));
    }

    private static boolean dictEquals(PyDict x, PyDict y) {
        if (x == y) {
            return true;
        }
        if (x.size() != y.size()) {
            return false;
        }
        for (Object[] e : x.entries()) {
            Object v = y.get(e[0]);
            if (v == null || !eqBool(e[1], v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean setCompare(SetTable x, SetTable y, Op op) {
        switch (op) {
            case EQ: return x.size() == y.size() && x.isSubsetOf(y);
            case NE: return !(x.size() == y.size() && x.isSubsetOf(y));
            case LE: return x.isSubsetOf(y);
            case LT: return x.size() < y.size() && x.isSubsetOf(y);
            case GE: return y.isSubsetOf(x);
            default: return x.size() > y.size() && y.isSubsetOf(x);
        }
    }

    /** {@code item in container}. */
    /**
     * CPython's dictview_richcompare for a keys or items view {@code a} against a set or view:
     * sizes first, then each item of the smaller side tested with the other's {@code in} (for an
     * items view a key lookup and a value {@code ==}, whose errors propagate).
     */
    private static boolean viewCompare(Object a, Object b, Op op) {
        long la = ItemOps.len(a);
        long lb = ItemOps.len(b);
        switch (op) {
            case EQ: return la == lb && allContainedIn(a, b);
            case NE: return !(la == lb && allContainedIn(a, b));
            case LT: return la < lb && allContainedIn(a, b);
            case LE: return la <= lb && allContainedIn(a, b);
            case GT: return la > lb && allContainedIn(b, a);
            default: return la >= lb && allContainedIn(b, a);
        }
    }

    private static boolean allContainedIn(Object self, Object other) {
        Object it = IterOps.iter(self);
        for (Object x = IterOps.next(it); x != null; x = IterOps.next(it)) {
            if (!contains(other, x)) {
                return false;
            }
        }
        return true;
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PyStr s) {
            if (org.pyston.builtins.object.PyInstance.unwrap(item) instanceof PyStr sub) {
                return s.value().contains(sub.value());
            }
            throw PyExceptions.typeError("'in <string>' requires string as left operand, not %s", TypeOps.typeName(item));
        }
        if (container instanceof PyList l) {
            int n = l.size();
            for (int i = 0; i < n; i++) {
                Object v = l.getOrNull(i);
                if (v != null && eqBool(v, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object v : t.items) {
                if (eqBool(v, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PySet || container instanceof PyFrozenSet) {
            return SetTable.of(container).contains(item);
        }
        if (container instanceof PyRange r) {
            return r.containsValue(item);
        }
        PyType t = TypeOps.typeOf(container);
        Object m = t.lookup("__contains__");
        if (m == PyNone.NONE) {
            throw PyExceptions.typeError("'%s' object is not a container", t.tpName());
        }
        if (m != null) {
            return Truth.isTrue(CallOps.callWithSelf(m, container, new Object[] {item}, null));
        }
        if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
            throw PyExceptions.typeError("argument of type '%s' is not iterable", t.tpName());
        }
        Object it = IterOps.iter(container);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            if (eqBool(v, item)) {
                return true;
            }
        }
        return false;
    }
}
