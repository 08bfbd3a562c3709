package org.pyston.compiler.ast;

import java.util.List;

/** Top-level results of parsing (CPython's {@code mod}): a file, one interactive statement, an eval expression. */
public sealed interface Mod {
    record Module(List<Stmt> body) implements Mod {}
    record Interactive(List<Stmt> body) implements Mod {}
    record Expression(Expr body) implements Mod {}
}
