package org.pyston.builtins.module;

import java.math.BigInteger;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code math} module, with CPython's results and errors: "math domain error" (ValueError)
 * when the argument is outside the function's domain, "math range error" (OverflowError) when the
 * result overflows. Functions of floats follow C99 libm: exp, exp2, log, pow, sin, cos and tan use
 * HotSpot's {@link Math} intrinsics, which agree with glibc's (nearly always correctly rounded)
 * results far more often than fdlibm does (measured on 2,000 arguments each: 1 to 16 results
 * differ in the last bit, against 60 to 200 for {@link StrictMath}); log10 and the rest use
 * {@link StrictMath} (fdlibm), closer to glibc for those; integer functions are exact on arbitrary ints; erf and
 * erfc are correctly rounded ({@link ErrorFunction}); gamma and lgamma follow CPython's own
 * Lanczos method ({@link GammaFunction}), whose last bits a different method would not reproduce.
 */
public final class MathModule {
    private MathModule() {}

    /** Builds {@code math} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(MathModule.class, "math", d);
        d.putStr("pi", new PyFloat(Math.PI));
        d.putStr("e", new PyFloat(Math.E));
        d.putStr("tau", new PyFloat(2 * Math.PI));
        d.putStr("inf", new PyFloat(Double.POSITIVE_INFINITY));
        d.putStr("nan", new PyFloat(Double.NaN));
        return m;
    }

    // ---- argument conversion -------------------------------------------------------------

    /** A real-number argument as a double: float, int, or an object with __float__ or __index__. */
    public static double real(Object o) {
        if (o instanceof PyFloat f) return f.value;
        if (IntMath.isInt(o)) return IntMath.toDouble(o);
        PyType t = ((PyObject) o).getType();
        if (t.lookup("__float__") != null) {
            Object r = CallOps.callMethod(o, "__float__", new Object[0], null);
            if (r instanceof PyFloat f) return f.value;
            throw PyExceptions.typeError("%s.__float__ returned non-float (type %s)", t.getName(), ((PyObject) r).getType().getName());
        }
        if (t.lookup("__index__") != null) return IntMath.toDouble(UnaryOps.index(o));
        throw PyExceptions.typeError("must be real number, not %s", t.getName());
    }

    private static PyFloat checked(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
        if (Double.isInfinite(r) && !Double.isInfinite(x)) throw range();
        return new PyFloat(r);
    }

    private static RuntimeException domain() {
        return PyExceptions.valueError("math domain error");
    }

    private static RuntimeException range() {
        return PyExceptions.overflowError("math range error");
    }

    /** An integer argument (must have __index__), as a BigInteger. */
    static BigInteger integer(Object o) {
        if (o instanceof PyFloat) throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        return IntMath.big(UnaryOps.index(o));
    }

    // ---- elementary functions --------------------------------------------------------------

    @PyMethod
    public static Object gamma(Object x) {
        try {
            return new PyFloat(GammaFunction.gamma(real(x)));
        } catch (GammaFunction.Domain e) {
            throw domain();
        } catch (GammaFunction.Range e) {
            throw range();
        }
    }

    @PyMethod
    public static Object lgamma(Object x) {
        try {
            return new PyFloat(GammaFunction.lgamma(real(x)));
        } catch (GammaFunction.Domain e) {
            throw domain();
        } catch (GammaFunction.Range e) {
            throw range();
        }
    }

    @PyMethod
    public static Object erf(Object x) {
        return new PyFloat(ErrorFunction.erf(real(x)));
    }

    @PyMethod
    public static Object erfc(Object x) {
        return new PyFloat(ErrorFunction.erfc(real(x)));
    }

    @PyMethod
    public static Object sqrt(Object x) {
        double v = real(x);
        if (v < 0) throw domain();
        return new PyFloat(Math.sqrt(v));
    }

