package org.pyston.builtins.cmath;

/**
 * The complex functions of {@code cmath}, on (real, imag) pairs, with CPython's algorithms so that
 * results agree bit for bit where the underlying real functions do: special values from
 * {@link SpecialValues}, rescaling against spurious overflow and underflow, log1p near |z| = 1,
 * Kahan's formulas for the inverse functions. One instance serves one call: {@link #errno}
 * records, as C's errno does for CPython, whether the result is a domain error ({@link #EDOM})
 * or overflowed ({@link #ERANGE}).
 */
final class ComplexFunctions {
    static final int OK = 0, EDOM = 1, ERANGE = 2;

    /** The error state of the last function evaluated. */
    int errno = OK;

    private static final double LARGE = Double.MAX_VALUE / 4.;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = RealFunctions.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    /** 2**SCALE_UP makes a subnormal normal; SCALE_DOWN = -(SCALE_UP + 1) / 2. */
    private static final int SCALE_UP = 53, SCALE_DOWN = -27;
    private static final int MANT_DIG = 53;
    static final double LN2 = 0.6931471805599453094;
    static final double LN10 = 2.302585092994045684;
    private static final double E = 2.7182818284590452354;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static boolean finite(double d) {
        return Double.isFinite(d);
    }

    private static boolean nonFinite(double re, double im) {
        return !finite(re) || !finite(im);
    }

    private static double[] c(double re, double im) {
        return new double[] {re, im};
    }

    private double[] special(double[][][] table, double re, double im) {
        errno = OK;
        return SpecialValues.lookup(table, re, im);
    }

