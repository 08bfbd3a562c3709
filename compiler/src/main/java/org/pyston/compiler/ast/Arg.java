package org.pyston.compiler.ast;

/** One parameter (CPython's {@code arg}). */
public record Arg(String arg, Expr annotation, String type_comment, Span span) implements Node {}
