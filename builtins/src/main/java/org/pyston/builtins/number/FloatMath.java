package org.pyston.builtins.number;

import org.pyston.builtins.exception.PyExceptions;

/** Float arithmetic with CPython's semantics (floor division and modulo signs, pow special cases). */
public final class FloatMath {
    private FloatMath() {
    }

    public static Object truediv(double a, double b) {
        if (b == 0.0) {
            throw PyExceptions.zeroDivisionError("float division by zero");
        }
        return new PyFloat(a / b);
    }

    public static Object floordiv(double a, double b) {
        if (b == 0.0) {
            throw PyExceptions.zeroDivisionError("float floor division by zero");
        }
        return new PyFloat(divmod(a, b)[0]);
    }

    public static Object mod(double a, double b) {
        if (b == 0.0) {
            throw PyExceptions.zeroDivisionError("float modulo");
        }
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return new PyFloat(mod);
    }

    /** CPython's float_divmod: {floordiv, mod}; b must be non-zero. */
    public static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** {@code a ** b} for floats, with C99/CPython special cases. */
    public static Object pow(double a, double b) {
        if (b == 0.0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(a)) {
            return new PyFloat(a);
        }
        if (Double.isNaN(b)) {
            return new PyFloat(a == 1.0 ? 1.0 : b);
        }
        if (a == 0.0 && b < 0 && !Double.isInfinite(b)) {
            throw PyExceptions.zeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (Double.isInfinite(b) && Math.abs(a) == 1.0) {
            return new PyFloat(1.0);
        }
        if (a < 0 && !Double.isInfinite(a) && !Double.isInfinite(b) && b != Math.rint(b)) {
            return ComplexMethods.pow(new PyComplex(a, 0.0), new PyComplex(b, 0.0));
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyExceptions.overflowError("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    /** The float value of an int or float operand, or NaN-free failure when neither. */
    public static boolean isNumber(Object o) {
        return o instanceof PyFloat || IntMath.isInt(o);
    }

    /** The double value of a float, int or bool. */
    public static double toDouble(Object o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return IntMath.toDouble(o);
    }

    /** {@code a op b} for float operands (at least one a float); op as in {@link IntMath#binary}. */
    public static Object binary(String op, double x, double y) {
        switch (op) {
            case "+": return new PyFloat(x + y);
            case "-": return new PyFloat(x - y);
            case "*": return new PyFloat(x * y);
            case "/": return truediv(x, y);
            case "//": return floordiv(x, y);
            case "%": return mod(x, y);
            case "**": return pow(x, y);
            default: return null;
        }
    }
}
