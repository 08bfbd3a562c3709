package org.pyston.compiler.ast;

/** {@code context_expr as optional_vars} in a with statement (CPython's {@code withitem}). */
public record WithItem(Expr context_expr, Expr optional_vars) {}
