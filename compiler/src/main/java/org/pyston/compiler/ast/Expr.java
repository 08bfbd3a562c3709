package org.pyston.compiler.ast;

import java.util.List;

/**
 * Expression nodes (CPython's {@code expr}). CPython's {@code List} is {@link ListExpr} to keep {@code java.util.List} usable.
 *
 * <p>Generated once from CPython 3.11's ASDL (Parser/Python.asdl); field names are CPython's so
 * that the {@code _ast} module can expose them unchanged. {@code span} holds lineno, col_offset,
 * end_lineno and end_col_offset (columns count code points of the line, 0-based; the {@code _ast} module converts to CPython's UTF-8 byte offsets).
 */
public sealed interface Expr extends Node {

    <R> R accept(Visitor<R> v);

    /** One method per node type; codegen and analyses implement it. */
    interface Visitor<R> {
        R visit(BoolOp node);
        R visit(NamedExpr node);
        R visit(BinOp node);
        R visit(UnaryOp node);
        R visit(Lambda node);
        R visit(IfExp node);
        R visit(Dict node);
        R visit(Set node);
        R visit(ListComp node);
        R visit(SetComp node);
        R visit(DictComp node);
        R visit(GeneratorExp node);
        R visit(Await node);
        R visit(Yield node);
        R visit(YieldFrom node);
        R visit(Compare node);
        R visit(Call node);
        R visit(FormattedValue node);
        R visit(JoinedStr node);
        R visit(Constant node);
        R visit(Attribute node);
        R visit(Subscript node);
        R visit(Starred node);
        R visit(Name node);
        R visit(ListExpr node);
        R visit(Tuple node);
        R visit(Slice node);
    }

    /** CPython's {@code BoolOp}. */
    record BoolOp(BoolOperator op, List<Expr> values, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code NamedExpr}. */
    record NamedExpr(Expr target, Expr value, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code BinOp}. */
    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code UnaryOp}. */
    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Lambda}. */
    record Lambda(Arguments args, Expr body, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code IfExp}. */
    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Dict}. */
    record Dict(List<Expr> keys, List<Expr> values, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Set}. */
    record Set(List<Expr> elts, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code ListComp}. */
    record ListComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code SetComp}. */
    record SetComp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code DictComp}. */
    record DictComp(Expr key, Expr value, List<Comprehension> generators, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code GeneratorExp}. */
    record GeneratorExp(Expr elt, List<Comprehension> generators, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Await}. */
    record Await(Expr value, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Yield}. */
    record Yield(Expr value, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code YieldFrom}. */
    record YieldFrom(Expr value, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Compare}. */
    record Compare(Expr left, List<CmpOperator> ops, List<Expr> comparators, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Call}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code FormattedValue}. */
    record FormattedValue(Expr value, int conversion, Expr format_spec, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code JoinedStr}. */
    record JoinedStr(List<Expr> values, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Constant}. */
    record Constant(Object value, String kind, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Attribute}. */
    record Attribute(Expr value, String attr, ExprContext ctx, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Subscript}. */
    record Subscript(Expr value, Expr slice, ExprContext ctx, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Starred}. */
    record Starred(Expr value, ExprContext ctx, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Name}. */
    record Name(String id, ExprContext ctx, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code List}. */
    record ListExpr(List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Tuple}. */
    record Tuple(List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code Slice}. */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

}
