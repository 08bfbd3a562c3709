package org.pyston.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.BoolOperator;
import org.pyston.compiler.ast.CmpOperator;
import org.pyston.compiler.ast.Comprehension;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Keyword;
import org.pyston.compiler.ast.Operator;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.ast.UnaryOperator;

/**
 * Builds expression nodes from the parse tree. Spans of composite nodes come from the first and
 * last token of their parse-tree context, so parentheses around an operand are included, as in
 * CPython; a parenthesised expression itself keeps its inner span.
 */
final class ExprBuilder {
    final SourceText src;
    final Targets targets;

    /** The token list of the parse (token index = list index), or null when unknown. */
    final List<PyToken> tokens;

    ExprBuilder(SourceText src) {
        this(src, null);
    }

    ExprBuilder(SourceText src, List<PyToken> tokens) {
        this.src = src;
        this.tokens = tokens;
        this.targets = new Targets(src);
    }

    ParseError error(String msg, Span s) { return targets.error(msg, s); }

    // ---- the precedence ladder ------------------------------------------------------------------

    Expr test(PythonGrammar.TestContext ctx) {
        if (ctx.lambdef() != null) return lambdef(ctx.lambdef());
        Expr body = orTest(ctx.or_test(0));
        if (ctx.IF() == null) return body;
        return new Expr.IfExp(orTest(ctx.or_test(1)), body, test(ctx.test()), Spans.of(ctx));
    }

    Expr namedexprTest(PythonGrammar.Namedexpr_testContext ctx) {
        Expr first = test(ctx.test(0));
        if (ctx.COLONEQUAL() == null) return first;
        if (!(first instanceof Expr.Name)) {
            throw error("cannot use assignment expressions with " + Targets.describe(first), first.span());
        }
        Expr target = Targets.withCtx(first, ExprContext.Store);
        return new Expr.NamedExpr(target, test(ctx.test(1)), Spans.of(ctx));
    }

    Expr orTest(PythonGrammar.Or_testContext ctx) {
        if (ctx.and_test().size() == 1) return andTest(ctx.and_test(0));
        List<Expr> values = new ArrayList<>();
        for (var a : ctx.and_test()) values.add(andTest(a));
        return new Expr.BoolOp(BoolOperator.Or, values, Spans.of(ctx));
    }

    Expr andTest(PythonGrammar.And_testContext ctx) {
        if (ctx.not_test().size() == 1) return notTest(ctx.not_test(0));
        List<Expr> values = new ArrayList<>();
        for (var a : ctx.not_test()) values.add(notTest(a));
        return new Expr.BoolOp(BoolOperator.And, values, Spans.of(ctx));
    }

    Expr notTest(PythonGrammar.Not_testContext ctx) {
        if (ctx.NOT() != null) return new Expr.UnaryOp(UnaryOperator.Not, notTest(ctx.not_test()), Spans.of(ctx));
        return comparison(ctx.comparison());
    }

    Expr comparison(PythonGrammar.ComparisonContext ctx) {
        Expr left = expr(ctx.expr(0));
        if (ctx.expr().size() == 1) return left;
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (int i = 0; i < ctx.comp_op().size(); i++) {
            ops.add(compOp(ctx.comp_op(i)));
            comparators.add(expr(ctx.expr(i + 1)));
        }
        return new Expr.Compare(left, ops, comparators, Spans.of(ctx));
    }

    private static CmpOperator compOp(PythonGrammar.Comp_opContext ctx) {
        switch (ctx.start.getType()) {
            case PythonGrammar.LESS: return CmpOperator.Lt;
            case PythonGrammar.GREATER: return CmpOperator.Gt;
            case PythonGrammar.EQEQUAL: return CmpOperator.Eq;
            case PythonGrammar.GREATEREQUAL: return CmpOperator.GtE;
            case PythonGrammar.LESSEQUAL: return CmpOperator.LtE;
            case PythonGrammar.NOTEQUAL: return CmpOperator.NotEq;
            case PythonGrammar.IN: return CmpOperator.In;
            case PythonGrammar.NOT: return CmpOperator.NotIn;
            default: return ctx.getChildCount() == 2 ? CmpOperator.IsNot : CmpOperator.Is;
        }
    }

    Expr starExpr(PythonGrammar.Star_exprContext ctx) {
        return new Expr.Starred(expr(ctx.expr()), ExprContext.Load, Spans.of(ctx));
    }

