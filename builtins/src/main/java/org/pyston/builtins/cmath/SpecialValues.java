package org.pyston.builtins.cmath;

/**
 * The results C99 Annex G gives the complex functions for non-finite arguments, as CPython's
 * cmath returns them: one 7x7 table per function, indexed by the {@link #kind} of the real part
 * (row) and of the imaginary part (column), with CPython 3.11's values (later versions changed a
 * few, e.g. acosh(0+nanj)). Cells that only finite arguments reach are
 * {@link #U}, never read.
 */
final class SpecialValues {
    private SpecialValues() {}

    static final int NINF = 0, NEG = 1, NZERO = 2, PZERO = 3, POS = 4, PINF = 5, NAN = 6;

    /** The row/column of a double: -inf, negative, -0.0, +0.0, positive, +inf, nan. */
    static int kind(double d) {
        if (Double.isNaN(d)) return NAN;
        if (Double.isInfinite(d)) return d > 0 ? PINF : NINF;
        boolean negative = Math.copySign(1.0, d) < 0;
        if (d == 0) return negative ? NZERO : PZERO;
        return negative ? NEG : POS;
    }

    private static final double P = Math.PI, P14 = 0.25 * Math.PI, P12 = 0.5 * Math.PI, P34 = 0.75 * Math.PI;
    private static final double INF = Double.POSITIVE_INFINITY, N = Double.NaN;
    /** A placeholder in cells finite arguments reach (never returned). */
    private static final double U = -9.5426319407711027e33;

    /** 98 numbers, row by row, (real, imag) per cell. */
    private static double[][][] table(double... v) {
        double[][][] t = new double[7][7][];
        for (int i = 0; i < 49; i++) t[i / 7][i % 7] = new double[] {v[2 * i], v[2 * i + 1]};
        return t;
    }

    /** The cell of {@code table} for (re, im), as a fresh array. */
    static double[] lookup(double[][][] table, double re, double im) {
        return table[kind(re)][kind(im)].clone();
    }

    static final double[][][] ACOS = table(
            P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
            P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
            P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
            P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
            P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
            P14, INF, 0., INF, 0., INF, 0., -INF, 0., -INF, P14, -INF, N, INF,
            N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N);

    static final double[][][] ACOSH = table(
            INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
            INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
            INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);

    static final double[][][] ASINH = table(
            -INF, -P14, -INF, -0., -INF, -0., -INF, 0., -INF, 0., -INF, P14, -INF, N,
            -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
            -INF, -P12, U, U, -0., -0., -0., 0., U, U, -INF, P12, N, N,
            INF, -P12, U, U, 0., -0., 0., 0., U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
            INF, N, N, N, N, -0., N, 0., N, N, INF, N, N, N);

    static final double[][][] ATANH = table(
            -0., -P12, -0., -P12, -0., -P12, -0., P12, -0., P12, -0., P12, -0., N,
            -0., -P12, U, U, U, U, U, U, U, U, -0., P12, N, N,
            -0., -P12, U, U, -0., -0., -0., 0., U, U, -0., P12, -0., N,
            0., -P12, U, U, 0., -0., 0., 0., U, U, 0., P12, 0., N,
            0., -P12, U, U, U, U, U, U, U, U, 0., P12, N, N,
            0., -P12, 0., -P12, 0., -P12, 0., P12, 0., P12, 0., P12, 0., N,
            0., -P12, N, N, N, N, N, N, N, N, 0., P12, N, N);

    static final double[][][] COSH = table(
            INF, N, U, U, INF, 0., INF, -0., U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, 0., U, U, 1., 0., 1., -0., U, U, N, 0., N, 0.,
            N, 0., U, U, 1., -0., 1., 0., U, U, N, 0., N, 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, 0., N, 0., N, N, N, N, N, N);

    static final double[][][] EXP = table(
            0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
            N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);

    static final double[][][] LOG = table(
            INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
            INF, -P12, U, U, -INF, -0., -INF, 0., U, U, INF, P12, N, N,
            INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
            INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
            INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);

    static final double[][][] SINH = table(
            INF, N, U, U, -INF, -0., -INF, 0., U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            0., N, U, U, -0., -0., -0., 0., U, U, 0., N, 0., N,
            0., N, U, U, 0., -0., 0., 0., U, U, 0., N, 0., N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);

    static final double[][][] SQRT = table(
            INF, -INF, 0., -INF, 0., -INF, 0., INF, 0., INF, INF, INF, N, INF,
            INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
            INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
            INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
            INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
            INF, -INF, INF, -0., INF, -0., INF, 0., INF, 0., INF, INF, INF, N,
            INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N);

    static final double[][][] TANH = table(
            -1., 0., U, U, -1., -0., -1., 0., U, U, -1., 0., -1., 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            N, N, U, U, -0., -0., -0., 0., U, U, N, N, N, N,
            N, N, U, U, 0., -0., 0., 0., U, U, N, N, N, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            1., 0., U, U, 1., -0., 1., 0., U, U, 1., 0., 1., 0.,
            N, N, N, N, N, -0., N, 0., N, N, N, N, N, N);

    static final double[][][] RECT = table(
            INF, N, U, U, -INF, 0., -INF, -0., U, U, INF, N, INF, N,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            0., 0., U, U, -0., 0., -0., -0., U, U, 0., 0., 0., 0.,
            0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
            N, N, U, U, U, U, U, U, U, U, N, N, N, N,
            INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
            N, N, N, N, N, 0., N, 0., N, N, N, N, N, N);
}
