package org.pyston.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyston.compiler.ast.Alias;
import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.ExceptHandler;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Keyword;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.ast.Stmt;
import org.pyston.compiler.ast.WithItem;

/**
 * Builds statement nodes from the parse tree. A compound statement's span ends where its last
 * nested statement ends (not at the NEWLINE/DEDENT the grammar consumed), as in CPython.
 */
final class StmtBuilder {
    private final ExprBuilder eb;
    private final PatternBuilder pb;
    private final Targets targets;
    /** The token list the parse tree refers to (token index = list index). */
    private final List<PyToken> tokens;

    StmtBuilder(ExprBuilder eb, List<PyToken> tokens) {
        this.tokens = tokens;
        this.eb = eb;
        this.pb = new PatternBuilder(eb);
        this.targets = eb.targets;
    }

    List<Stmt> fileInput(PythonGrammar.File_inputContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (PythonGrammar.StmtContext s : ctx.stmt()) stmt(s, out);
        return out;
    }

    private void stmt(PythonGrammar.StmtContext ctx, List<Stmt> out) {
        if (ctx.simple_stmts() != null) {
            for (var s : ctx.simple_stmts().simple_stmt()) out.add(simple(s));
        } else {
            out.add(compound(ctx.compound_stmt()));
        }
    }

