package org.pyston.compiler.scopes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;

import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.Comprehension;
import org.pyston.compiler.ast.ExceptHandler;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Keyword;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Pattern;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.ast.Stmt;
import org.pyston.compiler.ast.WithItem;

/**
 * Third pass: the placement rules CPython's compiler (compile.c, not symtable.c) enforces —
 * return/yield/await outside a function, break/continue outside a loop, async statements and
 * async comprehensions outside an async function, {@code return} with a value in an async
 * generator, break/continue/return in an {@code except*} block. They need the scope flags, so they
 * run after resolution; the walk follows the compiler's order (a def's decorators and defaults,
 * then its body; a comprehension's body, then its first iterable), so the first error found is
 * the one CPython reports. The same walk collects the compiler's warnings about literals
 * ({@link LiteralChecks}).
 */
final class PlacementChecker implements Stmt.Visitor<Void>, Expr.Visitor<Void>, Pattern.Visitor<Void> {

    /** The compiler's frame blocks that matter for placement; other blocks are transparent. */
    private enum Block { LOOP, EXCEPT_STAR_HANDLER }

    private final String filename;
    private final IdentityHashMap<Object, Scope> scopes;
    private final boolean futureAnnotations;
    private Scope cur;
    /** Frame blocks of the code unit being checked, innermost first; a new unit starts empty. */
    private Deque<Block> blocks = new ArrayDeque<>();
    /** The compiler's SyntaxWarnings ({@link LiteralChecks}), in the order CPython issues them. */
    final List<CompileWarning> warnings = new java.util.ArrayList<>();

    PlacementChecker(String filename, IdentityHashMap<Object, Scope> scopes, boolean futureAnnotations) {
        this.filename = filename;
        this.scopes = scopes;
        this.futureAnnotations = futureAnnotations;
    }

    void check(Mod mod) {
        cur = scopes.get(mod);
        if (mod instanceof Mod.Module m) {
            stmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            stmts(m.body());
        } else if (mod instanceof Mod.Expression m) {
            expr(m.body());
        }
    }

    private void warn(CompileWarning w) {
        if (w != null) warnings.add(w);
    }

    private ScopeError error(String msg, Span at) {
        return new ScopeError(msg, filename, at);
    }

    private boolean inFunction() {
        return cur.kind != Scope.Kind.MODULE && cur.kind != Scope.Kind.CLASS;
    }

    private void stmts(List<Stmt> list) {
        if (list != null) for (Stmt s : list) s.accept(this);
    }

    private void expr(Expr e) {
        if (e != null) e.accept(this);
    }

    private void exprs(List<Expr> list) {
        if (list != null) for (Expr e : list) expr(e);
    }

    private void keywords(List<Keyword> list) {
        if (list != null) for (Keyword k : list) expr(k.value());
    }

    /** Checks {@code body} as a new code unit (own scope, empty block stack). */
    private void inUnit(Object node, Runnable body) {
        Scope outer = cur;
        Deque<Block> outerBlocks = blocks;
        cur = scopes.get(node);
        blocks = new ArrayDeque<>();
        body.run();
        cur = outer;
        blocks = outerBlocks;
    }

    private void annotations(Arguments a, Expr returns) {
        if (futureAnnotations) return; // never evaluated
        for (Arg arg : a.args()) expr(arg.annotation());
        for (Arg arg : a.posonlyargs()) expr(arg.annotation());
        if (a.vararg() != null) expr(a.vararg().annotation());
        for (Arg arg : a.kwonlyargs()) expr(arg.annotation());
        if (a.kwarg() != null) expr(a.kwarg().annotation());
        expr(returns);
    }

    private void function(Object node, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns) {
        exprs(decorators);
        exprs(args.defaults());
        exprs(args.kw_defaults());
        annotations(args, returns);
        inUnit(node, () -> stmts(body));
    }

    @Override
    public Void visit(Stmt.FunctionDef n) {
        function(n, n.args(), n.body(), n.decorator_list(), n.returns());
        return null;
    }

    @Override
    public Void visit(Stmt.AsyncFunctionDef n) {
        function(n, n.args(), n.body(), n.decorator_list(), n.returns());
        return null;
    }

    @Override
    public Void visit(Stmt.ClassDef n) {
        exprs(n.decorator_list());
        inUnit(n, () -> stmts(n.body()));
        exprs(n.bases());
        keywords(n.keywords());
        return null;
    }

    @Override
    public Void visit(Stmt.Return n) {
        if (!inFunction()) {
            throw error("'return' outside function", n.span());
        }
        if (n.value() != null && cur.coroutine && cur.generator) {
            throw error("'return' with value in async generator", n.span());
        }
        expr(n.value());
        if (blocks.contains(Block.EXCEPT_STAR_HANDLER)) {
            // a constant value on the return's line leaves the compiler's location on the value
            Span at = n.value() instanceof Expr.Constant c && c.span().lineno() == n.span().lineno()
                    ? c.span() : n.span();
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", at);
        }
        return null;
    }

