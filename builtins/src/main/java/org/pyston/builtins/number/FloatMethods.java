package org.pyston.builtins.number;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.FloatFormatter;
import org.pyston.builtins.format.FloatParser;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.Formatting;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code float}. */
public final class FloatMethods extends NumberSlots.FloatSlots {
    private FloatMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, required = 1)
    public static Object new_(Object cls, Object x) {
        return toFloat(x);
    }

    /** {@code float(x)}. */
    public static Object toFloat(Object x) {
        if (x == null) {
            return new PyFloat(0.0);
        }
        if (x instanceof PyFloat) {
            return x;
        }
        if (IntMath.isInt(x)) {
            return new PyFloat(IntMath.toDouble(x));
        }
        if (x instanceof PyStr s) {
            try {
                return new PyFloat(FloatParser.parse(s.value()));
            } catch (IllegalArgumentException e) {
                throw PyExceptions.valueError("%s", e.getMessage());
            }
        }
        if (x instanceof org.pyston.builtins.text.PyBytes || x instanceof org.pyston.builtins.text.PyByteArray) {
            // CPython parses the bytes as ASCII text (pickle's protocol 0 stores floats so)
            byte[] b = x instanceof org.pyston.builtins.text.PyBytes pb ? pb.value
                    : ((org.pyston.builtins.text.PyByteArray) x).toBytes();
            try {
                return new PyFloat(parseAsciiBytes(b));
            } catch (IllegalArgumentException e) {
                throw PyExceptions.valueError("could not convert string to float: %s", org.pyston.builtins.ops.Repr.repr(x));
            }
        }
        PyType t = TypeOps.typeOf(x);
        Object m = t.isBuiltin() ? null : t.lookup("__float__");
        if (m != null) {
            Object r = CallOps.callWithSelf(m, x, new Object[0], null);
            if (r instanceof PyFloat) {
                return r;
            }
            if (org.pyston.builtins.object.PyInstance.unwrap(r) instanceof PyFloat f) {
                // a float subclass instance is accepted with 3.11's DeprecationWarning; the value is the float
                org.pyston.builtins.imp.WarningsModule.emit(PyExceptions.DEPRECATION_WARNING, String.format(
                        "%s.__float__ returned non-float (type %s).  The ability to return an instance of a strict "
                        + "subclass of float is deprecated, and may be removed in a future version of Python.",
                        t.getName(), TypeOps.typeName(r)), 1);
                return f;
            }
            throw PyExceptions.typeError("%s.__float__ returned non-float (type %s)", t.getName(), TypeOps.typeName(r));
        }
        Object idx = t.isBuiltin() ? null : t.lookup("__index__");
        if (idx != null) {
            return new PyFloat(IntMath.toDouble(CallOps.callWithSelf(idx, x, new Object[0], null)));
        }
        // PyFloat_FromString: a str/bytes/bytearray subclass instance's value, or a buffer's bytes, as text
        Object v = org.pyston.builtins.object.PyInstance.unwrap(x);
        if (v != x && v instanceof PyStr) {
            return toFloat(v);
        }
        byte[] buffer = org.pyston.builtins.text.BytesSupport.data(v);
        if (buffer != null) {
            try {
                return new PyFloat(parseAsciiBytes(buffer));
            } catch (IllegalArgumentException e) {
                throw PyExceptions.valueError("could not convert string to float: %s", org.pyston.builtins.ops.Repr.repr(x));
            }
        }
        throw PyExceptions.typeError("float() argument must be a string or a real number, not '%s'", t.getName());
    }

    /**
     * A float from bytes, as CPython parses them: ASCII text, where only ASCII whitespace may
     * surround the number (a byte such as 0xA0 is not a space, unlike U+00A0 in a str).
     */
    private static double parseAsciiBytes(byte[] b) {
        for (byte c : b) {
            if (c < 0) {
                throw new IllegalArgumentException("non-ASCII byte");
            }
        }
        return FloatParser.parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyFloat self) {
        return PyStr.of(FloatFormatter.repr(self.value));
    }

    /** {@code float.__getformat__(typestr)}: the JVM's doubles and floats are IEEE 754 in the platform's byte order. */
    @PyMethod(name = "__getformat__", isClass = true)
    public static Object getformat(Object cls, Object typestr) {
        if (!(typestr instanceof org.pyston.builtins.text.PyStr s)) {
            throw PyExceptions.typeError("__getformat__() argument must be str, not %s", org.pyston.builtins.ops.TypeOps.typeName(typestr));
        }
        if (!s.value().equals("double") && !s.value().equals("float")) {
            throw PyExceptions.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return org.pyston.builtins.text.PyStr.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
                ? "IEEE, little-endian" : "IEEE, big-endian");
    }

    /** {@code float.__hash__}: a NaN hashes by the identity of the whole object (a subclass instance's own). */
    @PyMethod(name = "__hash__", wholeSelf = true)
    public static Object hash(Object self) {
        Object v = org.pyston.builtins.object.PyInstance.unwrap(self);
        if (v == self) {
            return new PyInt(Hashing.hash(self));
        }
        return new PyInt(Hashing.hashDouble(((PyFloat) v).value, self));
    }

    @PyMethod(name = "__int__")
    public static Object int_(PyFloat self) {
        return IntMath.fromDouble(self.value);
    }

    @PyMethod(name = "__float__")
    public static Object float_(PyFloat self) {
        return self;
    }

    @PyMethod(name = "__bool__")
    public static boolean bool(PyFloat self) {
        return self.value != 0.0;
    }

    @PyMethod(name = "__format__")
    public static Object format(PyFloat self, Object spec) {
        return PyStr.of(Formatting.format(self, ((PyStr) spec).value()));
    }

    @PyMethod(name = "is_integer")
    public static boolean isInteger(PyFloat self) {
        return !Double.isInfinite(self.value) && self.value == Math.rint(self.value);
    }

    @PyMethod(name = "as_integer_ratio")
    public static Object asIntegerRatio(PyFloat self) {
        double d = self.value;
        if (Double.isInfinite(d)) {
            throw PyExceptions.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PyExceptions.valueError("cannot convert NaN to integer ratio");
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(d);
        java.math.BigInteger num = bd.unscaledValue();
        java.math.BigInteger den = java.math.BigInteger.ONE;
        if (bd.scale() > 0) {
            den = java.math.BigInteger.TEN.pow(bd.scale());
        } else {
            num = num.multiply(java.math.BigInteger.TEN.pow(-bd.scale()));
        }
        java.math.BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    @PyMethod
    public static Object hex(PyFloat self) {
        return PyStr.of(FloatParser.toHex(self.value));
    }

    @PyGetter("real")
    public static Object real(PyFloat self) {
        return self;
    }

    @PyGetter("imag")
    public static Object imag(PyFloat self) {
        return new PyFloat(0.0);
    }

    @PyMethod
    public static Object conjugate(PyFloat self) {
        return self;
    }

    /** A classmethod: a subclass gets {@code cls(value)}, as CPython. */
    @PyMethod(isClass = true)
    public static Object fromhex(Object cls, Object s) {
        if (!(s instanceof org.pyston.builtins.text.PyStr ps)) {
            throw org.pyston.builtins.exception.PyExceptions.typeError("bad argument type for built-in operation");
        }
        try {
            PyFloat f = new PyFloat(org.pyston.builtins.format.FloatParser.fromHex(ps.value()));
            return cls == PyFloat.TYPE ? f : org.pyston.builtins.ops.CallOps.call1(cls, f);
        } catch (IllegalArgumentException e) {
            throw org.pyston.builtins.exception.PyExceptions.valueError("%s", e.getMessage());
        }
    }

    @PyMethod(name = "__round__", required = 0)
    public static Object round(PyFloat self, Object ndigits) {
        return org.pyston.builtins.module.NumberFunctions.roundFloat(self, ndigits);
    }

    @PyMethod(name = "__trunc__")
    public static Object trunc(PyFloat self) {
        return int_(self);
    }

    @PyMethod(name = "__floor__")
    public static Object floor(PyFloat self) {
        return int_(new PyFloat(Math.floor(self.value)));
    }

    @PyMethod(name = "__ceil__")
    public static Object ceil(PyFloat self) {
        return int_(new PyFloat(Math.ceil(self.value)));
    }

    @PyMethod(name = "__getnewargs__")
    public static Object getnewargs(PyFloat self) {
        return org.pyston.builtins.container.PyTuple.of(self);
    }
}
