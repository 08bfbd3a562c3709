package org.pyston.compiler.ast;

/** Unary operators (CPython's {@code unaryop}). */
public enum UnaryOperator { Invert, Not, UAdd, USub }
