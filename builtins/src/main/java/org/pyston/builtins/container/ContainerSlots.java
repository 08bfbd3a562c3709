package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * The operator dunders of the built-in containers ({@code list.__add__}, {@code set.__iand__},
 * {@code dict.__or__}, {@code tuple.__lt__} ...) as attributes, for code that calls them
 * explicitly or through {@code super()}. Operators themselves never come here: BinaryOps and
 * CompareOps handle these types directly. As in CPython, the sequence slots (concatenation,
 * repetition) raise TypeError for a bad operand while the number-protocol ones (set and dict
 * operators) return NotImplemented. A type's methods class extends the slots class of its type
 * so the declaration scanner picks these up.
 */
public final class ContainerSlots {
    private ContainerSlots() {
    }

    private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** The built-in value of {@code o} (the wrapped one for an instance of a subclass). */
    static Object value(Object o) {
        return PyInstance.unwrap(o);
    }

    /** {@code a op b} by the built-in comparison of the values (NotImplemented for foreign types). */
    static Object compare(Object a, CompareOps.Op op, Object b) {
        return CompareOps.nativeCompare(value(a), op, value(b));
    }

    /** Sequence repetition {@code seq * n} (sq_repeat: the count must have {@code __index__}). */
    static Object repeat(Object seq, Object n) {
        Object count = UnaryOps.index(n);
        return BinaryOps.nativeBinary(BinaryOps.Op.MUL, value(seq), count);
    }

    /** Sequence concatenation (sq_concat): TypeError naming {@code kind} for another type. */
    static Object concat(Object a, Object b, String kind) {
        Object r = BinaryOps.nativeBinary(BinaryOps.Op.ADD, value(a), value(b));
        if (r == NI) {
            throw PyExceptions.typeError("can only concatenate %s (not \"%s\") to %s", kind, TypeOps.typeName(b), kind);
        }
        return r;
    }

    /** Ordering comparisons shared by the sequence and set types. */
    public static class Ordering {
        @PyMethod(name = "__lt__")
        public static Object lt_(Object self, Object other) {
            return compare(self, CompareOps.Op.LT, other);
        }

        @PyMethod(name = "__le__")
        public static Object le_(Object self, Object other) {
            return compare(self, CompareOps.Op.LE, other);
        }

        @PyMethod(name = "__gt__")
        public static Object gt_(Object self, Object other) {
            return compare(self, CompareOps.Op.GT, other);
        }

        @PyMethod(name = "__ge__")
        public static Object ge_(Object self, Object other) {
            return compare(self, CompareOps.Op.GE, other);
        }
    }

    /** tuple's operators. */
    public static class TupleSlots extends Ordering {
        @PyMethod(name = "__eq__")
        public static Object eq_(Object self, Object other) {
            return compare(self, CompareOps.Op.EQ, other);
        }

        @PyMethod(name = "__ne__")
        public static Object ne_(Object self, Object other) {
            return compare(self, CompareOps.Op.NE, other);
        }

        @PyMethod(name = "__add__")
        public static Object add_(Object self, Object other) {
            return concat(self, other, "tuple");
        }

        @PyMethod(name = "__mul__")
        public static Object mul_(Object self, Object n) {
            return repeat(self, n);
        }

        @PyMethod(name = "__rmul__")
        public static Object rmul_(Object self, Object n) {
            return repeat(self, n);
        }

        @PyMethod(name = "__getnewargs__")
        public static Object getnewargs_(Object self) {
            PyTuple t = (PyTuple) value(self);
            return PyTuple.of(PyTuple.of(t.items.clone()));
        }
    }

    /** list's operators. */
    public static class ListSlots extends Ordering {
        @PyMethod(name = "__add__")
        public static Object add_(Object self, Object other) {
            return concat(self, other, "list");
        }

        @PyMethod(name = "__mul__")
        public static Object mul_(Object self, Object n) {
            return repeat(self, n);
        }

        @PyMethod(name = "__rmul__")
        public static Object rmul_(Object self, Object n) {
            return repeat(self, n);
        }

        @PyMethod(name = "__iadd__", wholeSelf = true)
        public static Object iadd_(Object self, Object other) {
            ListMethods.extend((PyList) value(self), other);
            return self;
        }

        @PyMethod(name = "__imul__", wholeSelf = true)
        public static Object imul_(Object self, Object n) {
            BinaryOps.imul(value(self), UnaryOps.index(n));
            return self;
        }
    }

    /** The set operators of set and frozenset (NotImplemented unless both operands are sets). */
    public static class SetOperators extends Ordering {
        @PyMethod(name = "__eq__")
        public static Object eq_(Object self, Object other) {
            return compare(self, CompareOps.Op.EQ, other);
        }

        @PyMethod(name = "__ne__")
        public static Object ne_(Object self, Object other) {
            return compare(self, CompareOps.Op.NE, other);
        }

        static boolean isSet(Object o) {
            Object v = value(o);
            return v instanceof PySet || v instanceof PyFrozenSet;
        }

        static Object op(BinaryOps.Op op, Object a, Object b) {
            return isSet(a) && isSet(b) ? BinaryOps.nativeBinary(op, value(a), value(b)) : NI;
        }

        @PyMethod(name = "__and__")
        public static Object and_(Object self, Object other) {
            return op(BinaryOps.Op.AND, self, other);
        }

        @PyMethod(name = "__rand__")
        public static Object rand_(Object self, Object other) {
            return op(BinaryOps.Op.AND, other, self);
        }

