package org.pyston.builtins.ops;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.SetTable;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.FloatMath;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PercentFormatter;
import org.pyston.builtins.text.PyStr;

/**
 * Binary operators with CPython's dispatch: when the right operand's type is a proper subclass of
 * the left's (and not built-in), its reflected method goes first; a method returning
 * {@code NotImplemented} passes to the other operand; when nothing applies, TypeError
 * "unsupported operand type(s) for +: 'int' and 'str'". Each public method starts with the
 * int/float fast paths.
 */
public final class BinaryOps {
    private BinaryOps() {
    }

    private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** Binary operators: symbol, forward, reflected and in-place dunder names. */
    public enum Op {
        ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"),
        FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
        RSHIFT(">>", "rshift"), AND("&", "and"), OR("|", "or"), XOR("^", "xor");

        public final String symbol;
        public final String dunder;
        public final String rdunder;
        public final String idunder;

        Op(String symbol, String name) {
            this.symbol = symbol;
            this.dunder = "__" + name + "__";
            this.rdunder = "__r" + name + "__";
            this.idunder = "__i" + name + "__";
        }
    }

    public static Object add(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.add(x.value, y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return new PyFloat(x.value + y.value);
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return PyStr.concat(x, y);
        }
        return binary(a, b, Op.ADD);
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.sub(x.value, y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return new PyFloat(x.value - y.value);
        }
        return binary(a, b, Op.SUB);
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.mul(x.value, y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return new PyFloat(x.value * y.value);
        }
        return binary(a, b, Op.MUL);
    }

    public static Object matmul(Object a, Object b) {
        return binary(a, b, Op.MATMUL);
    }

    public static Object truediv(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.truediv(x.value, y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return FloatMath.truediv(x.value, y.value);
        }
        return binary(a, b, Op.TRUEDIV);
    }

