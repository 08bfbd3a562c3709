package org.pyston.compiler.ast;

import java.util.List;

/** {@code case pattern if guard: body} (CPython's {@code match_case}). */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
