package org.pyston.builtins.cmath;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.MathModule;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyComplex;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code cmath} module: CPython's functions of complex numbers with its results, special
 * values and errors ("math domain error" ValueError, "math range error" OverflowError). This class
 * is the Python-facing layer (argument conversion, argument-count messages as CPython's
 * Argument Clinic words them); the functions themselves are in {@link ComplexFunctions}.
 */
public final class CmathModule {
    private CmathModule() {}

    /** Builds {@code cmath} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("cmath");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(CmathModule.class, "cmath", d);
        d.putStr("pi", new PyFloat(Math.PI));
        d.putStr("e", new PyFloat(Math.E));
        d.putStr("tau", new PyFloat(2 * Math.PI));
        d.putStr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        d.putStr("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        d.putStr("nan", new PyFloat(Double.NaN));
        d.putStr("nanj", new PyComplex(0.0, Double.NaN));
        return m;
    }

    // ---- arguments ---------------------------------------------------------------------------

    /**
     * An argument as a complex (CPython's PyComplex_AsCComplex): a complex (or subclass) as it is,
     * else the result of __complex__, else a real number (float, int, __float__, __index__).
     */
    static double[] complexArg(Object o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0.0};
        if (IntMath.isInt(o)) return new double[] {IntMath.toDouble(o), 0.0};
        if (PyInstance.unwrap(o) instanceof PyComplex c) return new double[] {c.real, c.imag};
        Object method = TypeOps.typeOf(o).lookup("__complex__");
        if (method != null) {
            Object r = CallOps.callWithSelf(method, o, new Object[0], null);
            if (PyInstance.unwrap(r) instanceof PyComplex c) return new double[] {c.real, c.imag};
            throw PyExceptions.typeError("__complex__ returned non-complex (type %s)", TypeOps.typeName(r));
        }
        return new double[] {realArg(o), 0.0};
    }

    /** A real argument (CPython's PyFloat_AsDouble). */
    static double realArg(Object o) {
        if (PyInstance.unwrap(o) instanceof PyFloat f) return f.value;
        return MathModule.real(o);
    }

    /** The one argument of a METH_O function, with CPython's messages for anything else. */
    private static double[] single(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("cmath.%s() takes no keyword arguments", name);
        }
        if (args.length != 1) {
            throw PyExceptions.typeError("cmath.%s() takes exactly one argument (%d given)", name, args.length);
        }
        return complexArg(args[0]);
    }

    private static void positionalOnly(String name, Object[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("cmath.%s() takes no keyword arguments", name);
        }
        int n = args.length;
        if (n >= min && n <= max) return;
        if (min == max) {
            throw PyExceptions.typeError("%s expected %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        if (n < min) {
            throw PyExceptions.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        throw PyExceptions.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
    }

    // ---- results -----------------------------------------------------------------------------

    private static RuntimeException error(int errno) {
        return errno == ComplexFunctions.EDOM ? PyExceptions.valueError("math domain error")
                : PyExceptions.overflowError("math range error");
    }

    private static PyComplex result(ComplexFunctions f, double[] z) {
        if (f.errno != ComplexFunctions.OK) throw error(f.errno);
        return new PyComplex(z[0], z[1]);
    }

    // ---- the functions of one complex --------------------------------------------------------

    @PyMethod(general = true)
    public static Object acos(Object[] args, String[] kwnames) {
        double[] z = single("acos", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.acos(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object acosh(Object[] args, String[] kwnames) {
        double[] z = single("acosh", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.acosh(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object asin(Object[] args, String[] kwnames) {
        double[] z = single("asin", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.asin(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object asinh(Object[] args, String[] kwnames) {
        double[] z = single("asinh", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.asinh(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object atan(Object[] args, String[] kwnames) {
        double[] z = single("atan", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.atan(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object atanh(Object[] args, String[] kwnames) {
        double[] z = single("atanh", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.atanh(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object cos(Object[] args, String[] kwnames) {
        double[] z = single("cos", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.cos(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object cosh(Object[] args, String[] kwnames) {
        double[] z = single("cosh", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.cosh(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object exp(Object[] args, String[] kwnames) {
        double[] z = single("exp", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.exp(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object log10(Object[] args, String[] kwnames) {
        double[] z = single("log10", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.log10(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object sin(Object[] args, String[] kwnames) {
        double[] z = single("sin", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.sin(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object sinh(Object[] args, String[] kwnames) {
        double[] z = single("sinh", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.sinh(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object sqrt(Object[] args, String[] kwnames) {
        double[] z = single("sqrt", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.sqrt(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object tan(Object[] args, String[] kwnames) {
        double[] z = single("tan", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.tan(z[0], z[1]));
    }

    @PyMethod(general = true)
    public static Object tanh(Object[] args, String[] kwnames) {
        double[] z = single("tanh", args, kwnames);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.tanh(z[0], z[1]));
    }

    /** log(z[, base]): log(z) / log(base); an error of log(z) is forgotten once log(base) succeeds. */
    @PyMethod(general = true)
    public static Object log(Object[] args, String[] kwnames) {
        positionalOnly("log", args, kwnames, 1, 2);
        double[] z = complexArg(args[0]);
        ComplexFunctions f = new ComplexFunctions();
        double[] r = f.log(z[0], z[1]);
        if (args.length == 2) {
            double[] b = complexArg(args[1]);
            r = f.quot(r, f.log(b[0], b[1]));
        }
        return result(f, r);
    }

    // ---- polar coordinates and classification ------------------------------------------------

    @PyMethod(general = true)
    public static Object phase(Object[] args, String[] kwnames) {
        double[] z = single("phase", args, kwnames);
        double phi = RealFunctions.atan2(z[1], z[0]);
        // the C library's atan2 reports an underflow to zero as ERANGE, and phase() passes it on
        if (phi == 0.0 && z[1] != 0.0 && Double.isFinite(z[0])) throw error(ComplexFunctions.ERANGE);
        return new PyFloat(phi);
    }

    @PyMethod(general = true)
    public static Object polar(Object[] args, String[] kwnames) {
        double[] z = single("polar", args, kwnames);
        double phi = RealFunctions.atan2(z[1], z[0]);
        ComplexFunctions f = new ComplexFunctions();
        double r = f.abs(z[0], z[1]);
        if (f.errno != ComplexFunctions.OK) throw error(f.errno);
        return PyTuple.of(new PyFloat(r), new PyFloat(phi));
    }

    @PyMethod(general = true)
    public static Object rect(Object[] args, String[] kwnames) {
        positionalOnly("rect", args, kwnames, 2, 2);
        double r = realArg(args[0]);
        double phi = realArg(args[1]);
        ComplexFunctions f = new ComplexFunctions();
        return result(f, f.rect(r, phi));
    }

    @PyMethod(general = true)
    public static Object isfinite(Object[] args, String[] kwnames) {
        double[] z = single("isfinite", args, kwnames);
        return PyBool.of(Double.isFinite(z[0]) && Double.isFinite(z[1]));
    }

    @PyMethod(general = true)
    public static Object isnan(Object[] args, String[] kwnames) {
        double[] z = single("isnan", args, kwnames);
        return PyBool.of(Double.isNaN(z[0]) || Double.isNaN(z[1]));
    }

    @PyMethod(general = true)
    public static Object isinf(Object[] args, String[] kwnames) {
        double[] z = single("isinf", args, kwnames);
        return PyBool.of(Double.isInfinite(z[0]) || Double.isInfinite(z[1]));
    }

    private static final String[] ISCLOSE_NAMES = {"a", "b", "rel_tol", "abs_tol"};

    /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): |a-b| within either tolerance. */
    @PyMethod(general = true)
    public static Object isclose(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 2) {
            throw PyExceptions.typeError("isclose() takes exactly 2 positional arguments (%d given)", npos);
        }
        Object[] values = new Object[4];
        System.arraycopy(args, 0, values, 0, npos);
        int used = 0;
        for (int i = npos; i < 4; i++) {
            for (int k = 0; k < nkw; k++) {
                if (kwnames[k].equals(ISCLOSE_NAMES[i])) {
                    values[i] = args[npos + k];
                    used++;
                }
            }
            if (values[i] == null && i < 2) {
                throw PyExceptions.typeError("isclose() missing required argument '%s' (pos %d)", ISCLOSE_NAMES[i], i + 1);
            }
        }
        if (used < nkw) {
            for (int k = 0; k < nkw; k++) {
                String name = kwnames[k];
                int index = java.util.Arrays.asList(ISCLOSE_NAMES).indexOf(name);
                if (index >= 0 && index < npos) {
                    throw PyExceptions.typeError("argument for isclose() given by name ('%s') and position (%d)", name, index + 1);
                }
                if (index < 0) {
                    throw PyExceptions.typeError("'%s' is an invalid keyword argument for isclose()", name);
                }
            }
        }
        double[] a = complexArg(values[0]);
        double[] b = complexArg(values[1]);
        double relTol = values[2] == null ? 1e-09 : realArg(values[2]);
        double absTol = values[3] == null ? 0.0 : realArg(values[3]);
        if (relTol < 0.0 || absTol < 0.0) throw PyExceptions.valueError("tolerances must be non-negative");
        if (a[0] == b[0] && a[1] == b[1]) return PyBool.TRUE;
        if (Double.isInfinite(a[0]) || Double.isInfinite(a[1]) || Double.isInfinite(b[0]) || Double.isInfinite(b[1])) {
            return PyBool.FALSE;
        }
        ComplexFunctions f = new ComplexFunctions();
        double diff = f.abs(a[0] - b[0], a[1] - b[1]);
        return PyBool.of(diff <= relTol * f.abs(b[0], b[1]) || diff <= relTol * f.abs(a[0], a[1]) || diff <= absTol);
    }
}
