package org.pyston.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Span;

/**
 * Turns expressions parsed in Load context into assignment or deletion targets, the way CPython's
 * PEG grammar separates star_targets / del_targets from expressions, and raises CPython's
 * "cannot assign to ..." / "cannot delete ..." errors for anything else.
 */
final class Targets {
    private final SourceText src;

    Targets(SourceText src) { this.src = src; }

    ParseError error(String msg, Span s) {
        return src.error("SyntaxError", msg, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
    }

    /** A SyntaxError on the span's lines with offset 0 (no caret), as CPython's errors from AST conversion. */
    ParseError errorWithoutColumn(String msg, Span s) {
        return src.error("SyntaxError", msg, s.lineno(), -1, s.lineno(), -1);
    }

    /** CPython's _PyPegen_get_expr_name: how error messages call an expression. */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == ConstantValue.NONE) return "None";
            if (Boolean.TRUE.equals(v)) return "True";
            if (Boolean.FALSE.equals(v)) return "False";
            if (v == ConstantValue.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }

    /** The first sub-expression that cannot be a target, or null (CPython's _PyPegen_get_invalid_target). */
    static Expr invalidTarget(Expr e, boolean del) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) return null;
        if (e instanceof Expr.Starred s) return del ? e : invalidTarget(s.value(), del);
        List<Expr> elts = e instanceof Expr.ListExpr l ? l.elts() : e instanceof Expr.Tuple t ? t.elts() : null;
        if (elts != null) {
            for (Expr x : elts) {
                Expr bad = invalidTarget(x, del);
                if (bad != null) return bad;
            }
            return null;
        }
        if (e instanceof Expr.Compare c && !del && c.ops().get(0) == org.pyston.compiler.ast.CmpOperator.In) {
            return invalidTarget(c.left(), del);
        }
        return e;
    }

    /** Converts a valid target to {@code ctx}, or raises "cannot assign to X" / "cannot delete X". */
    Expr toTarget(Expr e, ExprContext ctx) {
        Expr bad = invalidTarget(e, ctx == ExprContext.Del);
        if (bad != null) {
            String verb = ctx == ExprContext.Del ? "cannot delete " : "cannot assign to ";
            throw error(verb + describe(bad), bad.span());
        }
        return withCtx(e, ctx);
    }

    /** Rebuilds a target tree with the given context; only called on valid targets. */
    static Expr withCtx(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) return new Expr.Name(n.id(), ctx, n.span());
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.value(), a.attr(), ctx, a.span());
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.value(), s.slice(), ctx, s.span());
        if (e instanceof Expr.Starred s) return new Expr.Starred(withCtx(s.value(), ctx), ctx, s.span());
        if (e instanceof Expr.ListExpr l) return new Expr.ListExpr(all(l.elts(), ctx), ctx, l.span());
        if (e instanceof Expr.Tuple t) return new Expr.Tuple(all(t.elts(), ctx), ctx, t.span());
        return e;
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(withCtx(x, ctx));
        return out;
    }

    /** True for expressions CPython's bitwise_or rule can produce (used by the "Maybe you meant '=='" check). */
    static boolean isBitwiseOr(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
            || e instanceof Expr.Lambda || e instanceof Expr.Starred || e instanceof Expr.Yield
            || e instanceof Expr.YieldFrom
            || (e instanceof Expr.UnaryOp u && u.op() == org.pyston.compiler.ast.UnaryOperator.Not));
    }
}