    Expr expr(PythonGrammar.ExprContext ctx) { return binChain(ctx); }

    /** Left-associative binary operators: children alternate operand, operator token, operand. */
    private Expr binChain(ParserRuleContext ctx) {
        if (ctx.getChildCount() == 1) return operand(ctx.getChild(0));
        ParserRuleContext first = (ParserRuleContext) ctx.getChild(0);
        Expr left = operand(first);
        for (int i = 1; i + 1 < ctx.getChildCount(); i += 2) {
            Token op = ((TerminalNode) ctx.getChild(i)).getSymbol();
            ParserRuleContext rightCtx = (ParserRuleContext) ctx.getChild(i + 1);
            Expr right = operand(rightCtx);
            left = new Expr.BinOp(left, binOp(op.getType()), right, Spans.of(first.start, rightCtx.stop));
        }
        return left;
    }

    private Expr operand(ParseTree t) {
        if (t instanceof PythonGrammar.FactorContext f) return factor(f);
        return binChain((ParserRuleContext) t);
    }

    private static Operator binOp(int type) {
        switch (type) {
            case PythonGrammar.VBAR: return Operator.BitOr;
            case PythonGrammar.CIRCUMFLEX: return Operator.BitXor;
            case PythonGrammar.AMPER: return Operator.BitAnd;
            case PythonGrammar.LEFTSHIFT: return Operator.LShift;
            case PythonGrammar.RIGHTSHIFT: return Operator.RShift;
            case PythonGrammar.PLUS: return Operator.Add;
            case PythonGrammar.MINUS: return Operator.Sub;
            case PythonGrammar.STAR: return Operator.Mult;
            case PythonGrammar.SLASH: return Operator.Div;
            case PythonGrammar.PERCENT: return Operator.Mod;
            case PythonGrammar.DOUBLESLASH: return Operator.FloorDiv;
            case PythonGrammar.AT: return Operator.MatMult;
            default: throw new IllegalStateException("not a binary operator: " + type);
        }
    }

    /** Maps augmented-assignment token types to operators. */
    static Operator augOp(int type) {
        switch (type) {
            case PythonGrammar.PLUSEQUAL: return Operator.Add;
            case PythonGrammar.MINEQUAL: return Operator.Sub;
            case PythonGrammar.STAREQUAL: return Operator.Mult;
            case PythonGrammar.ATEQUAL: return Operator.MatMult;
            case PythonGrammar.SLASHEQUAL: return Operator.Div;
            case PythonGrammar.PERCENTEQUAL: return Operator.Mod;
            case PythonGrammar.AMPEREQUAL: return Operator.BitAnd;
            case PythonGrammar.VBAREQUAL: return Operator.BitOr;
            case PythonGrammar.CIRCUMFLEXEQUAL: return Operator.BitXor;
            case PythonGrammar.LEFTSHIFTEQUAL: return Operator.LShift;
            case PythonGrammar.RIGHTSHIFTEQUAL: return Operator.RShift;
            case PythonGrammar.DOUBLESTAREQUAL: return Operator.Pow;
            default: return Operator.FloorDiv;
        }
    }

    Expr factor(PythonGrammar.FactorContext ctx) {
        if (ctx.power() != null) return power(ctx.power());
        UnaryOperator op = switch (ctx.start.getType()) {
            case PythonGrammar.PLUS -> UnaryOperator.UAdd;
            case PythonGrammar.MINUS -> UnaryOperator.USub;
            default -> UnaryOperator.Invert;
        };
        return new Expr.UnaryOp(op, factor(ctx.factor()), Spans.of(ctx));
    }

    Expr power(PythonGrammar.PowerContext ctx) {
        Expr base = atomExpr(ctx.atom_expr());
        if (ctx.factor() == null) return base;
        return new Expr.BinOp(base, Operator.Pow, factor(ctx.factor()), Spans.of(ctx));
    }

