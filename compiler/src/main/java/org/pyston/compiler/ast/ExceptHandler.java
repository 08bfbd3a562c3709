package org.pyston.compiler.ast;

import java.util.List;

/** {@code except type as name: body} (CPython's {@code ExceptHandler}); type and name may be null. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) implements Node {}
