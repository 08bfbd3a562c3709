package org.pyston.compiler.ast;

/** A keyword argument {@code arg=value}; {@code arg} is null for {@code **value} (CPython's {@code keyword}). */
public record Keyword(String arg, Expr value, Span span) implements Node {}