    private void loopExit(String outsideMsg, Span at) {
        for (Block b : blocks) {
            if (b == Block.EXCEPT_STAR_HANDLER) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block", at);
            }
            if (b == Block.LOOP) return;
        }
        throw error(outsideMsg, at);
    }

    @Override
    public Void visit(Stmt.Break n) {
        loopExit("'break' outside loop", n.span());
        return null;
    }

    @Override
    public Void visit(Stmt.Continue n) {
        loopExit("'continue' not properly in loop", n.span());
        return null;
    }

    private void loopBody(List<Stmt> body) {
        blocks.push(Block.LOOP);
        stmts(body);
        blocks.pop();
    }

    @Override
    public Void visit(Stmt.For n) {
        expr(n.iter());
        expr(n.target());
        loopBody(n.body());
        stmts(n.orelse());
        return null;
    }

    @Override
    public Void visit(Stmt.AsyncFor n) {
        if (!cur.asyncDef) {
            throw error("'async for' outside async function", n.span());
        }
        expr(n.iter());
        expr(n.target());
        loopBody(n.body());
        stmts(n.orelse());
        return null;
    }

    @Override
    public Void visit(Stmt.While n) {
        expr(n.test());
        loopBody(n.body());
        stmts(n.orelse());
        return null;
    }

    @Override
    public Void visit(Stmt.If n) {
        expr(n.test());
        stmts(n.body());
        stmts(n.orelse());
        return null;
    }

    private void withItems(List<WithItem> items) {
        for (WithItem item : items) {
            expr(item.context_expr());
            expr(item.optional_vars());
        }
    }

    @Override
    public Void visit(Stmt.With n) {
        withItems(n.items());
        stmts(n.body());
        return null;
    }

    @Override
    public Void visit(Stmt.AsyncWith n) {
        if (!cur.asyncDef) {
            throw error("'async with' outside async function", n.span());
        }
        withItems(n.items());
        stmts(n.body());
        return null;
    }

    @Override
    public Void visit(Stmt.Match n) {
        expr(n.subject());
        for (int i = 0; i < n.cases().size(); i++) {
            MatchCase c = n.cases().get(i);
            PatternChecks.checkCase(filename, n.cases(), i);
            c.pattern().accept(this);
            expr(c.guard());
            stmts(c.body());
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Raise n) {
        expr(n.exc());
        expr(n.cause());
        return null;
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                         List<Stmt> finalbody, boolean star) {
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            expr(h.type());
            if (star) blocks.push(Block.EXCEPT_STAR_HANDLER);
            stmts(h.body());
            if (star) blocks.pop();
        }
        stmts(finalbody);
    }

    @Override
    public Void visit(Stmt.Try n) {
        tryStmt(n.body(), n.handlers(), n.orelse(), n.finalbody(), false);
        return null;
    }

    @Override
    public Void visit(Stmt.TryStar n) {
        tryStmt(n.body(), n.handlers(), n.orelse(), n.finalbody(), true);
        return null;
    }

    @Override
    public Void visit(Stmt.Delete n) {
        exprs(n.targets());
        return null;
    }

    @Override
    public Void visit(Stmt.Assign n) {
        expr(n.value());
        exprs(n.targets());
        return null;
    }

    @Override
    public Void visit(Stmt.AugAssign n) {
        expr(n.target());
        expr(n.value());
        return null;
    }

    @Override
    public Void visit(Stmt.AnnAssign n) {
        expr(n.value());
        expr(n.target());
        if (!inFunction() && !futureAnnotations) {
            expr(n.annotation()); // evaluated into __annotations__ only at module and class level
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Assert n) {
        warn(LiteralChecks.assertion(n));
        expr(n.test());
        expr(n.msg());
        return null;
    }

    @Override public Void visit(Stmt.Import n) { return null; }

    @Override public Void visit(Stmt.ImportFrom n) { return null; }

    @Override public Void visit(Stmt.Global n) { return null; }

    @Override public Void visit(Stmt.Nonlocal n) { return null; }

    @Override
    public Void visit(Stmt.ExprStmt n) {
        expr(n.value());
        return null;
    }

    @Override public Void visit(Stmt.Pass n) { return null; }

    // ---- expressions --------------------------------------------------------------------------

    @Override
    public Void visit(Expr.Yield n) {
        if (!inFunction()) {
            throw error("'yield' outside function", n.span());
        }
        expr(n.value());
        return null;
    }

    @Override
    public Void visit(Expr.YieldFrom n) {
        if (!inFunction()) {
            throw error("'yield' outside function", n.span());
        }
        if (cur.asyncDef) {
            throw error("'yield from' inside async function", n.span());
        }
        expr(n.value());
        return null;
    }

    @Override
    public Void visit(Expr.Await n) {
        if (!inFunction()) {
            throw error("'await' outside function", n.span());
        }
        if (!cur.asyncDef && cur.kind != Scope.Kind.COMPREHENSION) {
            throw error("'await' outside async function", n.span());
        }
        expr(n.value());
        return null;
    }

    @Override
    public Void visit(Expr.Lambda n) {
        exprs(n.args().defaults());
        exprs(n.args().kw_defaults());
        inUnit(n, () -> expr(n.body()));
        return null;
    }

    private void comprehension(Expr node, List<Comprehension> generators, Expr elt, Expr value) {
        Scope enclosing = cur;
        Scope comp = scopes.get(node);
        if (comp.coroutine && !(node instanceof Expr.GeneratorExp)
                && !enclosing.asyncDef && enclosing.kind != Scope.Kind.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function", node.span());
        }
        inUnit(node, () -> {
            for (int i = 0; i < generators.size(); i++) {
                Comprehension g = generators.get(i);
                if (i > 0) expr(g.iter());
                expr(g.target());
                exprs(g.ifs());
            }
            expr(elt);
            expr(value);
        });
        expr(generators.get(0).iter());
    }

    @Override
    public Void visit(Expr.ListComp n) {
        comprehension(n, n.generators(), n.elt(), null);
        return null;
    }

    @Override
    public Void visit(Expr.SetComp n) {
        comprehension(n, n.generators(), n.elt(), null);
        return null;
    }

    @Override
    public Void visit(Expr.DictComp n) {
        comprehension(n, n.generators(), n.key(), n.value());
        return null;
    }

    @Override
    public Void visit(Expr.GeneratorExp n) {
        comprehension(n, n.generators(), n.elt(), null);
        return null;
    }

    @Override
    public Void visit(Expr.BoolOp n) {
        exprs(n.values());
        return null;
    }

    @Override
    public Void visit(Expr.NamedExpr n) {
        expr(n.value());
        expr(n.target());
        return null;
    }

    @Override
    public Void visit(Expr.BinOp n) {
        expr(n.left());
        expr(n.right());
        return null;
    }

    @Override
    public Void visit(Expr.UnaryOp n) {
        expr(n.operand());
        return null;
    }

    @Override
    public Void visit(Expr.IfExp n) {
        expr(n.test());
        expr(n.body());
        expr(n.orelse());
        return null;
    }

    @Override
    public Void visit(Expr.Dict n) {
        for (int i = 0; i < n.values().size(); i++) {
            expr(n.keys().get(i));
            expr(n.values().get(i));
        }
        return null;
    }

    @Override
    public Void visit(Expr.Set n) {
        exprs(n.elts());
        return null;
    }

    @Override
    public Void visit(Expr.Compare n) {
        warn(LiteralChecks.compare(n));
        expr(n.left());
        exprs(n.comparators());
        return null;
    }

    @Override
    public Void visit(Expr.Call n) {
        warn(LiteralChecks.callee(n));
        expr(n.func());
        exprs(n.args());
        keywords(n.keywords());
        return null;
    }

    @Override
    public Void visit(Expr.FormattedValue n) {
        expr(n.value());
        expr(n.format_spec());
        return null;
    }

    @Override
    public Void visit(Expr.JoinedStr n) {
        exprs(n.values());
        return null;
    }

    @Override public Void visit(Expr.Constant n) { return null; }

    @Override
    public Void visit(Expr.Attribute n) {
        expr(n.value());
        return null;
    }

    @Override
    public Void visit(Expr.Subscript n) {
        if (n.ctx() == org.pyston.compiler.ast.ExprContext.Load) warn(LiteralChecks.subscript(n));
        expr(n.value());
        expr(n.slice());
        return null;
    }

    @Override
    public Void visit(Expr.Starred n) {
        expr(n.value());
        return null;
    }

    @Override public Void visit(Expr.Name n) { return null; }

    @Override
    public Void visit(Expr.ListExpr n) {
        exprs(n.elts());
        return null;
    }

    @Override
    public Void visit(Expr.Tuple n) {
        exprs(n.elts());
        return null;
    }

    @Override
    public Void visit(Expr.Slice n) {
        expr(n.lower());
        expr(n.upper());
        expr(n.step());
        return null;
    }

    // ---- patterns: only value patterns hold expressions -----------------------------------------

    private void patterns(List<Pattern> list) {
        if (list != null) for (Pattern p : list) p.accept(this);
    }

    @Override
    public Void visit(Pattern.MatchValue n) {
        expr(n.value());
        return null;
    }

    @Override public Void visit(Pattern.MatchSingleton n) { return null; }

    @Override
    public Void visit(Pattern.MatchSequence n) {
        patterns(n.patterns());
        return null;
    }

    @Override
    public Void visit(Pattern.MatchMapping n) {
        exprs(n.keys());
        patterns(n.patterns());
        return null;
    }

    @Override
    public Void visit(Pattern.MatchClass n) {
        expr(n.cls());
        patterns(n.patterns());
        patterns(n.kwd_patterns());
        return null;
    }

    @Override public Void visit(Pattern.MatchStar n) { return null; }

    @Override
    public Void visit(Pattern.MatchAs n) {
        if (n.pattern() != null) n.pattern().accept(this);
        return null;
    }

    @Override
    public Void visit(Pattern.MatchOr n) {
        patterns(n.patterns());
        return null;
    }
}
