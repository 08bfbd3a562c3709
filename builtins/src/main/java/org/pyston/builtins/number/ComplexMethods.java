package org.pyston.builtins.number;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.FloatFormatter;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code complex}: arithmetic with int/float/complex, CPython's repr and hash. */
public final class ComplexMethods {
    private ComplexMethods() {
    }

    private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

    /** {@code o} as a complex, or null when it is not an int, float or complex. */
    static PyComplex coerce(Object o) {
        // an int or float subclass instance counts as its value, as PyLong_Check/PyFloat_Check accept it
        o = org.pyston.builtins.object.PyInstance.unwrap(o);
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0.0);
        }
        if (IntMath.isInt(o)) {
            return new PyComplex(FloatMath.toDouble(o), 0.0);
        }
        return null;
    }

    private static String part(double d) {
        String r = FloatFormatter.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    /** {@code repr(z)}: "2j", "(1+2j)", "(-0-1j)", "(nan+infj)". */
    public static String reprOf(PyComplex z) {
        String im = part(z.imag);
        if (z.real == 0.0 && Math.copySign(1.0, z.real) > 0) {
            return im + "j";
        }
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + part(z.real) + sign + im + "j)";
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("complex", java.util.Arrays.copyOfRange(args, 1, args.length),
                kwnames, 2, new String[] {"real", "imag"}, 0);
        Object re = p[0];
        Object im = p[1];
        if (re == null) {
            return new PyComplex(0.0, 0.0);
        }
        if (re instanceof PyStr s) {
            if (im != null) {
                throw PyExceptions.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.value());
        }
        if (im instanceof PyStr) {
            throw PyExceptions.typeError("complex() second arg can't be a string");
        }
        PyComplex a = toComplex(re, "first");
        if (im == null) {
            return re instanceof PyComplex ? re : a;
        }
        PyComplex b = toComplex(im, "second");
        // as CPython: parts that were not complex numbers take no part in the sums (keeps -0.0)
        double real = im instanceof PyComplex ? a.real - b.imag : a.real;
        double imag = re instanceof PyComplex ? a.imag + b.real : b.real;
        return new PyComplex(real, imag);
    }

    private static PyComplex toComplex(Object o, String which) {
        PyComplex c = coerce(o);
        if (c != null) {
            return c;
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.lookup("__complex__");
        if (org.pyston.builtins.object.PyInstance.unwrap(o) instanceof PyComplex value
                && (m == null || m instanceof org.pyston.builtins.function.PyMethodDescriptor)) {
            return value; // a complex subclass that does not override __complex__
        }
        if (m != null) {
            Object r = CallOps.callWithSelf(m, o, new Object[0], null);
            if (r instanceof PyComplex rc) {
                return rc;
            }
            throw PyExceptions.typeError("__complex__ returned non-complex (type %s)", TypeOps.typeName(r));
        }
        if (t.lookup("__float__") != null || t.lookup("__index__") != null) {
            return new PyComplex(FloatMath.toDouble(o), 0.0);
        }
        throw PyExceptions.typeError("complex() %s argument must be a string or a number, not '%s'", which, t.getName());
    }

    /** {@code complex(s)}: "1+2j", "-3.5j", "(1-1j)", "inf", with surrounding whitespace. */
    static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        try {
            if (s.isEmpty() || s.indexOf(' ') >= 0) {
                throw new NumberFormatException();
            }
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                        split = i;
                        break;
                    }
                }
                double re = split < 0 ? 0.0 : num(body.substring(0, split));
                String ims = split < 0 ? body : body.substring(split);
                double im = ims.equals("+") || ims.isEmpty() ? 1.0 : ims.equals("-") ? -1.0 : num(ims);
                return new PyComplex(re, im);
            }
            return new PyComplex(num(s), 0.0);
        } catch (RuntimeException e) {
            throw PyExceptions.valueError("complex() arg is a malformed string");
        }
    }

    private static double num(String s) {
        if (s.isEmpty() || s.endsWith("_") || s.startsWith("_")) {
            throw new NumberFormatException();
        }
        return org.pyston.builtins.format.FloatParser.parse(s);
    }

    @PyGetter("real")
    public static Object real(PyComplex self) {
        return new PyFloat(self.real);
    }

    @PyGetter("imag")
    public static Object imag(PyComplex self) {
        return new PyFloat(self.imag);
    }

    @PyMethod
    public static Object conjugate(PyComplex self) {
        return new PyComplex(self.real, -self.imag);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyComplex self) {
        return PyStr.of(reprOf(self));
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyComplex self) {
        long h = Hashing.hashDouble(self.real, self) + 1000003L * Hashing.hashDouble(self.imag, self);
        return new PyInt(h == -1 ? -2 : h);
    }

    @PyMethod(name = "__bool__")
    public static Object bool(PyComplex self) {
        return PyBool.of(self.real != 0.0 || self.imag != 0.0);
    }

    @PyMethod(name = "__complex__")
    public static Object complex_(Object self) {
        // the exact complex itself; an instance of a subclass gives its value as an exact complex
        return self instanceof PyComplex ? self : org.pyston.builtins.object.PyInstance.unwrap(self);
    }

    @PyMethod(name = "__abs__")
    public static Object abs(PyComplex self) {
        double r = Math.hypot(self.real, self.imag);
        if (Double.isInfinite(r) && !Double.isInfinite(self.real) && !Double.isInfinite(self.imag)) {
            throw PyExceptions.overflowError("absolute value too large");
        }
        return new PyFloat(r);
    }

    @PyMethod(name = "__neg__")
    public static Object neg(PyComplex self) {
        return new PyComplex(-self.real, -self.imag);
    }

    @PyMethod(name = "__pos__")
    public static Object pos(PyComplex self) {
        return self;
    }

    @PyMethod(name = "__getnewargs__")
    public static Object getnewargs(PyComplex self) {
        return PyTuple.of(new PyFloat(self.real), new PyFloat(self.imag));
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyComplex self, Object o) {
        o = org.pyston.builtins.object.PyInstance.unwrap(o);
        if (o instanceof PyComplex c) {
            return PyBool.of(self.real == c.real && self.imag == c.imag);
        }
        if (o instanceof PyFloat f) {
            return PyBool.of(self.imag == 0.0 && self.real == f.value);
        }
        if (IntMath.isInt(o)) {
            return PyBool.of(self.imag == 0.0 && !Double.isNaN(self.real) && !Double.isInfinite(self.real)
                    && IntMath.compareWithDouble(o, self.real) == 0);
        }
        return NI;
    }

    @PyMethod(name = "__ne__")
    public static Object ne(PyComplex self, Object o) {
        Object r = eq(self, o);
        return r == NI ? NI : PyBool.of(!((PyBool) r).value);
    }

    // ---- arithmetic ----------------------------------------------------------------------------

    @PyMethod(name = "__add__")
    public static Object add(PyComplex self, Object o) {
        PyComplex b = coerce(o);
        return b == null ? NI : new PyComplex(self.real + b.real, self.imag + b.imag);
    }

    @PyMethod(name = "__radd__")
    public static Object radd(PyComplex self, Object o) {
        return add(self, o);
    }

    @PyMethod(name = "__sub__")
    public static Object sub(PyComplex self, Object o) {
        PyComplex b = coerce(o);
        return b == null ? NI : new PyComplex(self.real - b.real, self.imag - b.imag);
    }

    @PyMethod(name = "__rsub__")
    public static Object rsub(PyComplex self, Object o) {
        PyComplex b = coerce(o);
        return b == null ? NI : new PyComplex(b.real - self.real, b.imag - self.imag);
    }

    static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    @PyMethod(name = "__mul__")
    public static Object mul(PyComplex self, Object o) {
        PyComplex b = coerce(o);
        return b == null ? NI : mul(self, b);
    }

    @PyMethod(name = "__rmul__")
    public static Object rmul(PyComplex self, Object o) {
        return mul(self, o);
    }

    /** CPython's _Py_c_quot (Smith's algorithm). */
    static PyComplex div(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyExceptions.zeroDivisionError("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    @PyMethod(name = "__truediv__")
    public static Object truediv(PyComplex self, Object o) {
        PyComplex b = coerce(o);
        return b == null ? NI : div(self, b);
    }

    @PyMethod(name = "__rtruediv__")
    public static Object rtruediv(PyComplex self, Object o) {
        PyComplex b = coerce(o);
        return b == null ? NI : div(b, self);
    }

    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw PyExceptions.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        if (b.imag == 0.0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            PyComplex r = new PyComplex(1.0, 0.0);
            PyComplex x = a;
            int k = Math.abs(n);
            while (k > 0) {
                if ((k & 1) != 0) {
                    r = mul(r, x);
                }
                x = mul(x, x);
                k >>= 1;
            }
            return n < 0 ? div(new PyComplex(1.0, 0.0), r) : r;
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    @PyMethod(name = "__pow__", required = 1)
    public static Object pow(PyComplex self, Object o, Object mod) {
        if (mod != null && mod != org.pyston.builtins.object.PyNone.NONE) {
            throw PyExceptions.valueError("complex modulo");
        }
        PyComplex b = coerce(o);
        if (b == null) {
            return NI;
        }
        PyComplex r = pow(self, b);
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw PyExceptions.overflowError("complex exponentiation");
        }
        return r;
    }

    @PyMethod(name = "__rpow__", required = 1)
    public static Object rpow(PyComplex self, Object o, Object mod) {
        PyComplex b = coerce(o);
        return b == null ? NI : pow(b, self);
    }

    @PyMethod(name = "__format__")
    public static Object format(PyComplex self, Object spec) {
        String s = spec instanceof PyStr ps ? ps.value() : "";
        if (s.isEmpty()) {
            return PyStr.of(reprOf(self));
        }
        try {
            return PyStr.of(org.pyston.builtins.format.ComplexFormatter.format(self.real, self.imag,
                    org.pyston.builtins.format.FormatSpec.parse(s, org.pyston.builtins.format.FormatSpec.FLOAT_DEFAULT_TYPE,
                            "complex"), "complex"));
        } catch (IllegalArgumentException e) {
            throw PyExceptions.valueError("%s", e.getMessage());
        }
    }
}