        @PyMethod(name = "__or__")
        public static Object or_(Object self, Object other) {
            return op(BinaryOps.Op.OR, self, other);
        }

        @PyMethod(name = "__ror__")
        public static Object ror_(Object self, Object other) {
            return op(BinaryOps.Op.OR, other, self);
        }

        @PyMethod(name = "__sub__")
        public static Object sub_(Object self, Object other) {
            return op(BinaryOps.Op.SUB, self, other);
        }

        @PyMethod(name = "__rsub__")
        public static Object rsub_(Object self, Object other) {
            return op(BinaryOps.Op.SUB, other, self);
        }

        @PyMethod(name = "__xor__")
        public static Object xor_(Object self, Object other) {
            return op(BinaryOps.Op.XOR, self, other);
        }

        @PyMethod(name = "__rxor__")
        public static Object rxor_(Object self, Object other) {
            return op(BinaryOps.Op.XOR, other, self);
        }
    }

    /** set's own operators: the in-place forms, which update {@code self} (the rest are {@link SetOperators}). */
    public static class MutableSetSlots {
        static Object inplace(BinaryOps.Op op, Object self, Object other) {
            if (!SetOperators.isSet(other)) {
                return NI;
            }
            switch (op) {
                case AND: BinaryOps.iand(value(self), value(other)); break;
                case OR: BinaryOps.ior(value(self), value(other)); break;
                case SUB: BinaryOps.isub(value(self), value(other)); break;
                default: BinaryOps.ixor(value(self), value(other)); break;
            }
            return self;
        }

        @PyMethod(name = "__iand__", wholeSelf = true)
        public static Object iand_(Object self, Object other) {
            return inplace(BinaryOps.Op.AND, self, other);
        }

        @PyMethod(name = "__ior__", wholeSelf = true)
        public static Object ior_(Object self, Object other) {
            return inplace(BinaryOps.Op.OR, self, other);
        }

        @PyMethod(name = "__isub__", wholeSelf = true)
        public static Object isub_(Object self, Object other) {
            return inplace(BinaryOps.Op.SUB, self, other);
        }

        @PyMethod(name = "__ixor__", wholeSelf = true)
        public static Object ixor_(Object self, Object other) {
            return inplace(BinaryOps.Op.XOR, self, other);
        }
    }

    /** dict's merge operators and reversal. */
    public static class DictSlots {
        /** {@code dict.__eq__}: called explicitly by subclasses (OrderedDict's {@code dict.__eq__(self, other)}). */
        @PyMethod(name = "__eq__")
        public static Object eq_(Object self, Object other) {
            return value(other) instanceof PyDict ? compare(self, CompareOps.Op.EQ, other) : NI;
        }

        @PyMethod(name = "__ne__")
        public static Object ne_(Object self, Object other) {
            return value(other) instanceof PyDict ? compare(self, CompareOps.Op.NE, other) : NI;
        }

        @PyMethod(name = "__or__")
        public static Object or_(Object self, Object other) {
            return value(other) instanceof PyDict ? BinaryOps.nativeBinary(BinaryOps.Op.OR, value(self), value(other)) : NI;
        }

        @PyMethod(name = "__ror__")
        public static Object ror_(Object self, Object other) {
            return value(other) instanceof PyDict ? BinaryOps.nativeBinary(BinaryOps.Op.OR, value(other), value(self)) : NI;
        }

        /** {@code d |= other}: {@code dict.update} with any mapping or iterable of pairs. */
        @PyMethod(name = "__ior__", wholeSelf = true)
        public static Object ior_(Object self, Object other) {
            // dict's own update, not a subclass's override (as CPython's dict_ior)
            org.pyston.builtins.ops.CallOps.callMethod(value(self), "update", new Object[] {other}, null);
            return self;
        }

        /** Keys, last inserted first (a snapshot, like CPython's dict_reversekeyiterator up to mutation checks). */
        @PyMethod(name = "__reversed__")
        public static Object reversed_(Object self) {
            Object[] keys = IterOps.toArray(value(self));
            java.util.Collections.reverse(java.util.Arrays.asList(keys));
            return IterOps.iter(PyTuple.wrap(keys));
        }
    }

    /** str's operators. */
    public static class StrSlots extends Ordering {
        @PyMethod(name = "__add__")
        public static Object add_(Object self, Object other) {
            return concat(self, other, "str");
        }

        @PyMethod(name = "__mul__")
        public static Object mul_(Object self, Object n) {
            return repeat(self, n);
        }

        @PyMethod(name = "__rmul__")
        public static Object rmul_(Object self, Object n) {
            return repeat(self, n);
        }

        /**
         * {@code other % self} when {@code other} is a str (printf-style formatting), else
         * NotImplemented; self whole, so a subclass instance is formatted with its own {@code __str__}.
         */
        @PyMethod(name = "__rmod__", wholeSelf = true)
        public static Object rmod_(Object self, Object other) {
            return value(other) instanceof org.pyston.builtins.text.PyStr
                    ? BinaryOps.nativeBinary(BinaryOps.Op.MOD, value(other), self) : NI;
        }

        @PyMethod(name = "__getnewargs__")
        public static Object getnewargs_(Object self) {
            return PyTuple.of(org.pyston.builtins.text.PyStr.of(((org.pyston.builtins.text.PyStr) value(self)).value()));
        }
    }
}