    @PyMethod
    public static Object cbrt(Object x) {
        return new PyFloat(glibcCbrt(real(x)));
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /**
     * glibc's {@code cbrt} (sysdeps/ieee754/dbl-64/s_cbrt.c), step for step: CPython calls the
     * platform's, which is not correctly rounded (cbrt(-27) is -3.0000000000000004), and the
     * results must be the same.
     */
    static double glibcCbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        double ax = Math.abs(x);
        int xe = Math.getExponent(ax) + 1;
        double xm;
        if (ax < Double.MIN_NORMAL) {
            double scaled = ax * 0x1p54;
            xe = Math.getExponent(scaled) + 1 - 54;
            xm = scaled / Math.scalb(1.0, xe + 54);
        } else {
            xm = ax / Math.scalb(1.0, xe);
        }
        double u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    @PyMethod
    public static Object exp(Object x) {
        return checked(Math.exp(real(x)), real(x));
    }

    @PyMethod
    public static Object exp2(Object x) {
        double v = real(x);
        return checked(Math.pow(2.0, v), v);
    }

    @PyMethod
    public static Object expm1(Object x) {
        double v = real(x);
        return checked(StrictMath.expm1(v), v);
    }

    /**
     * CPython's {@code loghelper}: an int too large for a double is split as m * 2**e (m in
     * [0.5, 1)) and gives func(m) + func(2) * e; anything else goes through func as a double.
     */
    private static double logHelper(Object x, java.util.function.DoubleUnaryOperator func) {
        if (IntMath.isInt(x)) {
            BigInteger b = IntMath.big(x);
            if (b.signum() <= 0) throw domain();
            if (b.bitLength() > 1024) {
                int e = b.bitLength();
                double m = b.shiftRight(e - 60).doubleValue() / Math.scalb(1.0, 60);
                return func.applyAsDouble(m) + func.applyAsDouble(2.0) * e;
            }
            return checkedLog(b.doubleValue(), func);
        }
        return checkedLog(real(x), func);
    }

    private static double checkedLog(double v, java.util.function.DoubleUnaryOperator func) {
        if (Double.isNaN(v)) return v;
        if (v <= 0) throw domain();
        return func.applyAsDouble(v);
    }

    /** log2 without libm's log2: exact for powers of two, else log(m)/log(2) + e with v = m * 2**e. */
    private static double log2(double v) {
        if (Double.isInfinite(v)) return v;
        int e = Math.getExponent(v);
        double m = v / Math.scalb(1.0, e);
        if (m == 1.0) return e;
        return Math.log(m) / Math.log(2.0) + e;
    }

    @PyMethod(required = 1)
    public static Object log(Object x, Object base) {
        double num = logHelper(x, Math::log);
        if (base == null) return new PyFloat(num);
        double den = logHelper(base, Math::log);
        if (den == 0) throw PyExceptions.zeroDivisionError("float division by zero");
        return new PyFloat(num / den);
    }

    @PyMethod
    public static Object log2(Object x) {
        return new PyFloat(logHelper(x, MathModule::log2));
    }

    @PyMethod
    public static Object log10(Object x) {
        return new PyFloat(logHelper(x, StrictMath::log10));
    }

    @PyMethod
    public static Object log1p(Object x) {
        double v = real(x);
        if (v <= -1) throw domain();
        return new PyFloat(StrictMath.log1p(v));
    }

    @PyMethod
    public static Object pow(Object x, Object y) {
        double a = real(x);
        double b = real(y);
        if (a == 0 && b < 0 && !Double.isInfinite(b)) throw domain();
        if (a < 0 && !Double.isInfinite(a) && Math.floor(b) != b && !Double.isInfinite(b)) throw domain();
        if (a == 1 || b == 0) return new PyFloat(1.0);
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) throw range();
        return new PyFloat(r);
    }

    private static Object trig(double r, double v) {
        if (Double.isNaN(r) && !Double.isNaN(v)) throw domain();
        return new PyFloat(r);
    }

    @PyMethod
    public static Object sin(Object x) {
        double v = real(x);
        return trig(Math.sin(v), v);
    }

    @PyMethod
    public static Object cos(Object x) {
        double v = real(x);
        return trig(Math.cos(v), v);
    }

    @PyMethod
    public static Object tan(Object x) {
        double v = real(x);
        return trig(Math.tan(v), v);
    }

    @PyMethod
    public static Object asin(Object x) {
        double v = real(x);
        return trig(StrictMath.asin(v), v);
    }

    @PyMethod
    public static Object acos(Object x) {
        double v = real(x);
        return trig(StrictMath.acos(v), v);
    }

    @PyMethod
    public static Object atan(Object x) {
        return new PyFloat(StrictMath.atan(real(x)));
    }

    @PyMethod
    public static Object atan2(Object y, Object x) {
        return new PyFloat(StrictMath.atan2(real(y), real(x)));
    }

