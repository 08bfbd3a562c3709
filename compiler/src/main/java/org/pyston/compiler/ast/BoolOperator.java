package org.pyston.compiler.ast;

/** {@code and} / {@code or} (CPython's {@code boolop}). */
public enum BoolOperator { And, Or }