    double[] acos(double x, double y) {
        if (nonFinite(x, y)) return special(SpecialValues.ACOS, x, y);
        double[] r;
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            // |z| large: avoid overflow in the squares
            r = c(RealFunctions.atan2(Math.abs(y), x),
                    -Math.copySign(RealFunctions.log(RealFunctions.hypot(x / 2., y / 2.)) + LN2 * 2., y));
        } else {
            double[] s1 = sqrt(1. - x, -y);
            double[] s2 = sqrt(1. + x, y);
            r = c(2. * RealFunctions.atan2(s1[0], s2[0]), RealFunctions.asinh(s2[0] * s1[1] - s2[1] * s1[0]));
        }
        errno = OK;
        return r;
    }

    double[] acosh(double x, double y) {
        if (nonFinite(x, y)) return special(SpecialValues.ACOSH, x, y);
        double[] r;
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            r = c(RealFunctions.log(RealFunctions.hypot(x / 2., y / 2.)) + LN2 * 2., RealFunctions.atan2(y, x));
        } else {
            double[] s1 = sqrt(x - 1., y);
            double[] s2 = sqrt(x + 1., y);
            r = c(RealFunctions.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2. * RealFunctions.atan2(s1[1], s2[0]));
        }
        errno = OK;
        return r;
    }

    /** asin(z) = -i asinh(iz). */
    double[] asin(double x, double y) {
        double[] s = asinh(-y, x);
        return c(s[1], -s[0]);
    }

    double[] asinh(double x, double y) {
        if (nonFinite(x, y)) return special(SpecialValues.ASINH, x, y);
        double[] r;
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double l = RealFunctions.log(RealFunctions.hypot(x / 2., y / 2.)) + LN2 * 2.;
            r = c(y >= 0. ? Math.copySign(l, x) : -Math.copySign(l, -x), RealFunctions.atan2(y, Math.abs(x)));
        } else {
            double[] s1 = sqrt(1. + y, -x);
            double[] s2 = sqrt(1. - y, x);
            r = c(RealFunctions.asinh(s1[0] * s2[1] - s2[0] * s1[1]),
                    RealFunctions.atan2(y, s1[0] * s2[0] - s1[1] * s2[1]));
        }
        errno = OK;
        return r;
    }

    /** atan(z) = -i atanh(iz). */
    double[] atan(double x, double y) {
        double[] s = atanh(-y, x);
        return c(s[1], -s[0]);
    }

    double[] atanh(double x, double y) {
        if (nonFinite(x, y)) return special(SpecialValues.ATANH, x, y);
        if (x < 0.) {
            // atanh(z) = -atanh(-z): work with a non-negative real part
            double[] r = atanh(-x, -y);
            return c(-r[0], -r[1]);
        }
        double ay = Math.abs(y);
        double[] r;
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            // |z| large: atanh(z) ~ 1/z +/- i*pi/2
            double h = RealFunctions.hypot(x / 2., y / 2.);
            r = c(x / 4. / h / h, Math.copySign(Math.PI / 2., y));
            errno = OK;
        } else if (x == 1. && ay < SQRT_DBL_MIN) {
            if (ay == 0.) {
                r = c(INF, y);
                errno = EDOM;
            } else {
                r = c(-RealFunctions.log(Math.sqrt(ay) / Math.sqrt(RealFunctions.hypot(ay, 2.))),
                        Math.copySign(RealFunctions.atan2(2., -ay) / 2, y));
                errno = OK;
            }
        } else {
            r = c(RealFunctions.log1p(4. * x / ((1 - x) * (1 - x) + ay * ay)) / 4.,
                    -RealFunctions.atan2(-2. * y, (1 - x) * (1 + x) - ay * ay) / 2.);
            errno = OK;
        }
        return r;
    }

    /** cos(z) = cosh(iz). */
    double[] cos(double x, double y) {
        return cosh(-y, x);
    }

    double[] cosh(double x, double y) {
        if (nonFinite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && finite(y) && y != 0.) {
                double cy = RealFunctions.cos(y), sy = RealFunctions.sin(y);
                r = x > 0 ? c(Math.copySign(INF, cy), Math.copySign(INF, sy))
                        : c(Math.copySign(INF, cy), -Math.copySign(INF, sy));
            } else {
                r = SpecialValues.lookup(SpecialValues.COSH, x, y);
            }
            errno = Double.isInfinite(y) && !Double.isNaN(x) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (Math.abs(x) > LOG_LARGE) {
            // cosh(x) may overflow where cosh(z) does not
            double xm1 = x - Math.copySign(1., x);
            r = c(RealFunctions.cos(y) * RealFunctions.cosh(xm1) * E, RealFunctions.sin(y) * RealFunctions.sinh(xm1) * E);
        } else {
            r = c(RealFunctions.cos(y) * RealFunctions.cosh(x), RealFunctions.sin(y) * RealFunctions.sinh(x));
        }
        errno = Double.isInfinite(r[0]) || Double.isInfinite(r[1]) ? ERANGE : OK;
        return r;
    }

    double[] exp(double x, double y) {
        if (nonFinite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && finite(y) && y != 0.) {
                double cy = RealFunctions.cos(y), sy = RealFunctions.sin(y);
                r = x > 0 ? c(Math.copySign(INF, cy), Math.copySign(INF, sy))
                        : c(Math.copySign(0., cy), Math.copySign(0., sy));
            } else {
                r = SpecialValues.lookup(SpecialValues.EXP, x, y);
            }
            errno = Double.isInfinite(y) && (finite(x) || x == INF) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (x > LOG_LARGE) {
            double l = RealFunctions.exp(x - 1.);
            r = c(l * RealFunctions.cos(y) * E, l * RealFunctions.sin(y) * E);
        } else {
            double l = RealFunctions.exp(x);
            r = c(l * RealFunctions.cos(y), l * RealFunctions.sin(y));
        }
        errno = Double.isInfinite(r[0]) || Double.isInfinite(r[1]) ? ERANGE : OK;
        return r;
    }

    double[] log(double x, double y) {
        if (nonFinite(x, y)) return special(SpecialValues.LOG, x, y);
        double ax = Math.abs(x), ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = RealFunctions.log(RealFunctions.hypot(ax / 2., ay / 2.)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0. || ay > 0.) {
                // hypot would be subnormal, with too few bits: scale up first
                re = RealFunctions.log(RealFunctions.hypot(Math.scalb(ax, MANT_DIG), Math.scalb(ay, MANT_DIG)))
                        - MANT_DIG * LN2;
            } else {
                errno = EDOM;
                return c(-INF, RealFunctions.atan2(y, x));
            }
        } else {
            double h = RealFunctions.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                // |z| near 1: log(h) would lose the digits that matter
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                re = RealFunctions.log1p((am - 1) * (am + 1) + an * an) / 2.;
            } else {
                re = RealFunctions.log(h);
            }
        }
        errno = OK;
        return c(re, RealFunctions.atan2(y, x));
    }

    double[] log10(double x, double y) {
        double[] r = log(x, y);
        return c(r[0] / LN10, r[1] / LN10);
    }

    /** sin(z) = -i sinh(iz). */
    double[] sin(double x, double y) {
        double[] s = sinh(-y, x);
        return c(s[1], -s[0]);
    }

    double[] sinh(double x, double y) {
        if (nonFinite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && finite(y) && y != 0.) {
                double cy = RealFunctions.cos(y), sy = RealFunctions.sin(y);
                r = x > 0 ? c(Math.copySign(INF, cy), Math.copySign(INF, sy))
                        : c(-Math.copySign(INF, cy), Math.copySign(INF, sy));
            } else {
                r = SpecialValues.lookup(SpecialValues.SINH, x, y);
            }
            errno = Double.isInfinite(y) && !Double.isNaN(x) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1., x);
            r = c(RealFunctions.cos(y) * RealFunctions.sinh(xm1) * E, RealFunctions.sin(y) * RealFunctions.cosh(xm1) * E);
        } else {
            r = c(RealFunctions.cos(y) * RealFunctions.sinh(x), RealFunctions.sin(y) * RealFunctions.cosh(x));
        }
        errno = Double.isInfinite(r[0]) || Double.isInfinite(r[1]) ? ERANGE : OK;
        return r;
    }

    double[] sqrt(double x, double y) {
        if (nonFinite(x, y)) return special(SpecialValues.SQRT, x, y);
        if (x == 0. && y == 0.) {
            errno = OK;
            return c(0., y);
        }
        double ax = Math.abs(x), ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot would be subnormal: scale up, then back down
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + RealFunctions.hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            // x/8 and y/8 keep x + hypot(x, y) from overflowing
            ax /= 8.;
            s = 2. * Math.sqrt(ax + RealFunctions.hypot(ax, ay / 8.));
        }
        double d = ay / (2. * s);
        errno = OK;
        return x >= 0. ? c(s, Math.copySign(d, y)) : c(d, Math.copySign(s, y));
    }

    /** tan(z) = -i tanh(iz). */
    double[] tan(double x, double y) {
        double[] s = tanh(-y, x);
        return c(s[1], -s[0]);
    }

    double[] tanh(double x, double y) {
        if (nonFinite(x, y)) {
            double[] r;
            if (Double.isInfinite(x) && finite(y) && y != 0.) {
                double sign = 2. * RealFunctions.sin(y) * RealFunctions.cos(y);
                r = c(x > 0 ? 1.0 : -1.0, Math.copySign(0., sign));
            } else {
                r = SpecialValues.lookup(SpecialValues.TANH, x, y);
            }
            errno = Double.isInfinite(y) && finite(x) ? EDOM : OK;
            return r;
        }
        double[] r;
        if (Math.abs(x) > LOG_LARGE) {
            // 1 - tanh(x)**2 ~ 4 exp(-2|x|), without overflowing cosh(x)
            r = c(Math.copySign(1., x), 4. * RealFunctions.sin(y) * RealFunctions.cos(y) * RealFunctions.exp(-2. * Math.abs(x)));
        } else {
            double tx = RealFunctions.tanh(x);
            double ty = RealFunctions.tan(y);
            double cx = 1. / RealFunctions.cosh(x);
            double txty = tx * ty;
            double denom = 1. + txty * txty;
            r = c(tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx);
        }
        errno = OK;
        return r;
    }

    /** rect(r, phi): like exp(log(r) + i phi) for r >= 0, with the special values that implies. */
    double[] rect(double r, double phi) {
        if (nonFinite(r, phi)) {
            double[] z;
            if (Double.isInfinite(r) && finite(phi) && phi != 0.) {
                double cp = RealFunctions.cos(phi), sp = RealFunctions.sin(phi);
                z = r > 0 ? c(Math.copySign(INF, cp), Math.copySign(INF, sp))
                        : c(-Math.copySign(INF, cp), -Math.copySign(INF, sp));
            } else {
                z = SpecialValues.lookup(SpecialValues.RECT, r, phi);
            }
            errno = r != 0. && !Double.isNaN(r) && Double.isInfinite(phi) ? EDOM : OK;
            return z;
        }
        errno = OK;
        if (phi == 0.0) return c(r, r * phi);
        return c(r * RealFunctions.cos(phi), r * RealFunctions.sin(phi));
    }

    /** |z| as CPython's _Py_c_abs: inf if either part is, else hypot (ERANGE when it overflows). */
    double abs(double x, double y) {
        if (nonFinite(x, y)) {
            errno = OK;
            if (Double.isInfinite(x)) return Math.abs(x);
            if (Double.isInfinite(y)) return Math.abs(y);
            return Double.NaN;
        }
        double r = RealFunctions.hypot(x, y);
        errno = Double.isFinite(r) ? OK : ERANGE;
        return r;
    }

    /** a / b as CPython's _Py_c_quot (Smith's method); division by zero is EDOM, giving 0. */
    double[] quot(double[] a, double[] b) {
        double absBr = Math.abs(b[0]), absBi = Math.abs(b[1]);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                errno = EDOM;
                return c(0., 0.);
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return c((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return c((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
        }
        return c(Double.NaN, Double.NaN);
    }
}
