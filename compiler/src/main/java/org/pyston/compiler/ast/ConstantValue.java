package org.pyston.compiler.ast;

/**
 * The Java values an {@link Expr.Constant} may hold: {@code java.math.BigInteger} for int,
 * {@code Double} for float, {@link Imaginary} for an imaginary literal, {@code String} for str,
 * {@code byte[]} for bytes, {@code Boolean} for True/False, and the two singletons below.
 */
public enum ConstantValue {
    NONE, ELLIPSIS;

    /** An imaginary literal such as {@code 2j}. */
    public record Imaginary(double imag) {}
}
