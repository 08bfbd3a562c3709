package org.pyston.builtins.number;

import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * The operator dunders of int and float ({@code int.__add__}, {@code float.__rtruediv__} ...) as
 * attributes, for code that calls them explicitly or through {@code super()}. Operators themselves
 * never come here: BinaryOps/CompareOps handle these types directly. Each returns NotImplemented
 * for an operand type the type does not handle (as {@code (1).__add__(1.5)} does). The methods
 * classes of int and float extend these classes, whose declarations the scanner inherits.
 */
public final class NumberSlots {
    private NumberSlots() {
    }

    private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

    static boolean isFloatOperand(Object o) {
        return o instanceof PyFloat || IntMath.isInt(o);
    }

    /** int's operators (operands: int and bool). */
    public static class IntSlots {
        @PyMethod(name = "__add__")
        public static Object add_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.ADD, self, other) : NI;
        }

        @PyMethod(name = "__radd__")
        public static Object radd_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.ADD, other, self) : NI;
        }

        @PyMethod(name = "__sub__")
        public static Object sub_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.SUB, self, other) : NI;
        }

        @PyMethod(name = "__rsub__")
        public static Object rsub_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.SUB, other, self) : NI;
        }

        @PyMethod(name = "__mul__")
        public static Object mul_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MUL, self, other) : NI;
        }

        @PyMethod(name = "__rmul__")
        public static Object rmul_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MUL, other, self) : NI;
        }

        @PyMethod(name = "__truediv__")
        public static Object truediv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.TRUEDIV, self, other) : NI;
        }

        @PyMethod(name = "__rtruediv__")
        public static Object rtruediv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.TRUEDIV, other, self) : NI;
        }

        @PyMethod(name = "__floordiv__")
        public static Object floordiv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.FLOORDIV, self, other) : NI;
        }

        @PyMethod(name = "__rfloordiv__")
        public static Object rfloordiv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.FLOORDIV, other, self) : NI;
        }

        @PyMethod(name = "__mod__")
        public static Object mod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MOD, self, other) : NI;
        }

        @PyMethod(name = "__rmod__")
        public static Object rmod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MOD, other, self) : NI;
        }

        @PyMethod(name = "__pow__", required = 1)
        public static Object pow_(Object self, Object other, Object mod) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            if (mod != null && mod != org.pyston.builtins.object.PyNone.NONE) return intPow(self, other, mod);
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.POW, self, other) : NI;
        }

        @PyMethod(name = "__rpow__", required = 1)
        public static Object rpow_(Object self, Object other, Object mod) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            if (mod != null && mod != org.pyston.builtins.object.PyNone.NONE) return intPow(other, self, mod);
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.POW, other, self) : NI;
        }

        /** int's three-argument power: NotImplemented unless all three are ints. */
        private static Object intPow(Object a, Object b, Object m) {
            a = org.pyston.builtins.object.PyInstance.unwrap(a);
            b = org.pyston.builtins.object.PyInstance.unwrap(b);
            m = org.pyston.builtins.object.PyInstance.unwrap(m);
            if (!IntMath.isInt(a) || !IntMath.isInt(b) || !IntMath.isInt(m)) return NI;
            return IntMath.pow(IntMath.big(a), IntMath.big(b), IntMath.big(m));
        }

        @PyMethod(name = "__lshift__")
        public static Object lshift_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.LSHIFT, self, other) : NI;
        }

        @PyMethod(name = "__rlshift__")
        public static Object rlshift_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.LSHIFT, other, self) : NI;
        }

        @PyMethod(name = "__rshift__")
        public static Object rshift_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.RSHIFT, self, other) : NI;
        }

        @PyMethod(name = "__rrshift__")
        public static Object rrshift_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.RSHIFT, other, self) : NI;
        }

        @PyMethod(name = "__and__")
        public static Object and_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.AND, self, other) : NI;
        }

        @PyMethod(name = "__rand__")
        public static Object rand_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.AND, other, self) : NI;
        }

        @PyMethod(name = "__or__")
        public static Object or_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.OR, self, other) : NI;
        }

        @PyMethod(name = "__ror__")
        public static Object ror_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.OR, other, self) : NI;
        }

        @PyMethod(name = "__xor__")
        public static Object xor_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.XOR, self, other) : NI;
        }

        @PyMethod(name = "__rxor__")
        public static Object rxor_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.nativeBinary(BinaryOps.Op.XOR, other, self) : NI;
        }

        @PyMethod(name = "__divmod__")
        public static Object divmod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.divmod(self, other) : NI;
        }

        @PyMethod(name = "__rdivmod__")
        public static Object rdivmod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return IntMath.isInt(other) ? BinaryOps.divmod(other, self) : NI;
        }

        @PyMethod(name = "__neg__")
        public static Object neg_(Object self) {
            return UnaryOps.neg(self);
        }

        @PyMethod(name = "__pos__")
        public static Object pos_(Object self) {
            return UnaryOps.pos(self);
        }

        @PyMethod(name = "__abs__")
        public static Object abs_(Object self) {
            return UnaryOps.abs(self);
        }

        @PyMethod(name = "__invert__")
        public static Object invert_(Object self) {
            return UnaryOps.invert(self);
        }

        @PyMethod(name = "__eq__")
        public static Object eq_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return !IntMath.isInt(other) ? NI : CompareOps.nativeCompare(self, CompareOps.Op.EQ, other);
        }

        @PyMethod(name = "__ne__")
        public static Object ne_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return !IntMath.isInt(other) ? NI : CompareOps.nativeCompare(self, CompareOps.Op.NE, other);
        }

        @PyMethod(name = "__lt__")
        public static Object lt_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return !IntMath.isInt(other) ? NI : CompareOps.nativeCompare(self, CompareOps.Op.LT, other);
        }

        @PyMethod(name = "__le__")
        public static Object le_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return !IntMath.isInt(other) ? NI : CompareOps.nativeCompare(self, CompareOps.Op.LE, other);
        }

        @PyMethod(name = "__gt__")
        public static Object gt_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return !IntMath.isInt(other) ? NI : CompareOps.nativeCompare(self, CompareOps.Op.GT, other);
        }

        @PyMethod(name = "__ge__")
        public static Object ge_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return !IntMath.isInt(other) ? NI : CompareOps.nativeCompare(self, CompareOps.Op.GE, other);
        }
    }

    /** float's operators (operands: float, int, bool). */
    public static class FloatSlots {
        @PyMethod(name = "__add__")
        public static Object add_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.ADD, self, other) : NI;
        }

        @PyMethod(name = "__radd__")
        public static Object radd_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.ADD, other, self) : NI;
        }

        @PyMethod(name = "__sub__")
        public static Object sub_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.SUB, self, other) : NI;
        }

        @PyMethod(name = "__rsub__")
        public static Object rsub_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.SUB, other, self) : NI;
        }

        @PyMethod(name = "__mul__")
        public static Object mul_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MUL, self, other) : NI;
        }

        @PyMethod(name = "__rmul__")
        public static Object rmul_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MUL, other, self) : NI;
        }

        @PyMethod(name = "__truediv__")
        public static Object truediv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.TRUEDIV, self, other) : NI;
        }

        @PyMethod(name = "__rtruediv__")
        public static Object rtruediv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.TRUEDIV, other, self) : NI;
        }

        @PyMethod(name = "__floordiv__")
        public static Object floordiv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.FLOORDIV, self, other) : NI;
        }

        @PyMethod(name = "__rfloordiv__")
        public static Object rfloordiv_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.FLOORDIV, other, self) : NI;
        }

        @PyMethod(name = "__mod__")
        public static Object mod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MOD, self, other) : NI;
        }

        @PyMethod(name = "__rmod__")
        public static Object rmod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.nativeBinary(BinaryOps.Op.MOD, other, self) : NI;
        }

        @PyMethod(name = "__pow__", required = 1)
        public static Object pow_(Object self, Object other, Object mod) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            // float_pow refuses a modulus before looking at the operands
            if (mod != null && mod != org.pyston.builtins.object.PyNone.NONE) throw thirdArgument();
            if (!isFloatOperand(other)) return NI;
            return BinaryOps.nativeBinary(BinaryOps.Op.POW, self, other);
        }

        @PyMethod(name = "__rpow__", required = 1)
        public static Object rpow_(Object self, Object other, Object mod) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            if (mod != null && mod != org.pyston.builtins.object.PyNone.NONE) throw thirdArgument();
            if (!isFloatOperand(other)) return NI;
            return BinaryOps.nativeBinary(BinaryOps.Op.POW, other, self);
        }

        private static RuntimeException thirdArgument() {
            return org.pyston.builtins.exception.PyExceptions.typeError(
                    "pow() 3rd argument not allowed unless all arguments are integers");
        }

        @PyMethod(name = "__divmod__")
        public static Object divmod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.divmod(self, other) : NI;
        }

        @PyMethod(name = "__rdivmod__")
        public static Object rdivmod_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return isFloatOperand(other) ? BinaryOps.divmod(other, self) : NI;
        }

        @PyMethod(name = "__neg__")
        public static Object neg_(Object self) {
            return UnaryOps.neg(self);
        }

        @PyMethod(name = "__pos__")
        public static Object pos_(Object self) {
            return UnaryOps.pos(self);
        }

        @PyMethod(name = "__abs__")
        public static Object abs_(Object self) {
            return UnaryOps.abs(self);
        }

        @PyMethod(name = "__eq__")
        public static Object eq_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return CompareOps.nativeCompare(self, CompareOps.Op.EQ, other);
        }

        @PyMethod(name = "__ne__")
        public static Object ne_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return CompareOps.nativeCompare(self, CompareOps.Op.NE, other);
        }

        @PyMethod(name = "__lt__")
        public static Object lt_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return CompareOps.nativeCompare(self, CompareOps.Op.LT, other);
        }

        @PyMethod(name = "__le__")
        public static Object le_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return CompareOps.nativeCompare(self, CompareOps.Op.LE, other);
        }

        @PyMethod(name = "__gt__")
        public static Object gt_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return CompareOps.nativeCompare(self, CompareOps.Op.GT, other);
        }

        @PyMethod(name = "__ge__")
        public static Object ge_(Object self, Object other) {
            other = org.pyston.builtins.object.PyInstance.unwrap(other); // int/float subclasses count
            return CompareOps.nativeCompare(self, CompareOps.Op.GE, other);
        }
    }
}