    Expr atomExpr(PythonGrammar.Atom_exprContext ctx) {
        PythonGrammar.AtomContext atomCtx = ctx.atom();
        Expr e = atom(atomCtx);
        for (PythonGrammar.TrailerContext t : ctx.trailer()) {
            Span s = Spans.of(atomCtx.start, t.stop);
            if (t instanceof PythonGrammar.AttributeTrailerContext a) {
                e = new Expr.Attribute(e, a.NAME().getText(), ExprContext.Load, s);
            } else if (t instanceof PythonGrammar.SubscriptTrailerContext sub) {
                e = new Expr.Subscript(e, subscriptList(sub.subscriptlist()), ExprContext.Load, s);
            } else {
                PythonGrammar.CallTrailerContext call = (PythonGrammar.CallTrailerContext) t;
                e = call(e, call.arglist(), call, s);
            }
        }
        if (ctx.AWAIT() != null) e = new Expr.Await(e, Spans.of(ctx));
        return e;
    }

    /**
     * CPython converts a decimal int literal under sys.get_int_max_str_digits(), so one with more
     * digits is a SyntaxError without a column (hex, octal and binary literals have no limit).
     */
    private void checkDigitLimit(String text, Object value, Span s) {
        if (!(value instanceof java.math.BigInteger)) {
            return;
        }
        String t = text.replace("_", "");
        if (t.length() > 1 && t.charAt(0) == '0' && Character.isLetter(t.charAt(1))) {
            return;
        }
        int limit = org.pyston.builtins.number.IntMath.maxStrDigits();
        if (limit > 0 && t.length() > limit) {
            throw targets.errorWithoutColumn(String.format("Exceeds the limit (%d digits) for integer string"
                    + " conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    limit, t.length()), s);
        }
    }

    // ---- atoms ----------------------------------------------------------------------------------

    Expr atom(PythonGrammar.AtomContext ctx) {
        if (ctx instanceof PythonGrammar.NameAtomContext n) {
            return new Expr.Name(n.NAME().getText(), ExprContext.Load, Spans.of(ctx));
        }
        if (ctx instanceof PythonGrammar.NumberAtomContext n) {
            Object value = StringLiterals.number(n.NUMBER().getText());
            checkDigitLimit(n.NUMBER().getText(), value, Spans.of(ctx));
            return new Expr.Constant(value, null, Spans.of(ctx));
        }
        if (ctx instanceof PythonGrammar.StringAtomContext s) return strings(s.STRING(), s);
        if (ctx instanceof PythonGrammar.NoneAtomContext) return new Expr.Constant(ConstantValue.NONE, null, Spans.of(ctx));
        if (ctx instanceof PythonGrammar.TrueAtomContext) return new Expr.Constant(Boolean.TRUE, null, Spans.of(ctx));
        if (ctx instanceof PythonGrammar.FalseAtomContext) return new Expr.Constant(Boolean.FALSE, null, Spans.of(ctx));
        if (ctx instanceof PythonGrammar.EllipsisAtomContext) {
            return new Expr.Constant(ConstantValue.ELLIPSIS, null, Spans.of(ctx));
        }
        if (ctx instanceof PythonGrammar.ParenAtomContext p) {
            if (p.yield_expr() != null) return yieldExpr(p.yield_expr());
            if (p.testlist_comp() == null) return new Expr.Tuple(List.of(), ExprContext.Load, Spans.of(ctx));
            return parenContents(p.testlist_comp(), Spans.of(ctx));
        }
        if (ctx instanceof PythonGrammar.ListAtomContext l) {
            if (l.testlist_comp() == null) return new Expr.ListExpr(List.of(), ExprContext.Load, Spans.of(ctx));
            PythonGrammar.Testlist_compContext tc = l.testlist_comp();
            if (tc.comprehension() != null) {
                Expr elt = comprehensionElement(tc.named_or_star(0));
                return new Expr.ListComp(elt, comprehension(tc.comprehension()), Spans.of(ctx));
            }
            return new Expr.ListExpr(namedOrStars(tc.named_or_star()), ExprContext.Load, Spans.of(ctx));
        }
        return dictOrSet((PythonGrammar.DictAtomContext) ctx);
    }

    /** The inside of parentheses: a single expression (inner span), a tuple or a generator. */
    Expr parenContents(PythonGrammar.Testlist_compContext tc, Span outer) {
        if (tc.comprehension() != null) {
            Expr elt = comprehensionElement(tc.named_or_star(0));
            return new Expr.GeneratorExp(elt, comprehension(tc.comprehension()), outer);
        }
        if (tc.named_or_star().size() == 1 && tc.COMMA().isEmpty()) {
            return namedOrStar(tc.named_or_star(0));
        }
        return new Expr.Tuple(namedOrStars(tc.named_or_star()), ExprContext.Load, outer);
    }

    private Expr comprehensionElement(PythonGrammar.Named_or_starContext c) {
        if (c.star_expr() != null) {
            throw error("iterable unpacking cannot be used in comprehension", Spans.of(c));
        }
        return namedexprTest(c.namedexpr_test());
    }

    Expr namedOrStar(PythonGrammar.Named_or_starContext c) {
        return c.star_expr() != null ? starExpr(c.star_expr()) : namedexprTest(c.namedexpr_test());
    }

    private List<Expr> namedOrStars(List<PythonGrammar.Named_or_starContext> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (var c : list) out.add(namedOrStar(c));
        return out;
    }

    private Expr dictOrSet(PythonGrammar.DictAtomContext ctx) {
        Span span = Spans.of(ctx);
        PythonGrammar.DictorsetmakerContext m = ctx.dictorsetmaker();
        if (m == null) return new Expr.Dict(List.of(), List.of(), span);
        List<PythonGrammar.Dict_or_set_itemContext> items = m.dict_or_set_item();
        boolean isDict = isDictItem(items.get(0));
        if (m.comprehension() != null) {
            var first = items.get(0);
            if (first instanceof PythonGrammar.DictUnpackItemContext) {
                throw error("dict unpacking cannot be used in dict comprehension", Spans.of(first));
            }
            if (first instanceof PythonGrammar.SetStarItemContext) {
                throw error("iterable unpacking cannot be used in comprehension", Spans.of(first));
            }
            var ti = (PythonGrammar.TestItemContext) first;
            List<Comprehension> gens = comprehension(m.comprehension());
            if (ti.COLON() != null) return new Expr.DictComp(test(ti.test(0)), test(ti.test(1)), gens, span);
            return new Expr.SetComp(setItem(ti), gens, span);
        }
        if (isDict) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (var it : items) {
                if (!isDictItem(it)) throw error("':' expected after dictionary key", Spans.of(it));
                if (it instanceof PythonGrammar.DictUnpackItemContext du) {
                    keys.add(null);
                    values.add(expr(du.expr()));
                } else {
                    var ti = (PythonGrammar.TestItemContext) it;
                    keys.add(test(ti.test(0)));
                    values.add(test(ti.test(1)));
                }
            }
            return new Expr.Dict(java.util.Collections.unmodifiableList(keys), values, span);
        }
        List<Expr> elts = new ArrayList<>();
        for (var it : items) {
            if (isDictItem(it)) throw error("invalid syntax", Spans.of(it));
            if (it instanceof PythonGrammar.SetStarItemContext ss) elts.add(starExpr(ss.star_expr()));
            else elts.add(setItem((PythonGrammar.TestItemContext) it));
        }
        return new Expr.Set(elts, span);
    }

    private static boolean isDictItem(PythonGrammar.Dict_or_set_itemContext it) {
        return it instanceof PythonGrammar.DictUnpackItemContext
            || (it instanceof PythonGrammar.TestItemContext ti && ti.COLON() != null);
    }

    private Expr setItem(PythonGrammar.TestItemContext ti) {
        Expr e = test(ti.test(0));
        if (ti.COLONEQUAL() == null) return e;
        if (!(e instanceof Expr.Name)) {
            throw error("cannot use assignment expressions with " + Targets.describe(e), e.span());
        }
        return new Expr.NamedExpr(Targets.withCtx(e, ExprContext.Store), test(ti.test(1)), Spans.of(ti));
    }

    // ---- trailers -------------------------------------------------------------------------------

    private Expr subscriptList(PythonGrammar.SubscriptlistContext ctx) {
        List<PythonGrammar.SubscriptContext> subs = ctx.subscript();
        if (subs.size() == 1 && ctx.COMMA().isEmpty() && !(subs.get(0) instanceof PythonGrammar.StarSubscriptContext)) {
            return subscript(subs.get(0));
        }
        List<Expr> elts = new ArrayList<>();
        for (var s : subs) elts.add(subscript(s));
        return new Expr.Tuple(elts, ExprContext.Load, Spans.of(ctx));
    }

    private Expr subscript(PythonGrammar.SubscriptContext ctx) {
        if (ctx instanceof PythonGrammar.StarSubscriptContext s) return starExpr(s.star_expr());
        Expr lower = null;
        if (ctx instanceof PythonGrammar.ExprSubscriptContext es) {
            lower = namedexprTest(es.namedexpr_test());
            if (es.COLON().isEmpty()) return lower;
            if (lower instanceof Expr.NamedExpr) throw error("invalid syntax", Spans.of(es.COLON(0).getSymbol()));
        }
        Expr upper = null, step = null;
        int colons = 0;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TerminalNode) colons++;
            else if (c instanceof PythonGrammar.TestContext t) {
                if (colons == 1) upper = test(t);
                else if (colons == 2) step = test(t);
            }
        }
        return new Expr.Slice(lower, upper, step, Spans.of(ctx));
    }

    private Expr call(Expr func, PythonGrammar.ArglistContext args, PythonGrammar.CallTrailerContext trailer, Span span) {
        if (args == null) return new Expr.Call(func, List.of(), List.of(), span);
        List<Expr> positional = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean seenKeyword = false, seenKwUnpack = false;
        List<PythonGrammar.ArgumentContext> list = args.argument();
        for (PythonGrammar.ArgumentContext a : list) {
            if (a instanceof PythonGrammar.KwUnpackArgumentContext k) {
                keywords.add(new Keyword(null, test(k.test()), Spans.of(a)));
                seenKwUnpack = true;
            } else if (a instanceof PythonGrammar.StarArgumentContext s) {
                Expr st = new Expr.Starred(test(s.test()), ExprContext.Load, Spans.of(a));
                if (seenKwUnpack) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", st.span());
                }
                positional.add(st);
            } else {
                var p = (PythonGrammar.PlainArgumentContext) a;
                Expr first = test(p.test(0));
                if (p.EQUAL() != null) {
                    if (!(first instanceof Expr.Name n)) {
                        String msg = first instanceof Expr.Constant c && (c.value() == ConstantValue.NONE
                            || c.value() instanceof Boolean)
                            ? "cannot assign to " + Targets.describe(first)
                            : "expression cannot contain assignment, perhaps you meant \"==\"?";
                        throw error(msg, Spans.of(p.test(0).start, p.EQUAL().getSymbol()));
                    }
                    keywords.add(new Keyword(n.id(), test(p.test(1)), Spans.of(a)));
                    seenKeyword = true;
                    continue;
                }
                Expr value;
                if (p.comprehension() != null) {
                    if (list.size() > 1) {
                        throw error("Generator expression must be parenthesized", Spans.of(a));
                    }
                    value = new Expr.GeneratorExp(first, comprehension(p.comprehension()), trailer == null ? span : Spans.of(trailer));
                } else if (p.COLONEQUAL() != null) {
                    if (!(first instanceof Expr.Name)) {
                        throw error("cannot use assignment expressions with " + Targets.describe(first), first.span());
                    }
                    value = new Expr.NamedExpr(Targets.withCtx(first, ExprContext.Store), test(p.test(1)), Spans.of(a));
                } else {
                    value = first;
                }
                if (seenKwUnpack || seenKeyword) {
                    // CPython reports these at the token after the argument
                    Span at = value.span();
                    if (tokens != null && a.stop.getTokenIndex() + 1 < tokens.size()) {
                        at = Spans.of(tokens.get(a.stop.getTokenIndex() + 1));
                    }
                    throw error(seenKwUnpack ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument", at);
                }
                positional.add(value);
            }
        }
        return new Expr.Call(func, positional, keywords, span);
    }

    /** Positional and keyword arguments of a class definition, as (bases, keywords). */
    Expr.Call classArguments(PythonGrammar.ArglistContext args, Span span) {
        return (Expr.Call) call(new Expr.Name("", ExprContext.Load, span), args, null, span);
    }

    List<Comprehension> comprehension(PythonGrammar.ComprehensionContext ctx) {
        List<Comprehension> out = new ArrayList<>();
        for (PythonGrammar.Comp_forContext f : ctx.comp_for()) {
            Expr target = targets.toTarget(exprlist(f.exprlist()), ExprContext.Store);
            Expr iter = orTest(f.or_test(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < f.or_test().size(); i++) ifs.add(orTest(f.or_test(i)));
            out.add(new Comprehension(target, iter, ifs, f.ASYNC() != null));
        }
        return out;
    }

    // ---- lists of expressions -------------------------------------------------------------------

    /** exprlist: a single expression, or a Tuple when there is a comma (Load context). */
    Expr exprlist(PythonGrammar.ExprlistContext ctx) {
        List<PythonGrammar.Expr_or_starContext> items = ctx.expr_or_star();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) return exprOrStar(items.get(0));
        List<Expr> elts = new ArrayList<>();
        for (var i : items) elts.add(exprOrStar(i));
        return new Expr.Tuple(elts, ExprContext.Load, Spans.of(ctx));
    }

    Expr exprOrStar(PythonGrammar.Expr_or_starContext c) {
        return c.star_expr() != null ? starExpr(c.star_expr()) : expr(c.expr());
    }

    Expr testlist(PythonGrammar.TestlistContext ctx) {
        if (ctx.test().size() == 1 && ctx.COMMA().isEmpty()) return test(ctx.test(0));
        List<Expr> elts = new ArrayList<>();
        for (var t : ctx.test()) elts.add(test(t));
        return new Expr.Tuple(elts, ExprContext.Load, Spans.of(ctx));
    }

    Expr testlistStarExpr(PythonGrammar.Testlist_star_exprContext ctx) {
        if (ctx.test_or_star().size() == 1 && ctx.COMMA().isEmpty()) return testOrStar(ctx.test_or_star(0));
        List<Expr> elts = new ArrayList<>();
        for (var t : ctx.test_or_star()) elts.add(testOrStar(t));
        return new Expr.Tuple(elts, ExprContext.Load, Spans.of(ctx));
    }

    Expr testOrStar(PythonGrammar.Test_or_starContext c) {
        return c.star_expr() != null ? starExpr(c.star_expr()) : test(c.test());
    }

    Expr yieldExpr(PythonGrammar.Yield_exprContext ctx) {
        if (ctx.FROM() != null) return new Expr.YieldFrom(test(ctx.test()), Spans.of(ctx));
        Expr value = ctx.testlist_star_expr() == null ? null : testlistStarExpr(ctx.testlist_star_expr());
        return new Expr.Yield(value, Spans.of(ctx));
    }

    // ---- lambda ---------------------------------------------------------------------------------

    Expr lambdef(PythonGrammar.LambdefContext ctx) {
        Arguments args = Arguments.EMPTY;
        if (ctx.lparamlist() != null) {
            List<Parameters.Item> items = new ArrayList<>();
            for (PythonGrammar.Lparam_itemContext it : ctx.lparamlist().lparam_item()) {
                if (it instanceof PythonGrammar.LParamSlashContext) {
                    items.add(new Parameters.Item(Parameters.Kind.SLASH, it.start, null, null));
                } else if (it instanceof PythonGrammar.LParamStarContext s) {
                    Arg a = s.NAME() == null ? null : new Arg(s.NAME().getText(), null, null, Spans.of(s.NAME().getSymbol()));
                    items.add(new Parameters.Item(Parameters.Kind.STAR, it.start, a, null));
                } else if (it instanceof PythonGrammar.LParamDoubleStarContext d) {
                    Arg a = new Arg(d.NAME().getText(), null, null, Spans.of(d.NAME().getSymbol()));
                    items.add(new Parameters.Item(Parameters.Kind.DOUBLESTAR, it.start, a, null));
                } else {
                    var p = (PythonGrammar.LParamPlainContext) it;
                    Arg a = new Arg(p.NAME().getText(), null, null, Spans.of(p.NAME().getSymbol()));
                    items.add(new Parameters.Item(Parameters.Kind.PLAIN, it.start, a, p.test() == null ? null : test(p.test())));
                }
            }
            args = Parameters.build(items, targets);
        }
        return new Expr.Lambda(args, test(ctx.test()), Spans.of(ctx));
    }

    // ---- strings --------------------------------------------------------------------------------

    /** Adjacent string literals: one Constant, or one JoinedStr when any part is an f-string. */
    Expr strings(List<TerminalNode> parts, ParserRuleContext ctx) {
        List<PyToken> toks = new ArrayList<>(parts.size());
        for (TerminalNode t : parts) toks.add((PyToken) t.getSymbol());
        return new FStringParser(this, toks, Spans.of(ctx)).build();
    }
}
