package org.pyston.compiler.scopes;

import java.util.Arrays;
import java.util.List;

import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.Comprehension;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.ast.Stmt;

/**
 * A tiny builder for hand-written ASTs in tests (until the parser exists). Every node gets the
 * span {@link #AT} unless a test needs a position, which it then passes with {@link #span}.
 */
final class Ast {
    private Ast() {}

    static final Span AT = new Span(1, 0, 1, 1);

    static Span span(int line, int col, int endCol) {
        return new Span(line, col, line, endCol);
    }

    static Mod.Module module(Stmt... body) {
        return new Mod.Module(List.of(body));
    }

    static Expr.Name load(String id) {
        return new Expr.Name(id, ExprContext.Load, AT);
    }

    static Expr.Name store(String id) {
        return new Expr.Name(id, ExprContext.Store, AT);
    }

    static Expr num(int n) {
        return new Expr.Constant(java.math.BigInteger.valueOf(n), null, AT);
    }

    static Stmt assign(String target, Expr value) {
        return new Stmt.Assign(List.of(store(target)), value, null, AT);
    }

    static Stmt expr(Expr e) {
        return new Stmt.ExprStmt(e, AT);
    }

    static Stmt ret(Expr e) {
        return new Stmt.Return(e, AT);
    }

    static Expr call(Expr f, Expr... args) {
        return new Expr.Call(f, List.of(args), List.of(), AT);
    }

    static Arguments params(String... names) {
        return new Arguments(List.of(), Arrays.stream(names).map(n -> new Arg(n, null, null, AT)).toList(),
                             null, List.of(), List.of(), null, List.of());
    }

    static Stmt.FunctionDef def(String name, Arguments params, Stmt... body) {
        return new Stmt.FunctionDef(name, params, List.of(body), List.of(), null, null, AT);
    }

    static Stmt.AsyncFunctionDef asyncDef(String name, Arguments params, Stmt... body) {
        return new Stmt.AsyncFunctionDef(name, params, List.of(body), List.of(), null, null, AT);
    }

    static Stmt.ClassDef cls(String name, Stmt... body) {
        return new Stmt.ClassDef(name, List.of(), List.of(), List.of(body), List.of(), AT);
    }

    static Expr.Lambda lambda(Arguments params, Expr body) {
        return new Expr.Lambda(params, body, AT);
    }

    static Expr.ListComp listComp(Expr elt, String target, Expr iter) {
        return new Expr.ListComp(elt, List.of(new Comprehension(store(target), iter, List.of(), false)), AT);
    }

    static Expr.GeneratorExp genExp(Expr elt, String target, Expr iter) {
        return new Expr.GeneratorExp(elt, List.of(new Comprehension(store(target), iter, List.of(), false)), AT);
    }

    static Expr walrus(String target, Expr value) {
        return new Expr.NamedExpr(store(target), value, AT);
    }

    static Stmt forLoop(String target, Expr iter, Stmt... body) {
        return new Stmt.For(store(target), iter, List.of(body), List.of(), null, AT);
    }

    static Stmt nonlocal(String... names) {
        return new Stmt.Nonlocal(List.of(names), AT);
    }

    static Stmt global(String... names) {
        return new Stmt.Global(List.of(names), AT);
    }
}