    private List<Stmt> block(PythonGrammar.BlockContext ctx) {
        List<Stmt> out = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            for (var s : ctx.simple_stmts().simple_stmt()) out.add(simple(s));
        } else {
            for (var s : ctx.stmt()) stmt(s, out);
        }
        return out;
    }

    /**
     * CPython ends a compound statement at its last token that is not NEWLINE, INDENT or DEDENT
     * (so a trailing ';' counts).
     */
    private Span endAt(Token start, org.antlr.v4.runtime.ParserRuleContext ctx) {
        int i = ctx.stop.getTokenIndex();
        while (i > 0) {
            int type = tokens.get(i).getType();
            if (type != PythonGrammar.NEWLINE && type != PythonGrammar.INDENT && type != PythonGrammar.DEDENT) break;
            i--;
        }
        return Spans.of(start, tokens.get(i));
    }

    // ---- simple statements ----------------------------------------------------------------------

    private Stmt simple(PythonGrammar.Simple_stmtContext ctx) {
        Span span = Spans.of(ctx);
        ParseTree c = ctx.getChild(0);
        if (c instanceof PythonGrammar.Expr_stmtContext e) return exprStmt(e, span);
        if (c instanceof PythonGrammar.Pass_stmtContext) return new Stmt.Pass(span);
        if (c instanceof PythonGrammar.Break_stmtContext) return new Stmt.Break(span);
        if (c instanceof PythonGrammar.Continue_stmtContext) return new Stmt.Continue(span);
        if (c instanceof PythonGrammar.Return_stmtContext r) {
            return new Stmt.Return(r.testlist_star_expr() == null ? null : eb.testlistStarExpr(r.testlist_star_expr()), span);
        }
        if (c instanceof PythonGrammar.Raise_stmtContext r) {
            Expr exc = r.test().isEmpty() ? null : eb.test(r.test(0));
            Expr cause = r.test().size() > 1 ? eb.test(r.test(1)) : null;
            return new Stmt.Raise(exc, cause, span);
        }
        if (c instanceof PythonGrammar.Del_stmtContext d) {
            List<Expr> ts = new ArrayList<>();
            var list = d.exprlist();
            for (var item : list.expr_or_star()) ts.add(targets.toTarget(eb.exprOrStar(item), ExprContext.Del));
            return new Stmt.Delete(ts, span);
        }
        if (c instanceof PythonGrammar.Global_stmtContext g) return new Stmt.Global(names(g.NAME()), span);
        if (c instanceof PythonGrammar.Nonlocal_stmtContext n) return new Stmt.Nonlocal(names(n.NAME()), span);
        if (c instanceof PythonGrammar.Assert_stmtContext a) {
            return new Stmt.Assert(eb.test(a.test(0)), a.test().size() > 1 ? eb.test(a.test(1)) : null, span);
        }
        if (c instanceof PythonGrammar.Import_nameContext im) {
            List<Alias> names = new ArrayList<>();
            for (var d : im.dotted_as_name()) {
                names.add(new Alias(d.dotted_name().getText(), d.NAME() == null ? null : d.NAME().getText(), Spans.of(d)));
            }
            return new Stmt.Import(names, span);
        }
        return importFrom((PythonGrammar.Import_fromContext) c, span);
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> out = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) out.add(n.getText());
        return out;
    }

    private Stmt importFrom(PythonGrammar.Import_fromContext ctx, Span span) {
        int level = ctx.DOT().size() + 3 * ctx.ELLIPSIS().size();
        String module = ctx.dotted_name() == null ? null : ctx.dotted_name().getText();
        if (module == null && level == 0) throw eb.error("invalid syntax", Spans.of(ctx.IMPORT().getSymbol()));
        List<Alias> names = new ArrayList<>();
        if (ctx.STAR() != null) {
            names.add(new Alias("*", null, Spans.of(ctx.STAR().getSymbol())));
        } else {
            var list = ctx.import_as_names();
            if (ctx.LPAR() == null && !list.COMMA().isEmpty()
                && list.COMMA().size() == list.import_as_name().size()) {
                throw eb.error("trailing comma not allowed without surrounding parentheses",
                    Spans.of(tokens.get(list.stop.getTokenIndex() + 1)));
            }
            for (var n : list.import_as_name()) {
                names.add(new Alias(n.NAME(0).getText(), n.NAME().size() > 1 ? n.NAME(1).getText() : null, Spans.of(n)));
            }
        }
        return new Stmt.ImportFrom(module, names, level, span);
    }

    private Stmt exprStmt(PythonGrammar.Expr_stmtContext ctx, Span span) {
        List<Expr> parts = new ArrayList<>();
        PythonGrammar.AnnassignContext ann = null;
        PythonGrammar.AugassignContext aug = null;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof PythonGrammar.Testlist_star_exprContext t) parts.add(eb.testlistStarExpr(t));
            else if (c instanceof PythonGrammar.Yield_exprContext y) parts.add(eb.yieldExpr(y));
            else if (c instanceof PythonGrammar.AnnassignContext a) ann = a;
            else if (c instanceof PythonGrammar.AugassignContext a) aug = a;
        }
        Expr first = parts.get(0);
        if (ann != null) return annAssign(ctx, first, ann, span);
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw eb.error("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment",
                    first.span());
            }
            return new Stmt.AugAssign(Targets.withCtx(first, ExprContext.Store), ExprBuilder.augOp(aug.start.getType()),
                parts.get(1), span);
        }
        if (parts.size() == 1) return new Stmt.ExprStmt(first, span);
        Expr value = parts.get(parts.size() - 1);
        List<Expr> ts = new ArrayList<>();
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr t = parts.get(i);
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
                throw eb.error("assignment to yield expression not possible", t.span());
            }
            if (i == 0 && parts.size() == 2 && Targets.invalidTarget(t, false) != null && maybeComparison(t, value)) {
                throw eb.error("cannot assign to " + Targets.describe(t) + " here. Maybe you meant '==' instead of '='?",
                    t.span());
            }
            ts.add(targets.toTarget(t, ExprContext.Store));
        }
        return new Stmt.Assign(ts, value, null, span);
    }

    /** CPython's invalid_named_expression: {@code bitwise_or '=' bitwise_or} suggests '=='. */
    private static boolean maybeComparison(Expr target, Expr value) {
        if (!Targets.isBitwiseOr(target) || target instanceof Expr.ListExpr || target instanceof Expr.Tuple
            || target instanceof Expr.GeneratorExp) {
            return false;
        }
        if (target instanceof Expr.Constant c && (c.value() == ConstantValue.NONE || c.value() instanceof Boolean)) {
            return false;
        }
        Expr v = value instanceof Expr.Tuple t && !t.elts().isEmpty() && t.span().col_offset() == t.elts().get(0).span().col_offset()
            && t.span().lineno() == t.elts().get(0).span().lineno() ? t.elts().get(0) : value;
        return Targets.isBitwiseOr(v);
    }

    private Stmt annAssign(PythonGrammar.Expr_stmtContext ctx, Expr target, PythonGrammar.AnnassignContext ann, Span span) {
        boolean parenthesized = ctx.start.getType() == PythonGrammar.LPAR;
        if (target instanceof Expr.Tuple t && !parenthesized) {
            throw eb.error("only single target (not tuple) can be annotated", t.elts().get(0).span());
        }
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            throw eb.error("only single target (not " + Targets.describe(target) + ") can be annotated", target.span());
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw eb.error("illegal target for annotation", target.span());
        }
        boolean simple = target instanceof Expr.Name && !parenthesized;
        Expr annotation = eb.test(ann.test());
        Expr value = null;
        if (ann.yield_expr() != null) value = eb.yieldExpr(ann.yield_expr());
        else if (ann.testlist_star_expr() != null) value = eb.testlistStarExpr(ann.testlist_star_expr());
        return new Stmt.AnnAssign(Targets.withCtx(target, ExprContext.Store), annotation, value, simple, span);
    }

    // ---- compound statements --------------------------------------------------------------------

    private Stmt compound(PythonGrammar.Compound_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        if (c instanceof PythonGrammar.If_stmtContext s) return ifStmt(s);
        if (c instanceof PythonGrammar.While_stmtContext s) {
            List<Stmt> body = block(s.block());
            List<Stmt> orelse = s.else_clause() == null ? List.of() : block(s.else_clause().block());
            return new Stmt.While(eb.namedexprTest(s.namedexpr_test()), body, orelse,
                endAt(s.start, s));
        }
        if (c instanceof PythonGrammar.For_stmtContext s) return forStmt(s, null);
        if (c instanceof PythonGrammar.Try_stmtContext s) return tryStmt(s);
        if (c instanceof PythonGrammar.With_stmtContext s) return withStmt(s, null);
        if (c instanceof PythonGrammar.FuncdefContext s) return funcdef(s, List.of(), null);
        if (c instanceof PythonGrammar.ClassdefContext s) return classdef(s, List.of());
        if (c instanceof PythonGrammar.DecoratedContext d) {
            List<Expr> decorators = new ArrayList<>();
            for (var dec : d.decorator()) decorators.add(eb.namedexprTest(dec.namedexpr_test()));
            if (d.classdef() != null) return classdef(d.classdef(), decorators);
            if (d.funcdef() != null) return funcdef(d.funcdef(), decorators, null);
            return funcdef(d.async_funcdef().funcdef(), decorators, d.async_funcdef().ASYNC().getSymbol());
        }
        if (c instanceof PythonGrammar.Async_stmtContext a) {
            Token async = a.ASYNC().getSymbol();
            if (a.funcdef() != null) return funcdef(a.funcdef(), List.of(), async);
            if (a.with_stmt() != null) return withStmt(a.with_stmt(), async);
            return forStmt(a.for_stmt(), async);
        }
        return matchStmt((PythonGrammar.Match_stmtContext) c);
    }

    private Stmt ifStmt(PythonGrammar.If_stmtContext s) {
        Expr test = eb.namedexprTest(s.namedexpr_test());
        List<Stmt> mainBody = block(s.block());
        List<Expr> elifTests = new ArrayList<>();
        List<List<Stmt>> elifBodies = new ArrayList<>();
        for (var e : s.elif_clause()) {
            elifTests.add(eb.namedexprTest(e.namedexpr_test()));
            elifBodies.add(block(e.block()));
        }
        List<Stmt> orelse = s.else_clause() == null ? List.of() : block(s.else_clause().block());
        for (int i = s.elif_clause().size() - 1; i >= 0; i--) {
            var e = s.elif_clause(i);
            List<Stmt> body = elifBodies.get(i);
            Stmt nested = new Stmt.If(elifTests.get(i), body, orelse,
                endAt(e.start, s));
            orelse = List.of(nested);
        }
        return new Stmt.If(test, mainBody, orelse, endAt(s.start, s));
    }

    private Stmt forStmt(PythonGrammar.For_stmtContext s, Token async) {
        Expr target = targets.toTarget(eb.exprlist(s.exprlist()), ExprContext.Store);
        Expr iter = eb.testlistStarExpr(s.testlist_star_expr());
        List<Stmt> body = block(s.block());
        List<Stmt> orelse = s.else_clause() == null ? List.of() : block(s.else_clause().block());
        Span span = endAt(async != null ? async : s.start, s);
        return async != null ? new Stmt.AsyncFor(target, iter, body, orelse, null, span)
            : new Stmt.For(target, iter, body, orelse, null, span);
    }

    private Stmt tryStmt(PythonGrammar.Try_stmtContext s) {
        List<Stmt> body = block(s.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        for (var ex : s.except_clause()) {
            boolean isStar = ex.STAR() != null;
            if (star != null && star != isStar) {
                throw eb.error("cannot have both 'except' and 'except*' on the same 'try'", Spans.of(ex.start));
            }
            star = isStar;
            if (isStar && ex.test() == null) {
                throw eb.error("expected one or more exception types", Spans.of(ex.COLON().getSymbol()));
            }
            List<Stmt> hbody = block(ex.block());
            handlers.add(new ExceptHandler(ex.test() == null ? null : eb.test(ex.test()),
                ex.NAME() == null ? null : ex.NAME().getText(), hbody, endAt(ex.start, ex)));
        }
        List<Stmt> orelse = s.else_clause() == null ? List.of() : block(s.else_clause().block());
        List<Stmt> finalbody = s.finally_clause() == null ? List.of() : block(s.finally_clause().block());
        Span span = endAt(s.start, s);
        return Boolean.TRUE.equals(star) ? new Stmt.TryStar(body, handlers, orelse, finalbody, span)
            : new Stmt.Try(body, handlers, orelse, finalbody, span);
    }

    private Stmt withStmt(PythonGrammar.With_stmtContext s, Token async) {
        List<WithItem> items = new ArrayList<>();
        for (var it : s.with_item()) {
            Expr ctxExpr = eb.test(it.test());
            Expr vars = it.expr() == null ? null : targets.toTarget(eb.expr(it.expr()), ExprContext.Store);
            items.add(new WithItem(ctxExpr, vars));
        }
        List<Stmt> body = block(s.block());
        Span span = endAt(async != null ? async : s.start, s);
        return async != null ? new Stmt.AsyncWith(items, body, null, span) : new Stmt.With(items, body, null, span);
    }

    private Stmt funcdef(PythonGrammar.FuncdefContext f, List<Expr> decorators, Token async) {
        Arguments args = Arguments.EMPTY;
        if (f.parameters().paramlist() != null) {
            List<Parameters.Item> items = new ArrayList<>();
            for (PythonGrammar.Param_itemContext it : f.parameters().paramlist().param_item()) {
                if (it instanceof PythonGrammar.ParamSlashContext) {
                    items.add(new Parameters.Item(Parameters.Kind.SLASH, it.start, null, null));
                } else if (it instanceof PythonGrammar.ParamStarContext s) {
                    Arg a = null;
                    if (s.NAME() != null) {
                        Expr annotation = s.star_expr() != null ? eb.starExpr(s.star_expr())
                            : s.test() != null ? eb.test(s.test()) : null;
                        a = arg(s.NAME().getSymbol(), annotation);
                    }
                    items.add(new Parameters.Item(Parameters.Kind.STAR, it.start, a, null));
                } else if (it instanceof PythonGrammar.ParamDoubleStarContext d) {
                    Arg a = arg(d.NAME().getSymbol(), d.test() == null ? null : eb.test(d.test()));
                    items.add(new Parameters.Item(Parameters.Kind.DOUBLESTAR, it.start, a, null));
                } else {
                    var p = (PythonGrammar.ParamPlainContext) it;
                    Expr annotation = null, dflt = null;
                    for (int i = 0; i < p.getChildCount(); i++) {
                        if (p.getChild(i) instanceof PythonGrammar.TestContext t) {
                            var prev = ((TerminalNode) p.getChild(i - 1)).getSymbol().getType();
                            if (prev == PythonGrammar.COLON) annotation = eb.test(t);
                            else dflt = eb.test(t);
                        }
                    }
                    items.add(new Parameters.Item(Parameters.Kind.PLAIN, it.start, arg(p.NAME().getSymbol(), annotation), dflt));
                }
            }
            args = Parameters.build(items, targets);
        }
        Expr returns = f.test() == null ? null : eb.test(f.test());
        List<Stmt> body = block(f.block());
        Span span = endAt(async != null ? async : f.start, f);
        String name = f.NAME().getText();
        return async != null ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, span)
            : new Stmt.FunctionDef(name, args, body, decorators, returns, null, span);
    }

    private static Arg arg(Token name, Expr annotation) {
        Span s = annotation == null ? Spans.of(name) : Spans.of(name, annotation);
        return new Arg(name.getText(), annotation, null, s);
    }

    private Stmt classdef(PythonGrammar.ClassdefContext c, List<Expr> decorators) {
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (c.arglist() != null) {
            for (var a : c.arglist().argument()) {
                if (a instanceof PythonGrammar.PlainArgumentContext p && p.comprehension() != null) {
                    throw eb.error("invalid syntax", Spans.of(p.comprehension().start));
                }
            }
            Expr.Call call = eb.classArguments(c.arglist(), Spans.of(c.arglist()));
            bases = call.args();
            keywords = call.keywords();
        }
        List<Stmt> body = block(c.block());
        return new Stmt.ClassDef(c.NAME().getText(), bases, keywords, body, decorators, endAt(c.start, c));
    }

    private Stmt matchStmt(PythonGrammar.Match_stmtContext m) {
        var subj = m.subject();
        Expr subject;
        if (subj.subject_item().size() == 1 && subj.COMMA().isEmpty() && subj.subject_item(0).star_expr() == null) {
            subject = eb.namedexprTest(subj.subject_item(0).namedexpr_test());
        } else {
            List<Expr> elts = new ArrayList<>();
            for (var it : subj.subject_item()) {
                elts.add(it.star_expr() != null ? eb.starExpr(it.star_expr()) : eb.namedexprTest(it.namedexpr_test()));
            }
            subject = new Expr.Tuple(elts, ExprContext.Load, Spans.of(subj));
        }
        List<MatchCase> cases = new ArrayList<>();
        List<Stmt> lastBody = null;
        for (var cb : m.case_block()) {
            var pattern = pb.patterns(cb.patterns());
            Expr guard = cb.namedexpr_test() == null ? null : eb.namedexprTest(cb.namedexpr_test());
            lastBody = block(cb.block());
            cases.add(new MatchCase(pattern, guard, lastBody));
        }
        return new Stmt.Match(subject, cases, endAt(m.start, m));
    }
}
