package org.pyston.compiler.ast;

import java.util.List;

/** {@code for target in iter if ...} inside a comprehension (CPython's {@code comprehension}). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean is_async) {}