    public static Object floordiv(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.floordiv(x.value, y.value);
        }
        return binary(a, b, Op.FLOORDIV);
    }

    public static Object mod(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.mod(x.value, y.value);
        }
        return binary(a, b, Op.MOD);
    }

    public static Object pow(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.pow(x.value, y.value);
        }
        return binary(a, b, Op.POW);
    }

    /**
     * {@code pow(a, b, m)} with {@code m} not None: CPython's ternary_op. Each operand's type
     * contributes its power slot (a class defining {@code __pow__}/{@code __rpow__}: its
     * {@code __pow__}, which only the left operand's type calls with three arguments; else the
     * built-in's, int, float or complex); the right operand's goes first when its type is a proper
     * subclass of the left's, a slot shared with an earlier operand is not tried twice.
     */
    public static Object ternaryPow(Object a, Object b, Object m) {
        PyType ta = TypeOps.typeOf(a), tb = TypeOps.typeOf(b), tm = TypeOps.typeOf(m);
        Object slotv = powSlot(ta);
        Object slotw = tb != ta ? powSlot(tb) : null;
        if (slotw != null && slotw == slotv) slotw = null;
        if (slotv != null) {
            if (slotw != null && tb.isSubtype(ta)) {
                Object r = ternarySlot(slotw, a, b, m);
                if (r != NI) return r;
                slotw = null;
            }
            Object r = ternarySlot(slotv, a, b, m);
            if (r != NI) return r;
        }
        if (slotw != null) {
            Object r = ternarySlot(slotw, a, b, m);
            if (r != NI) return r;
        }
        Object slotz = powSlot(tm);
        if (slotz != null && slotz != slotv && slotz != slotw) {
            Object r = ternarySlot(slotz, a, b, m);
            if (r != NI) return r;
        }
        throw PyExceptions.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                ta.getName(), tb.getName(), tm.getName());
    }

    /** The built-in power slots, for {@link #powSlot}. */
    private static final Object INT_POW = new Object(), FLOAT_POW = new Object(), COMPLEX_POW = new Object();

    /** The power slot of a type for {@link #ternaryPow}: the type itself when Python code defines it. */
    private static Object powSlot(PyType t) {
        Object p = t.lookup("__pow__"), rp = t.lookup("__rpow__");
        boolean own = p != null && !(p instanceof PyMethodDescriptor) || rp != null && !(rp instanceof PyMethodDescriptor);
        PyType base = t.isBuiltin() ? t : t.builtinBase();
        if (!own && base != null) {
            if (base.isSubtype(PyInt.TYPE)) return INT_POW;
            if (base.isSubtype(PyFloat.TYPE)) return FLOAT_POW;
            if (base.isSubtype(org.pyston.builtins.number.PyComplex.TYPE)) return COMPLEX_POW;
        }
        return p != null || rp != null ? t : null;
    }

    private static Object ternarySlot(Object slot, Object a, Object b, Object m) {
        if (slot == INT_POW) {
            Object x = PyInstance.unwrap(a), y = PyInstance.unwrap(b), z = PyInstance.unwrap(m);
            if (!IntMath.isInt(x) || !IntMath.isInt(y) || !IntMath.isInt(z)) return NI;
            return IntMath.pow(IntMath.big(x), IntMath.big(y), IntMath.big(z));
        }
        if (slot == FLOAT_POW) {
            // float_pow refuses a modulus before looking at the operands
            throw PyExceptions.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (slot == COMPLEX_POW) {
            if (!isComplexNumber(PyInstance.unwrap(a)) || !isComplexNumber(PyInstance.unwrap(b))) return NI;
            throw PyExceptions.valueError("complex modulo");
        }
        // CPython's slot_nb_power: three-argument power never uses __rpow__, only the left
        // operand's own __pow__, and only when that is what its type's slot is
        PyType ta = TypeOps.typeOf(a);
        if (powSlot(ta) != ta) return NI;
        Object method = ta.lookup("__pow__");
        if (method == null) return NI;
        return CallOps.callWithSelf(method, a, new Object[] {b, m}, null);
    }

    private static boolean isComplexNumber(Object o) {
        return IntMath.isInt(o) || o instanceof PyFloat || o instanceof org.pyston.builtins.number.PyComplex;
    }

    public static Object lshift(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.lshift(x.value, y.value);
        }
        return binary(a, b, Op.LSHIFT);
    }

    public static Object rshift(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.rshift(x.value, y.value);
        }
        return binary(a, b, Op.RSHIFT);
    }

    public static Object and(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return new PyInt(x.value & y.value);
        }
        return binary(a, b, Op.AND);
    }

    public static Object or(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return new PyInt(x.value | y.value);
        }
        return binary(a, b, Op.OR);
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return new PyInt(x.value ^ y.value);
        }
        return binary(a, b, Op.XOR);
    }

    // ---- in-place -------------------------------------------------------------------------------

    public static Object iadd(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.add(x.value, y.value);
        }
        if (a instanceof PyList l) {
            org.pyston.builtins.container.ListMethods.extend(l, b);
            return l;
        }
        return inplace(a, b, Op.ADD);
    }

    public static Object isub(Object a, Object b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return IntMath.sub(x.value, y.value);
        }
        return inplace(a, b, Op.SUB);
    }

    public static Object imul(Object a, Object b) {
        if (a instanceof PyList l && IntMath.isInt(b)) {
            if (!IntMath.isSmall(b)) {
                throw PyExceptions.overflowError("cannot fit 'int' into an index-sized integer");
            }
            Object[] items = l.toArray();
            long n = Math.max(0, IntMath.small(b));
            Object[] out = repeat(items, n);
            l.setAll(out);
            return l;
        }
        return inplace(a, b, Op.MUL);
    }

    public static Object imatmul(Object a, Object b) {
        return inplace(a, b, Op.MATMUL);
    }

    public static Object itruediv(Object a, Object b) {
        return inplace(a, b, Op.TRUEDIV);
    }

    public static Object ifloordiv(Object a, Object b) {
        return inplace(a, b, Op.FLOORDIV);
    }

    public static Object imod(Object a, Object b) {
        return inplace(a, b, Op.MOD);
    }

    public static Object ipow(Object a, Object b) {
        return inplace(a, b, Op.POW);
    }

    public static Object ilshift(Object a, Object b) {
        return inplace(a, b, Op.LSHIFT);
    }

    public static Object irshift(Object a, Object b) {
        return inplace(a, b, Op.RSHIFT);
    }

    public static Object iand(Object a, Object b) {
        return inplace(a, b, Op.AND);
    }

    public static Object ior(Object a, Object b) {
        if (a instanceof PyDict d && b instanceof PyDict e) {
            d.putAll(e);
            return d;
        }
        if (a instanceof PyDict d) {
            // dict |= iterable of pairs: dict.update semantics
            org.pyston.builtins.ops.CallOps.callMethod(d, "update", new Object[] {b}, null);
            return d;
        }
        return inplace(a, b, Op.OR);
    }

    public static Object ixor(Object a, Object b) {
        return inplace(a, b, Op.XOR);
    }

    /** {@code a op= b}: {@code __iop__} when defined (and not NotImplemented), else {@code a op b}. */
    public static Object inplace(Object a, Object b, Op op) {
        PyType ta = TypeOps.typeOf(a);
        if (a instanceof PySet s && (op == Op.OR || op == Op.AND || op == Op.SUB || op == Op.XOR)
                && (b instanceof PySet || b instanceof PyFrozenSet)) {
            SetTable other = SetTable.of(b);
            switch (op) {
                case OR: s.table().addAll(other); break;
                case AND: s.table().retainAll(other); break;
                case SUB: s.table().differenceUpdate(other); break;
                default: s.table().symmetricDifferenceUpdate(other); break;
            }
            return s;
        }
        if (ta.builtinBase() != null) {
            Object m = ta.lookup(op.idunder);
            if (PyMethodDescriptor.isInheritedSlot(m, ta, op.idunder)) {
                // a subclass of a mutable built-in that does not override the operator: the
                // built-in's in-place operation on the wrapped value; the result is the instance
                Object x = PyInstance.unwrap(a);
                Object r = builtinInplace(x, PyInstance.unwrap(b), op);
                if (r != NI) {
                    return r == x ? a : r;
                }
                Object d = dispatch(a, b, op);
                if (d == NI) {
                    throw unsupported(a, b, op, op.symbol + "=");
                }
                return d;
            }
        }
        if (!ta.isBuiltin() || a instanceof SlotDispatched) {
            Object m = ta.lookup(op.idunder);
            if (m != null) {
                Object r = CallOps.callWithSelf(m, a, new Object[] {b}, null);
                if (r != NI) {
                    return r;
                }
            }
        }
        Object r = dispatch(a, b, op);
        if (r == NI) {
            throw unsupported(a, b, op, op.symbol + "=");
        }
        return r;
    }

    /**
     * The in-place operation of a mutable built-in value (list +=/*=, set |= &= -= ^=, dict |=,
     * and the declared {@code __iop__} of slot-dispatched types such as bytearray); NI when the
     * built-in has none for these operands.
     */
    private static Object builtinInplace(Object a, Object b, Op op) {
        if (a instanceof PyList) {
            if (op == Op.ADD) {
                return iadd(a, b);
            }
            if (op == Op.MUL && IntMath.isInt(b)) {
                return imul(a, b);
            }
            return NI;
        }
        if (a instanceof PySet && (op == Op.OR || op == Op.AND || op == Op.SUB || op == Op.XOR)) {
            return b instanceof PySet || b instanceof PyFrozenSet ? inplace(a, b, op) : NI;
        }
        if (a instanceof PyDict && op == Op.OR) {
            return ior(a, b);
        }
        if (a instanceof SlotDispatched) {
            Object m = TypeOps.typeOf(a).lookup(op.idunder);
            if (m != null) {
                return CallOps.callWithSelf(m, a, new Object[] {b}, null);
            }
        }
        return NI;
    }

    /** Whether {@code name} is the dunder of an in-place operator ({@code __iadd__} ...). */
    public static boolean isInplaceDunder(String name) {
        for (Op op : Op.values()) {
            if (op.idunder.equals(name)) {
                return true;
            }
        }
        return false;
    }

    // ---- generic dispatch -----------------------------------------------------------------------

    /** {@code a op b} through the full protocol. */
    public static Object binary(Object a, Object b, Op op) {
        Object r = dispatch(a, b, op);
        if (r == NI) {
            throw unsupported(a, b, op, op.symbol);
        }
        return r;
    }

    private static Object dispatch(Object a, Object b, Op op) {
        PyType ta = TypeOps.typeOf(a);
        PyType tb = TypeOps.typeOf(b);
        boolean nativeA = isNative(ta);
        boolean nativeB = isNative(tb);
        if (nativeA && nativeB) {
            Object n = nativeBinary(op, a, b);
            if (n == NI && b instanceof SlotDispatched && ta != tb) {
                return userSlot(b, op.rdunder, a, tb);
            }
            return n;
        }
        boolean reflectedFirst = false;
        Object r;
        // the right operand's reflected method first when its class is a subclass that overrides it
        // (CPython's method_is_overloaded; against a built-in left operand, any subclass)
        if (ta != tb && !nativeB && tb.isSubtype(ta) && (nativeA || tb.lookup(op.rdunder) != ta.lookup(op.rdunder))) {
            reflectedFirst = true;
            r = userSlot(b, op.rdunder, a, tb, op, true);
            if (r != NI) {
                return r;
            }
        }
        r = nativeA ? nativeBinary(op, a, b) : userSlot(a, op.dunder, b, ta, op, false);
        if (r != NI) {
            return r;
        }
        if (nativeB && b instanceof SlotDispatched && ta != tb) {
            r = userSlot(b, op.rdunder, a, tb);
            if (r != NI) {
                return r;
            }
        }
        if (ta != tb && !reflectedFirst && !nativeB) {
            r = userSlot(b, op.rdunder, a, tb, op, true);
            if (r != NI) {
                return r;
            }
        }
        // obj * sequence where obj only has __index__: the sequence's repetition (sq_repeat)
        if (op == Op.MUL && nativeB && isRepeatable(b) && indexOnly(a, "__mul__")) {
            return repeatSequence(b, UnaryOps.index(a));
        }
        return NI;
    }

    private static boolean isNative(PyType t) {
        return t.isBuiltin();
    }

    private static Object userSlot(Object self, String dunder, Object other, PyType t) {
        return userSlot(self, dunder, other, t, null, false);
    }

    private static Object userSlot(Object self, String dunder, Object other, PyType t, Op op, boolean reflected) {
        Object m = t.lookup(dunder);
        if (op != null && t.builtinBase() != null && PyMethodDescriptor.isInheritedSlot(m, t, dunder)) {
            // a subclass of a built-in type that does not override the operator: the built-in's own
            // operation on the wrapped values (CPython's PyLong_Check & co. accept subclasses)
            Object x = PyInstance.unwrap(self);
            Object y = PyInstance.unwrap(other);
            if (m != null && x instanceof SlotDispatched) {
                // a built-in whose operators are its declared methods (deque.__rmul__ ...): that method
                return CallOps.callWithSelf(m, self, new Object[] {other}, null);
            }
            if (!reflected) {
                return nativeBinary(op, x, op == Op.MOD && isFormat(x) ? other : y);
            }
            // str % value: the value is formatted whole (a str subclass's __str__ counts), not unwrapped
            Object r = nativeBinary(op, y, op == Op.MOD && isFormat(y) ? self : x);
            if (r == NI && x instanceof SlotDispatched) {
                // the left operand's type does not know the built-in (int + complex): its reflected method
                r = userSlot(x, op.rdunder, y, TypeOps.typeOf(x));
            }
            return r;
        }
        if (m == null) {
            return NI;
        }
        return CallOps.callWithSelf(m, self, new Object[] {other}, null);
    }

    /** A printf-style format string: the left operand of {@code %} that formats its right operand. */
    private static boolean isFormat(Object o) {
        return o instanceof PyStr || o instanceof org.pyston.builtins.text.PyBytes
                || o instanceof org.pyston.builtins.text.PyByteArray;
    }

    private static RuntimeException unsupported(Object a, Object b, Op op, String symbol) {
        if (op == Op.ADD) {
            if (a instanceof PyStr) {
                return PyExceptions.typeError("can only concatenate str (not \"%s\") to str", TypeOps.typeName(b));
            }
            if (a instanceof PyList) {
                return PyExceptions.typeError("can only concatenate list (not \"%s\") to list", TypeOps.typeName(b));
            }
            if (a instanceof PyTuple) {
                return PyExceptions.typeError("can only concatenate tuple (not \"%s\") to tuple", TypeOps.typeName(b));
            }
        }
        if (op == Op.MUL) {
            if (isSequence(a) && !IntMath.isInt(b)) {
                return PyExceptions.typeError("can't multiply sequence by non-int of type '%s'", TypeOps.typeName(b));
            }
            if (isSequence(b) && !IntMath.isInt(a)) {
                return PyExceptions.typeError("can't multiply sequence by non-int of type '%s'", TypeOps.typeName(a));
            }
        }
        String sym = op == Op.POW && symbol.equals("**") ? "** or pow()" : symbol;
        return PyExceptions.typeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeOps.typeName(a),
                TypeOps.typeName(b));
    }

    private static boolean isSequence(Object o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    /** The built-in implementation of {@code a op b} for built-in operand types; NI when none applies. */
    public static Object nativeBinary(Op op, Object a, Object b) {
        Object r = wiredBinary(op, a, b);
        if (r == NI && a instanceof SlotDispatched) {
            return userSlot(a, op.dunder, b, TypeOps.typeOf(a));
        }
        return r;
    }

    private static Object wiredBinary(Op op, Object a, Object b) {
        boolean intA = IntMath.isInt(a);
        boolean intB = IntMath.isInt(b);
        if (intA && intB) {
            if (op == Op.AND || op == Op.OR || op == Op.XOR) {
                if (a instanceof PyBool x && b instanceof PyBool y) {
                    switch (op) {
                        case AND: return PyBool.of(x.value & y.value);
                        case OR: return PyBool.of(x.value | y.value);
                        default: return PyBool.of(x.value ^ y.value);
                    }
                }
            }
            if (op == Op.MATMUL) {
                return NI;
            }
            return IntMath.binary(op.symbol, a, b);
        }
        if ((a instanceof PyFloat || intA) && (b instanceof PyFloat || intB)) {
            Object r = FloatMath.binary(op.symbol, FloatMath.toDouble(a), FloatMath.toDouble(b));
            return r == null ? NI : r;
        }
        switch (op) {
            case ADD:
                if (a instanceof PyStr x && b instanceof PyStr y) {
                    return PyStr.concat(x, y);
                }
                if (a instanceof PyList x && b instanceof PyList y) {
                    Object[] p = x.toArray();
                    Object[] q = y.toArray();
                    Object[] out = new Object[p.length + q.length];
                    System.arraycopy(p, 0, out, 0, p.length);
                    System.arraycopy(q, 0, out, p.length, q.length);
                    return PyList.wrap(out);
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Object[] out = new Object[x.items.length + y.items.length];
                    System.arraycopy(x.items, 0, out, 0, x.items.length);
                    System.arraycopy(y.items, 0, out, x.items.length, y.items.length);
                    return PyTuple.wrap(out);
                }
                return NI;
            case MUL:
                if (intB) {
                    return repeatSequence(a, b);
                }
                if (intA) {
                    return repeatSequence(b, a);
                }
                // sequence repetition by any object with __index__ (CPython's sq_repeat), when that
                // object does not take part in multiplication itself
                if (isRepeatable(a) && indexOnly(b, "__rmul__")) {
                    return repeatSequence(a, UnaryOps.index(b));
                }
                if (isRepeatable(b) && indexOnly(a, "__mul__")) {
                    return repeatSequence(b, UnaryOps.index(a));
                }
                return NI;
            case MOD:
                if (a instanceof PyStr s) {
                    return PyStr.of(PercentFormatter.format(s.value(), b));
                }
                return NI;
            case OR: case AND: case SUB: case XOR:
                if (isSetLikeView(a) || isSetLikeView(b)) {
                    // as CPython's dictviews_and/or/xor/sub: any iterable, TypeError for anything else
                    SetTable r = SetTable.viewOperation(a, b, op.symbol);
                    return new PySet(r);
                }
                if ((a instanceof PySet || a instanceof PyFrozenSet) && (b instanceof PySet || b instanceof PyFrozenSet)) {
                    SetTable r = SetTable.of(a).operation(op.symbol, SetTable.of(b));
                    return a instanceof PySet ? new PySet(r) : new PyFrozenSet(r);
                }
                // exact dicts only: a built-in subclass (defaultdict) has its own __or__/__ror__
                if (op == Op.OR && a instanceof PyDict x && b instanceof PyDict y && x.getClass() == PyDict.class
                        && y.getClass() == PyDict.class) {
                    PyDict d = x.copy();
                    d.putAll(y);
                    return d;
                }
                return NI;
            default:
                return NI;
        }
    }

    /** dict.keys() and dict.items() views, which are set-like (values views are not). */
    static boolean isSetLikeView(Object o) {
        return o instanceof org.pyston.builtins.container.PyDictView v
                && v.getType() != org.pyston.builtins.container.PyDictView.VALUES_TYPE;
    }

    private static boolean isRepeatable(Object o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    /** An object with {@code __index__} but without the multiplication method {@code mulName}. */
    private static boolean indexOnly(Object o, String mulName) {
        PyType t = TypeOps.typeOf(o);
        return !t.isBuiltin() && t.lookup("__index__") != null && t.lookup(mulName) == null;
    }

    private static Object repeatSequence(Object seq, Object count) {
        if (!(seq instanceof PyStr || seq instanceof PyList || seq instanceof PyTuple)) {
            return NI;
        }
        if (!IntMath.isSmall(count)) {
            throw PyExceptions.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, IntMath.small(count));
        if (n == 1 && !(seq instanceof PyList)) {
            return seq; // an immutable sequence times one is itself, as CPython's
        }
        if (seq instanceof PyStr s) {
            if (s.value().length() > 0 && n > Long.MAX_VALUE / s.value().length()) {
                throw PyExceptions.overflowError("repeated string is too long");
            }
            if (s.value().length() > 0 && n > Integer.MAX_VALUE / s.value().length()) {
                throw PyExceptions.memoryError();
            }
            return PyStr.of(s.value().repeat((int) n));
        }
        if (seq instanceof PyList l) {
            return PyList.wrap(repeat(l.toArray(), n));
        }
        return PyTuple.wrap(repeat(((PyTuple) seq).items, n));
    }

    private static Object[] repeat(Object[] items, long n) {
        // n * length would overflow a long for huge n: compare by division
        if (items.length > 0 && n > (Integer.MAX_VALUE - 8) / items.length) {
            throw PyExceptions.memoryError();
        }
        Object[] out = new Object[(int) (n * items.length)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return out;
    }

    /** {@code divmod(a, b)}. */
    public static Object divmod(Object a, Object b) {
        if (IntMath.isInt(a) && IntMath.isInt(b)) {
            return PyTuple.of(IntMath.binary("//", a, b), IntMath.binary("%", a, b));
        }
        if ((a instanceof PyFloat || IntMath.isInt(a)) && (b instanceof PyFloat || IntMath.isInt(b))) {
            double x = FloatMath.toDouble(a);
            double y = FloatMath.toDouble(b);
            if (y == 0.0) {
                throw PyExceptions.zeroDivisionError("float divmod()");
            }
            double[] r = FloatMath.divmod(x, y);
            return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
        }
        PyType ta = TypeOps.typeOf(a);
        PyType tb = TypeOps.typeOf(b);
        if (!ta.isBuiltin()) {
            Object r = userSlot(a, "__divmod__", b, ta);
            if (r != NI) {
                return r;
            }
        }
        if (!tb.isBuiltin()) {
            Object r = userSlot(b, "__rdivmod__", a, tb);
            if (r != NI) {
                return r;
            }
        }
        throw PyExceptions.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", ta.getName(), tb.getName());
    }
}
