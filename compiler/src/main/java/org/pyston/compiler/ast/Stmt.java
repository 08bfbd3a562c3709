package org.pyston.compiler.ast;

import java.util.List;

/**
 * Statement nodes (CPython's {@code stmt}). A statement-level expression is {@link ExprStmt}.
 *
 * <p>Generated once from CPython 3.11's ASDL (Parser/Python.asdl); field names are CPython's so
 * that the {@code _ast} module can expose them unchanged. {@code span} holds lineno, col_offset,
 * end_lineno and end_col_offset (columns count code points of the line, 0-based; the {@code _ast} module converts to CPython's UTF-8 byte offsets).
 */
public sealed interface Stmt extends Node {

    <R> R accept(Visitor<R> v);

    /** One method per node type; codegen and analyses implement it. */
    interface Visitor<R> {
        R visit(FunctionDef node);
        R visit(AsyncFunctionDef node);
        R visit(ClassDef node);
        R visit(Return node);
        R visit(Delete node);
        R visit(Assign node);
        R visit(AugAssign node);
        R visit(AnnAssign node);
        R visit(For node);
        R visit(AsyncFor node);
        R visit(While node);
        R visit(If node);
        R visit(With node);
        R visit(AsyncWith node);
        R visit(Match node);
        R visit(Raise node);
        R visit(Try node);
        R visit(TryStar node);
        R visit(Assert node);
        R visit(Import node);
        R visit(ImportFrom node);
        R visit(Global node);
        R visit(Nonlocal node);
        R visit(ExprStmt node);
        R visit(Pass node);
        R visit(Break node);
        R visit(Continue node);
    }

    /** CPython's {@code FunctionDef}. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorator_list, Expr returns, String type_comment, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code AsyncFunctionDef}. */
    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorator_list, Expr returns, String type_comment, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code ClassDef}. */
    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorator_list, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Return}. */
    record Return(Expr value, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Delete}. */
    record Delete(List<Expr> targets, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Assign}. */
    record Assign(List<Expr> targets, Expr value, String type_comment, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code AugAssign}. */
    record AugAssign(Expr target, Operator op, Expr value, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code AnnAssign}. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code For}. */
    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String type_comment, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code AsyncFor}. */
    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String type_comment, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code While}. */
    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code If}. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code With}. */
    record With(List<WithItem> items, List<Stmt> body, String type_comment, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code AsyncWith}. */
    record AsyncWith(List<WithItem> items, List<Stmt> body, String type_comment, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Match}. */
    record Match(Expr subject, List<MatchCase> cases, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Raise}. */
    record Raise(Expr exc, Expr cause, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Try}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code TryStar}. */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Assert}. */
    record Assert(Expr test, Expr msg, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Import}. */
    record Import(List<Alias> names, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code ImportFrom}. */
    record ImportFrom(String module, List<Alias> names, int level, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Global}. */
    record Global(List<String> names, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Nonlocal}. */
    record Nonlocal(List<String> names, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Expr (statement)}. */
    record ExprStmt(Expr value, Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Pass}. */
    record Pass(Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Break}. */
    record Break(Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Continue}. */
    record Continue(Span span) implements Stmt {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

}
