package org.pyston.builtins.number;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.IntParser;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.Formatting;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code int} (the receiver is a PyInt, PyBigInt or PyBool). */
public final class IntMethods extends NumberSlots.IntSlots {
    private IntMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (kwnames == null && args.length == 2) {
            return toInt(args[1], null); // int(x), the common call, without the argument parser
        }
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        if (kwnames != null && java.util.Arrays.asList(kwnames).contains("x")) {
            // int(x, /, base=10): x is positional-only
            throw PyExceptions.typeError("'x' is an invalid keyword argument for int()");
        }
        Object[] p = ArgParser.parse("int", rest, kwnames, 2, new String[] {"x", "base"}, 0);
        return toInt(p[0], p[1]);
    }

    /**
     * The str, bytes or bytearray value of an instance of a subclass of one (without its own
     * {@code __int__}/{@code __index__}/{@code __trunc__}), which int() parses as text; else x.
     */
    private static Object textValue(Object x) {
        if (x instanceof org.pyston.builtins.object.PyInstance inst) {
            Object v = inst.builtinValue();
            if ((v instanceof PyStr || v instanceof org.pyston.builtins.text.PyBytes
                    || v instanceof org.pyston.builtins.text.PyByteArray)) {
                org.pyston.builtins.object.PyType t = inst.getType();
                if (t.lookup("__int__") == null && t.lookup("__index__") == null && t.lookup("__trunc__") == null) {
                    return v;
                }
            }
        }
        return x;
    }

    /** {@code int(x)} and {@code int(x, base)}. */
    public static Object toInt(Object x, Object base) {
        if (x == null) {
            if (base != null) {
                throw PyExceptions.typeError("int() missing string argument");
            }
            return PyInt.valueOf(0);
        }
        x = textValue(x);
        // bytes-like text parses as its Latin-1 characters (re._compiler does int(bits, 2))
        byte[] bytesText = x instanceof PyStr ? null : org.pyston.builtins.text.BytesSupport.data(x);
        if (base != null) {
            if (!(x instanceof PyStr || x instanceof org.pyston.builtins.text.PyBytes
                    || x instanceof org.pyston.builtins.text.PyByteArray)) {
                throw PyExceptions.typeError("int() can't convert non-string with explicit base");
            }
            long b = UnaryOps.indexClamped(base);
            int radix = (int) Math.max(Math.min(b, 1000), -1);
            return x instanceof PyStr s ? parse(s.value(), radix) : parseBytes(bytesText, radix);
        }
        if (bytesText != null) {
            return parseBytes(bytesText, 10);
        }
        if (x instanceof PyInt || x instanceof PyBigInt) {
            return x;
        }
        if (x instanceof PyBool b) {
            return PyInt.valueOf(b.intValue);
        }
        if (x instanceof PyFloat f) {
            return IntMath.fromDouble(f.value);
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), 10);
        }
        PyType t = TypeOps.typeOf(x);
        Object m = t.isBuiltin() ? null : t.lookup("__int__");
        if (m != null) {
            Object r = CallOps.callWithSelf(m, x, new Object[0], null);
            if (!IntMath.isInt(r)) {
                throw PyExceptions.typeError("__int__ returned non-int (type %s)", TypeOps.typeName(r));
            }
            return UnaryOps.exactInt(r, "__int__");
        }
        if (!t.isBuiltin() && t.lookup("__index__") != null) {
            return UnaryOps.index(x);
        }
        Object trunc = t.isBuiltin() ? null : t.lookup("__trunc__");
        if (trunc != null) {
            // CPython 3.11's PyNumber_Long: deprecated, and the result must be an Integral
            org.pyston.builtins.imp.WarningsModule.emit(PyExceptions.DEPRECATION_WARNING,
                    "The delegation of int() to __trunc__ is deprecated.", 1);
            Object r = CallOps.callWithSelf(trunc, x, new Object[0], null);
            if (IntMath.isInt(r)) {
                Object v = org.pyston.builtins.object.PyInstance.unwrap(r);
                return v instanceof PyBool b ? PyInt.valueOf(b.intValue) : v;
            }
            PyType rt = TypeOps.typeOf(r);
            if (rt.isBuiltin() || rt.lookup("__index__") == null) {
                throw PyExceptions.typeError("__trunc__ returned non-Integral (type %s)", rt.getName());
            }
            return UnaryOps.index(r);
        }
        throw PyExceptions.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                t.getName());
    }

    /** Bytes parsed as Latin-1 text; an invalid literal is shown as bytes (b'...'), as CPython's. */
    private static Object parseBytes(byte[] text, int base) {
        try {
            return parse(org.pyston.builtins.text.BytesSupport.latin1(text), base);
        } catch (org.pyston.builtins.exception.PyBaseException e) {
            String msg = "invalid literal for int() with base " + base + ": ";
            if (e.getType() == PyExceptions.VALUE_ERROR && Repr.str(e).startsWith(msg)) {
                throw PyExceptions.valueError("%s%s", msg, Repr.repr(org.pyston.builtins.text.PyBytes.wrap(text)));
            }
            throw e;
        }
    }

    private static Object parse(String s, int base) {
        try {
            Number n = IntParser.parseToLongOrBig(s, base, IntMath.maxStrDigits());
            if (n instanceof BigInteger b) {
                return PyInt.of(b);
            }
            return PyInt.valueOf(n.longValue());
        } catch (IllegalArgumentException e) {
            throw PyExceptions.valueError("%s", e.getMessage());
        }
    }

    @PyMethod(name = "__repr__")
    public static Object repr(Object self) {
        return PyStr.of(Repr.repr(self));
    }

    @PyMethod(name = "__hash__")
    public static Object hash(Object self) {
        return new PyInt(Hashing.hash(self));
    }

    @PyMethod(name = "__index__")
    public static Object index(Object self) {
        return UnaryOps.index(self);
    }

    @PyMethod(name = "__int__")
    public static Object int_(Object self) {
        return UnaryOps.index(self);
    }

    @PyMethod(name = "__float__")
    public static Object float_(Object self) {
        return new PyFloat(IntMath.toDouble(self));
    }

    @PyMethod(name = "__bool__")
    public static boolean bool(Object self) {
        return IntMath.isSmall(self) ? IntMath.small(self) != 0 : true;
    }

    @PyMethod(name = "__format__")
    public static Object format(Object self, Object spec) {
        return PyStr.of(Formatting.format(self, ((PyStr) spec).value()));
    }

    @PyMethod(name = "bit_length")
    public static Object bitLength(Object self) {
        return PyInt.valueOf(IntMath.big(self).abs().bitLength());
    }

    @PyMethod(name = "bit_count")
    public static Object bitCount(Object self) {
        return PyInt.valueOf(IntMath.big(self).abs().bitCount());
    }

    @PyMethod
    public static Object conjugate(Object self) {
        return UnaryOps.index(self);
    }

    @PyGetter("real")
    public static Object real(Object self) {
        return UnaryOps.index(self);
    }

    @PyGetter("imag")
    public static Object imag(Object self) {
        return PyInt.valueOf(0);
    }

    @PyGetter("numerator")
    public static Object numerator(Object self) {
        return UnaryOps.index(self);
    }

    @PyGetter("denominator")
    public static Object denominator(Object self) {
        return PyInt.valueOf(1);
    }

    @PyMethod(name = "__round__", required = 0)
    public static Object round(Object self, Object ndigits) {
        return org.pyston.builtins.module.NumberFunctions.roundInt(self, ndigits);
    }

    @PyMethod(name = "__trunc__")
    public static Object trunc(Object self) {
        return UnaryOpsHolder.index(self);
    }

    @PyMethod(name = "__floor__")
    public static Object floor(Object self) {
        return UnaryOpsHolder.index(self);
    }

    @PyMethod(name = "__ceil__")
    public static Object ceil(Object self) {
        return UnaryOpsHolder.index(self);
    }

    @PyMethod(name = "__getnewargs__")
    public static Object getnewargs(Object self) {
        return org.pyston.builtins.container.PyTuple.of(UnaryOpsHolder.index(self));
    }

    @PyMethod
    public static Object as_integer_ratio(Object self) {
        return org.pyston.builtins.container.PyTuple.of(UnaryOpsHolder.index(self), PyInt.valueOf(1));
    }

    @PyMethod(general = true)
    public static Object to_bytes(Object self, Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("to_bytes", args, kwnames, 2,
                new String[] {"length", "byteorder", "signed"}, 0);
        return IntBytes.toBytes(self, p[0], p[1], p[2]);
    }

    /** A classmethod: a subclass gets {@code cls(value)}, as CPython's int_from_bytes_impl. */
    @PyMethod(isClass = true, general = true)
    public static Object from_bytes(Object cls, Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("from_bytes", args, kwnames, 2,
                new String[] {"bytes", "byteorder", "signed"}, 1);
        Object v = IntBytes.fromBytes(p[0], p[1], p[2]);
        return cls == PyInt.TYPE ? v : org.pyston.builtins.ops.CallOps.call(cls, new Object[] {v}, null);
    }

    /** Defers to UnaryOps (a separate holder keeps this class's imports as they were). */
    private static final class UnaryOpsHolder {
        static Object index(Object o) {
            return org.pyston.builtins.ops.UnaryOps.index(o);
        }
    }
}