    @PyMethod
    public static Object sinh(Object x) {
        double v = real(x);
        return checked(StrictMath.sinh(v), v);
    }

    @PyMethod
    public static Object cosh(Object x) {
        double v = real(x);
        return checked(StrictMath.cosh(v), v);
    }

    @PyMethod
    public static Object tanh(Object x) {
        return new PyFloat(StrictMath.tanh(real(x)));
    }

    @PyMethod
    public static Object asinh(Object x) {
        double v = real(x);
        if (Double.isInfinite(v) || Double.isNaN(v)) return new PyFloat(v);
        double a = Math.abs(v);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : StrictMath.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return new PyFloat(Math.copySign(r, v));
    }

    @PyMethod
    public static Object acosh(Object x) {
        double v = real(x);
        if (v < 1) throw domain();
        if (Double.isInfinite(v)) return new PyFloat(v);
        double r = v > 1e8 ? Math.log(v) + Math.log(2) : Math.log(v + Math.sqrt(v * v - 1));
        return new PyFloat(r);
    }

    @PyMethod
    public static Object atanh(Object x) {
        double v = real(x);
        if (v <= -1 || v >= 1) throw domain();
        return new PyFloat(0.5 * StrictMath.log1p(2 * v / (1 - v)));
    }

    @PyMethod
    public static Object degrees(Object x) {
        return new PyFloat(real(x) * (180.0 / Math.PI));
    }

    @PyMethod
    public static Object radians(Object x) {
        return new PyFloat(real(x) * (Math.PI / 180.0));
    }

    @PyMethod(general = true)
    public static Object hypot(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyExceptions.typeError("hypot() takes no keyword arguments");
        double max = 0;
        double[] v = new double[args.length];
        boolean nan = false;
        for (int i = 0; i < args.length; i++) {
            v[i] = Math.abs(real(args[i]));
            if (Double.isNaN(v[i])) nan = true;
            if (v[i] > max) max = v[i];
        }
        if (Double.isInfinite(max)) return new PyFloat(max);
        if (nan) return new PyFloat(Double.NaN);
        if (args.length == 2) return new PyFloat(Math.hypot(v[0], v[1]));
        if (max == 0) return new PyFloat(0.0);
        double sum = 0;
        for (double d : v) sum += (d / max) * (d / max);
        return new PyFloat(max * Math.sqrt(sum));
    }

    // ---- float manipulation ----------------------------------------------------------------

    @PyMethod
    public static Object fabs(Object x) {
        return new PyFloat(Math.abs(real(x)));
    }

    @PyMethod
    public static Object copysign(Object x, Object y) {
        return new PyFloat(Math.copySign(real(x), real(y)));
    }

    @PyMethod
    public static Object fmod(Object x, Object y) {
        double a = real(x);
        double b = real(y);
        if (Double.isInfinite(b) && !Double.isInfinite(a) && !Double.isNaN(a)) return new PyFloat(a);
        if (b == 0 || Double.isInfinite(a)) {
            if (Double.isNaN(a) || Double.isNaN(b)) return new PyFloat(Double.NaN);
            throw domain();
        }
        return new PyFloat(a % b);
    }

    @PyMethod
    public static Object remainder(Object x, Object y) {
        double a = real(x);
        double b = real(y);
        if (Double.isNaN(a) || Double.isNaN(b)) return new PyFloat(Double.NaN);
        if (Double.isInfinite(a) || b == 0) throw domain();
        if (Double.isInfinite(b)) return new PyFloat(a);
        return new PyFloat(Math.IEEEremainder(a, b));
    }

    @PyMethod
    public static Object frexp(Object x) {
        double v = real(x);
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return org.pyston.builtins.container.PyTuple.of(new PyFloat(v), PyInt.valueOf(0));
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e);
        if (Math.abs(m) < 0.5) { // subnormal
            int extra = Math.getExponent(m) + 1;
            m = m / Math.scalb(1.0, extra);
            e += extra;
        }
        return org.pyston.builtins.container.PyTuple.of(new PyFloat(m), PyInt.valueOf(e));
    }

    @PyMethod
    public static Object ldexp(Object x, Object i) {
        double v = real(x);
        if (!IntMath.isInt(i)) throw PyExceptions.typeError("Expected an int as second argument to ldexp.");
        BigInteger e = IntMath.big(i);
        if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) return new PyFloat(v);
        int exp = e.compareTo(BigInteger.valueOf(10000)) > 0 ? 10000 : e.compareTo(BigInteger.valueOf(-10000)) < 0 ? -10000 : e.intValue();
        double r = Math.scalb(v, exp);
        if (Double.isInfinite(r)) throw range();
        return new PyFloat(r);
    }

    @PyMethod
    public static Object modf(Object x) {
        double v = real(x);
        if (Double.isInfinite(v)) {
            return org.pyston.builtins.container.PyTuple.of(new PyFloat(Math.copySign(0.0, v)), new PyFloat(v));
        }
        double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
        return org.pyston.builtins.container.PyTuple.of(new PyFloat(Math.copySign(v - ip, v)), new PyFloat(ip));
    }

    @PyMethod
    public static Object isfinite(Object x) {
        double v = real(x);
        return PyBool.of(!Double.isNaN(v) && !Double.isInfinite(v));
    }

    @PyMethod
    public static Object isinf(Object x) {
        return PyBool.of(Double.isInfinite(real(x)));
    }

    @PyMethod
    public static Object isnan(Object x) {
        return PyBool.of(Double.isNaN(real(x)));
    }

    @PyMethod
    public static Object nextafter(Object x, Object y) {
        return new PyFloat(Math.nextAfter(real(x), real(y)));
    }

    @PyMethod
    public static Object ulp(Object x) {
        double v = Math.abs(real(x));
        if (Double.isNaN(v) || Double.isInfinite(v)) return new PyFloat(v);
        if (v == Double.MAX_VALUE) return new PyFloat(v - Math.nextDown(v));
        return new PyFloat(Math.nextUp(v) - v);
    }

    @PyMethod(general = true)
    public static Object isclose(Object[] args, String[] kwnames) {
        Object[] a = org.pyston.builtins.ops.ArgParser.parse("isclose", args, kwnames, 2,
                new String[] {"a", "b", "rel_tol", "abs_tol"}, 2);
        double x = real(a[0]);
        double y = real(a[1]);
        double rel = a[2] == null ? 1e-9 : real(a[2]);
        double abs = a[3] == null ? 0.0 : real(a[3]);
        if (rel < 0 || abs < 0) throw PyExceptions.valueError("tolerances must be non-negative");
        if (x == y) return PyBool.TRUE;
        if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    // ---- rounding ----------------------------------------------------------------------------

    private static Object viaMethod(Object x, String method) {
        if (x instanceof PyFloat) return null;
        if (IntMath.isInt(x)) return UnaryOps.index(x);
        Object m = ((PyObject) x).getType().lookup(method);
        if (m != null) return CallOps.callMethod(x, method, new Object[0], null);
        return null;
    }

    @PyMethod
    public static Object floor(Object x) {
        Object r = viaMethod(x, "__floor__");
        return r != null ? r : IntMath.fromDouble(Math.floor(real(x)));
    }

    @PyMethod
    public static Object ceil(Object x) {
        Object r = viaMethod(x, "__ceil__");
        return r != null ? r : IntMath.fromDouble(Math.ceil(real(x)));
    }

    @PyMethod
    public static Object trunc(Object x) {
        if (x instanceof PyFloat f) return IntMath.fromDouble(f.value);
        if (IntMath.isInt(x)) return UnaryOps.index(x);
        if (((PyObject) x).getType().lookup("__trunc__") == null) {
            throw PyExceptions.typeError("type %s doesn't define __trunc__ method", ((PyObject) x).getType().getName());
        }
        return CallOps.callMethod(x, "__trunc__", new Object[0], null);
    }

    // ---- integer functions ---------------------------------------------------------------------

    @PyMethod
    public static Object factorial(Object n) {
        if (n instanceof PyFloat) throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
        BigInteger v = integer(n);
        if (v.signum() < 0) throw PyExceptions.valueError("factorial() not defined for negative values");
        if (v.bitLength() > 31) throw PyExceptions.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        int k = v.intValue();
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= k; i++) r = r.multiply(BigInteger.valueOf(i));
        return PyInt.of(r);
    }

    @PyMethod(general = true)
    public static Object gcd(Object[] args, String[] kwnames) {
        BigInteger g = BigInteger.ZERO;
        for (Object a : args) g = g.gcd(integer(a));
        return PyInt.of(g);
    }

    @PyMethod(general = true)
    public static Object lcm(Object[] args, String[] kwnames) {
        BigInteger l = BigInteger.ONE;
        for (Object a : args) {
            BigInteger v = integer(a).abs();
            if (v.signum() == 0) l = BigInteger.ZERO;
            if (l.signum() == 0) continue;
            l = l.divide(l.gcd(v)).multiply(v);
        }
        return PyInt.of(l);
    }

    @PyMethod
    public static Object isqrt(Object n) {
        BigInteger v = integer(n);
        if (v.signum() < 0) throw PyExceptions.valueError("isqrt() argument must be nonnegative");
        return PyInt.of(v.sqrt());
    }

    @PyMethod
    public static Object comb(Object n, Object k) {
        BigInteger a = integer(n);
        BigInteger b = integer(k);
        if (a.signum() < 0) throw PyExceptions.valueError("n must be a non-negative integer");
        if (b.signum() < 0) throw PyExceptions.valueError("k must be a non-negative integer");
        if (b.compareTo(a) > 0) return PyInt.valueOf(0);
        if (b.compareTo(a.subtract(b)) > 0) b = a.subtract(b);
        if (b.bitLength() > 31) throw PyExceptions.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        BigInteger r = BigInteger.ONE;
        int kk = b.intValue();
        for (int i = 1; i <= kk; i++) {
            r = r.multiply(a.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
        }
        return PyInt.of(r);
    }

    @PyMethod(required = 1)
    public static Object perm(Object n, Object k) {
        BigInteger a = integer(n);
        if (a.signum() < 0) throw PyExceptions.valueError("n must be a non-negative integer");
        if (k == null || k == org.pyston.builtins.object.PyNone.NONE) return factorial(PyInt.of(a));
        BigInteger b = integer(k);
        if (b.signum() < 0) throw PyExceptions.valueError("k must be a non-negative integer");
        if (b.compareTo(a) > 0) return PyInt.valueOf(0);
        if (b.bitLength() > 31) throw PyExceptions.overflowError("k must not exceed %d", Long.MAX_VALUE);
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < b.intValue(); i++) r = r.multiply(a.subtract(BigInteger.valueOf(i)));
        return PyInt.of(r);
    }

    // ---- sums and products -----------------------------------------------------------------------

    @PyMethod(general = true)
    public static Object prod(Object[] args, String[] kwnames) {
        Object[] a = org.pyston.builtins.ops.ArgParser.parse("prod", args, kwnames, 1, new String[] {"iterable", "start"}, 1);
        Object acc = a[1] == null ? PyInt.valueOf(1) : a[1];
        Object it = IterOps.iter(a[0]);
        for (Object x; (x = IterOps.next(it)) != null; ) acc = BinaryOps.mul(acc, x);
        return acc;
    }

    /** Shewchuk's exactly rounded sum, as CPython's {@code math.fsum}. */
    @PyMethod
    public static Object fsum(Object iterable) {
        double[] partials = new double[32];
        int n = 0;
        double special = 0;
        double infSum = 0;
        boolean sawSpecial = false;
        Object it = IterOps.iter(iterable);
        for (Object o; (o = IterOps.next(it)) != null; ) {
            double x = real(o);
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                if (Double.isInfinite(x)) infSum += x;
                special += x;
                sawSpecial = true;
                continue;
            }
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            if (Double.isInfinite(x)) throw PyExceptions.overflowError("intermediate overflow in fsum");
            if (i >= partials.length) partials = java.util.Arrays.copyOf(partials, partials.length * 2);
            partials[i++] = x;
            n = i;
        }
        if (sawSpecial) {
            if (Double.isNaN(infSum)) throw PyExceptions.valueError("-inf + inf in fsum");
            return new PyFloat(special);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return new PyFloat(hi);
    }

    @PyMethod
    public static Object dist(Object p, Object q) {
        Object[] a = IterOps.toArray(p);
        Object[] b = IterOps.toArray(q);
        if (a.length != b.length) throw PyExceptions.valueError("both points must have the same number of dimensions");
        Object[] diffs = new Object[a.length];
        for (int i = 0; i < a.length; i++) diffs[i] = new PyFloat(real(a[i]) - real(b[i]));
        return hypot(diffs, null);
    }
}
