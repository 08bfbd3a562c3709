package org.pyston.compiler.scopes;

import static org.pyston.compiler.scopes.SymbolFlags.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.pyston.compiler.ast.Alias;
import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.Comprehension;
import org.pyston.compiler.ast.ExceptHandler;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Keyword;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Pattern;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.ast.Stmt;
import org.pyston.compiler.ast.WithItem;

/**
 * First pass, CPython's symtable.c visitor: builds the tree of scopes and records, per block, what
 * the source does with each name (the {@link SymbolFlags} bits), the parameters, global/nonlocal
 * directives and the generator/coroutine flags. Reports the errors CPython's symtable reports while
 * visiting (duplicate argument, global/nonlocal after use, walrus placement, yield in a
 * comprehension, import * in a function), in the same visiting order, so the first error found is
 * the one CPython reports.
 */
final class SymbolCollector implements Stmt.Visitor<Void>, Expr.Visitor<Void>, Pattern.Visitor<Void> {

    private static final Set<String> LOCALS_DICT_CALLS = Set.of("locals", "vars", "dir", "eval", "exec");

    private final String filename;
    /** {@code from __future__ import annotations}: annotations are never evaluated, so they bind and capture nothing. */
    private final boolean futureAnnotations;
    /** Scopes by opening node; identity keyed because records compare by value. */
    final IdentityHashMap<Object, Scope> scopesByNode = new IdentityHashMap<>();
    /** The blocks being visited, innermost last (CPython's st_stack). */
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    /** Class name for mangling (CPython's st_private); changes only when entering a class body. */
    private String privateName;
    /** Above zero while visiting a never-evaluated annotation (future annotations): its scopes are not kept. */
    private int annotationDepth;

    SymbolCollector(String filename, boolean futureAnnotations) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
    }

    /** Visits the whole module and returns its scope. */
    Scope collect(Mod mod) {
        Scope module = new Scope(Scope.Kind.MODULE, "<module>", mod, null, new Span(1, 0, 1, 0), null);
        scopesByNode.put(mod, module);
        stack.add(module);
        cur = module;
        if (mod instanceof Mod.Module m) {
            visitStmts(m.body());
        } else if (mod instanceof Mod.Interactive m) {
            visitStmts(m.body());
        } else if (mod instanceof Mod.Expression m) {
            visitExpr(m.body());
        }
        return module;
    }

    private ScopeError error(String msg, Span at) {
        return new ScopeError(msg, filename, at);
    }

    // ---- blocks -------------------------------------------------------------------------------

    private Scope enterBlock(Scope.Kind kind, String name, Object node, Span span) {
        Scope s = new Scope(kind, name, node, cur, span, privateName);
        if (annotationDepth == 0) {
            cur.children.add(s);
            scopesByNode.put(node, s);
        }
        stack.add(s);
        cur = s;
        return s;
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.get(stack.size() - 1);
    }

    private boolean isFunctionLike(Scope s) {
        return s.kind != Scope.Kind.MODULE && s.kind != Scope.Kind.CLASS;
    }

    // ---- names --------------------------------------------------------------------------------

    private void addDef(String name, int flag, Span at) {
        addDefIn(cur, name, flag | IN_CODE, at);
    }

    /** CPython's symtable_add_def_helper: records {@code flag} for {@code name} in {@code scope}. */
    private void addDefIn(Scope scope, String name, int flag, Span at) {
        String mangled = Mangling.mangle(privateName, name);
        Integer old = scope.symbols.get(mangled);
        int val;
        if (old != null) {
            if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", at);
            }
            val = old | flag;
        } else {
            val = flag;
        }
        if (scope.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", at);
            }
            val |= DEF_COMP_ITER;
        }
        scope.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            scope.params.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // a global declaration anywhere makes the module itself use the name as declared global
            Scope module = stack.get(0);
            module.symbols.put(mangled, module.symbols.getOrDefault(mangled, 0) | DEF_GLOBAL);
        }
    }

    private int flagsOf(String name) {
        return cur.symbols.getOrDefault(Mangling.mangle(privateName, name), 0);
    }

    private void recordDirective(Scope scope, String name, Span at) {
        scope.directives.add(new Scope.Directive(Mangling.mangle(privateName, name), at));
    }

    // ---- sequences ----------------------------------------------------------------------------

    private void visitStmts(List<Stmt> stmts) {
        if (stmts != null) {
            for (Stmt s : stmts) {
                s.accept(this);
            }
        }
    }

    private void visitExpr(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void visitExprs(List<Expr> exprs) {
        if (exprs != null) {
            for (Expr e : exprs) {
                visitExpr(e); // null entries: dict ** keys, missing kw_defaults
            }
        }
    }

    // ---- functions, lambdas, classes ----------------------------------------------------------

    private void visitFunction(Object node, String name, Arguments args, List<Stmt> body,
                               List<Expr> decorators, Expr returns, Span span, boolean isAsync) {
        addDef(name, DEF_LOCAL, span);
        visitExprs(args.defaults());
        visitExprs(args.kw_defaults());
        visitArgAnnotations(args, returns);
        visitExprs(decorators);
        Scope s = enterBlock(Scope.Kind.FUNCTION, name, node, span);
        if (isAsync) {
            s.coroutine = true;
            s.asyncDef = true;
        }
        visitParameters(args);
        visitStmts(body);
        exitBlock();
    }

    private void visitArgAnnotations(Arguments a, Expr returns) {
        if (futureAnnotations) {
            enterAnnotationBlock(Span.NONE);
        }
        for (Arg arg : a.posonlyargs()) visitExpr(arg.annotation());
        for (Arg arg : a.args()) visitExpr(arg.annotation());
        if (a.vararg() != null) visitExpr(a.vararg().annotation());
        if (a.kwarg() != null) visitExpr(a.kwarg().annotation());
        for (Arg arg : a.kwonlyargs()) visitExpr(arg.annotation());
        if (futureAnnotations) {
            exitAnnotationBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitAnnotation(Expr annotation) {
        if (futureAnnotations) {
            enterAnnotationBlock(annotation.span());
        }
        visitExpr(annotation);
        if (futureAnnotations) {
            exitAnnotationBlock();
        }
    }

    /**
     * A never-evaluated annotation (future annotations) gets a scope of its own that is dropped
     * afterwards, as CPython's AnnotationBlock: nothing in it binds or captures outer names.
     */
    private void enterAnnotationBlock(Span span) {
        annotationDepth++;
        Scope s = new Scope(Scope.Kind.FUNCTION, "_annotation", null, cur, span, privateName);
        s.annotationBlock = true;
        stack.add(s);
        cur = s;
    }

    private void exitAnnotationBlock() {
        exitBlock();
        annotationDepth--;
    }

    private void raiseIfAnnotationBlock(String what, Span at) {
        if (cur.annotationBlock) {
            throw error("'" + what + "' can not be used within an annotation", at);
        }
    }

    /** CPython's symtable_visit_arguments: parameter order posonly, normal, kwonly, *args, **kwargs. */
    private void visitParameters(Arguments a) {
        for (Arg arg : a.posonlyargs()) addDef(arg.arg(), DEF_PARAM, arg.span());
        for (Arg arg : a.args()) addDef(arg.arg(), DEF_PARAM, arg.span());
        for (Arg arg : a.kwonlyargs()) addDef(arg.arg(), DEF_PARAM, arg.span());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg().span());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().span());
            cur.varkeywords = true;
        }
        cur.posonlyargcount = a.posonlyargs().size();
        cur.argcount = a.posonlyargs().size() + a.args().size();
        cur.kwonlyargcount = a.kwonlyargs().size();
    }

    @Override
    public Void visit(Stmt.FunctionDef n) {
        visitFunction(n, n.name(), n.args(), n.body(), n.decorator_list(), n.returns(), n.span(), false);
        return null;
    }

    @Override
    public Void visit(Stmt.AsyncFunctionDef n) {
        visitFunction(n, n.name(), n.args(), n.body(), n.decorator_list(), n.returns(), n.span(), true);
        return null;
    }

    @Override
    public Void visit(Stmt.ClassDef n) {
        addDef(n.name(), DEF_LOCAL, n.span());
        visitExprs(n.bases());
        visitKeywords(n.keywords());
        visitExprs(n.decorator_list());
        String outerPrivate = privateName;
        privateName = n.name();
        enterBlock(Scope.Kind.CLASS, n.name(), n, n.span());
        visitStmts(n.body());
        exitBlock();
        privateName = outerPrivate;
        return null;
    }

    @Override
    public Void visit(Expr.Lambda n) {
        visitExprs(n.args().defaults());
        visitExprs(n.args().kw_defaults());
        enterBlock(Scope.Kind.LAMBDA, "<lambda>", n, n.span());
        visitParameters(n.args());
        visitExpr(n.body());
        exitBlock();
        return null;
    }

    private void visitKeywords(List<Keyword> keywords) {
        if (keywords != null) {
            for (Keyword k : keywords) {
                visitExpr(k.value());
            }
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    @Override
    public Void visit(Stmt.Return n) {
        if (n.value() != null) {
            visitExpr(n.value());
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Delete n) {
        visitExprs(n.targets());
        return null;
    }

    @Override
    public Void visit(Stmt.Assign n) {
        visitExprs(n.targets());
        visitExpr(n.value());
        return null;
    }

    @Override
    public Void visit(Stmt.AugAssign n) {
        if (n.target() instanceof Expr.Name name) {
            addDef(name.id(), DEF_LOCAL, name.span()); // a store whatever ctx the parser gave it
        } else {
            visitExpr(n.target());
        }
        visitExpr(n.value());
        return null;
    }

    @Override
    public Void visit(Stmt.AnnAssign n) {
        if (n.target() instanceof Expr.Name name) {
            int flags = flagsOf(name.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.kind != Scope.Kind.MODULE && n.simple()) {
                String what = (flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + name.id() + "' can't be " + what, n.span());
            }
            if (n.simple()) {
                // a bare "x: int" emits no code for x in a function: no IN_CODE unless there is a value
                addDefIn(cur, name.id(), DEF_ANNOT | DEF_LOCAL | (n.value() != null ? IN_CODE : 0), name.span());
            } else if (n.value() != null) {
                addDef(name.id(), DEF_LOCAL, name.span());
            }
        } else {
            visitExpr(n.target());
        }
        visitAnnotation(n.annotation());
        visitExpr(n.value());
        return null;
    }

    @Override
    public Void visit(Stmt.For n) {
        visitExpr(n.target());
        visitExpr(n.iter());
        visitStmts(n.body());
        visitStmts(n.orelse());
        return null;
    }

    @Override
    public Void visit(Stmt.AsyncFor n) {
        visitExpr(n.target());
        visitExpr(n.iter());
        visitStmts(n.body());
        visitStmts(n.orelse());
        return null;
    }

    @Override
    public Void visit(Stmt.While n) {
        visitExpr(n.test());
        visitStmts(n.body());
        visitStmts(n.orelse());
        return null;
    }

    @Override
    public Void visit(Stmt.If n) {
        visitExpr(n.test());
        visitStmts(n.body());
        visitStmts(n.orelse());
        return null;
    }

    private void visitWithItems(List<WithItem> items) {
        for (WithItem item : items) {
            visitExpr(item.context_expr());
            visitExpr(item.optional_vars());
        }
    }

    @Override
    public Void visit(Stmt.With n) {
        visitWithItems(n.items());
        visitStmts(n.body());
        return null;
    }

    @Override
    public Void visit(Stmt.AsyncWith n) {
        visitWithItems(n.items());
        visitStmts(n.body());
        return null;
    }

    @Override
    public Void visit(Stmt.Match n) {
        visitExpr(n.subject());
        for (MatchCase c : n.cases()) {
            c.pattern().accept(this);
            visitExpr(c.guard());
            visitStmts(c.body());
        }
        return null;
    }

    @Override
    public Void visit(Stmt.Raise n) {
        visitExpr(n.exc());
        visitExpr(n.cause());
        return null;
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        visitStmts(orelse);
        for (ExceptHandler h : handlers) {
            visitExpr(h.type());
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.span());
            }
            visitStmts(h.body());
        }
        visitStmts(finalbody);
    }

    @Override
    public Void visit(Stmt.Try n) {
        visitTry(n.body(), n.handlers(), n.orelse(), n.finalbody());
        return null;
    }

    @Override
    public Void visit(Stmt.TryStar n) {
        visitTry(n.body(), n.handlers(), n.orelse(), n.finalbody());
        return null;
    }

    @Override
    public Void visit(Stmt.Assert n) {
        visitExpr(n.test());
        visitExpr(n.msg());
        return null;
    }

    private void visitAliases(List<Alias> names) {
        for (Alias a : names) {
            String name = a.asname() != null ? a.asname() : a.name();
            if (name.equals("*")) {
                if (cur.kind != Scope.Kind.MODULE) {
                    throw error("import * only allowed at module level", a.span());
                }
                continue;
            }
            int dot = name.indexOf('.');
            addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a.span());
        }
    }

    @Override
    public Void visit(Stmt.Import n) {
        visitAliases(n.names());
        return null;
    }

    @Override
    public Void visit(Stmt.ImportFrom n) {
        visitAliases(n.names());
        return null;
    }

    @Override
    public Void visit(Stmt.Global n) {
        declare(n.names(), n.span(), DEF_GLOBAL, "global");
        return null;
    }

    @Override
    public Void visit(Stmt.Nonlocal n) {
        declare(n.names(), n.span(), DEF_NONLOCAL, "nonlocal");
        return null;
    }

    /** A global or nonlocal statement: illegal after the name was a parameter, used, assigned or annotated. */
    private void declare(List<String> names, Span span, int flag, String what) {
        for (String name : names) {
            int flags = flagsOf(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, span);
            }
            addDef(name, flag, span);
            recordDirective(cur, name, span);
        }
    }

    @Override
    public Void visit(Stmt.ExprStmt n) {
        visitExpr(n.value());
        return null;
    }

    @Override public Void visit(Stmt.Pass n) { return null; }

    @Override public Void visit(Stmt.Break n) { return null; }

    @Override public Void visit(Stmt.Continue n) { return null; }

    // ---- expressions --------------------------------------------------------------------------

    @Override
    public Void visit(Expr.BoolOp n) {
        visitExprs(n.values());
        return null;
    }

    @Override
    public Void visit(Expr.NamedExpr n) {
        raiseIfAnnotationBlock("named expression", n.span());
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n.span());
        }
        if (cur.kind == Scope.Kind.COMPREHENSION) {
            extendNamedExprScope((Expr.Name) n.target());
        }
        visitExpr(n.value());
        visitExpr(n.target());
        return null;
    }

    /**
     * A walrus inside a comprehension binds in the nearest enclosing function (or the module): the
     * comprehension gets the name as nonlocal (global at module level), the target block as local.
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope s = stack.get(i);
            if (s.kind == Scope.Kind.COMPREHENSION) {
                int inScope = s.symbols.getOrDefault(Mangling.mangle(privateName, name), 0);
                if ((inScope & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                                target.span());
                }
                continue;
            }
            if (s.kind == Scope.Kind.FUNCTION || s.kind == Scope.Kind.LAMBDA) {
                int inScope = s.symbols.getOrDefault(Mangling.mangle(privateName, name), 0);
                addDef(name, (inScope & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target.span());
                recordDirective(cur, name, target.span());
                addDefIn(s, name, DEF_LOCAL, target.span());
                return;
            }
            if (s.kind == Scope.Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target.span());
                recordDirective(cur, name, target.span());
                addDefIn(s, name, DEF_GLOBAL, target.span());
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", target.span());
        }
        throw new IllegalStateException("no module scope on the stack");
    }

    @Override
    public Void visit(Expr.BinOp n) {
        visitExpr(n.left());
        visitExpr(n.right());
        return null;
    }

    @Override
    public Void visit(Expr.UnaryOp n) {
        visitExpr(n.operand());
        return null;
    }

    @Override
    public Void visit(Expr.IfExp n) {
        visitExpr(n.test());
        visitExpr(n.body());
        visitExpr(n.orelse());
        return null;
    }

    @Override
    public Void visit(Expr.Dict n) {
        visitExprs(n.keys());
        visitExprs(n.values());
        return null;
    }

    @Override
    public Void visit(Expr.Set n) {
        visitExprs(n.elts());
        return null;
    }

    @Override
    public Void visit(Expr.ListComp n) {
        visitComprehension(n, "<listcomp>", n.generators(), n.elt(), null);
        return null;
    }

    @Override
    public Void visit(Expr.SetComp n) {
        visitComprehension(n, "<setcomp>", n.generators(), n.elt(), null);
        return null;
    }

    @Override
    public Void visit(Expr.DictComp n) {
        visitComprehension(n, "<dictcomp>", n.generators(), n.key(), n.value());
        return null;
    }

    @Override
    public Void visit(Expr.GeneratorExp n) {
        visitComprehension(n, "<genexpr>", n.generators(), n.elt(), null);
        return null;
    }

    /**
     * CPython's symtable_handle_comprehension: the first iterable is evaluated in the enclosing
     * block and passed in as the parameter ".0"; everything else is inside the new block.
     */
    private void visitComprehension(Expr node, String name, List<Comprehension> generators, Expr elt, Expr value) {
        boolean isGenerator = node instanceof Expr.GeneratorExp;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        Scope s = enterBlock(Scope.Kind.COMPREHENSION, name, node, node.span());
        if (outermost.is_async()) {
            s.coroutine = true;
        }
        addDef(".0", DEF_PARAM, node.span());
        s.argcount = 1;
        s.compIterTarget = true;
        visitExpr(outermost.target());
        s.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            s.compIterTarget = true;
            visitExpr(g.target());
            s.compIterTarget = false;
            s.compIterExpr++;
            visitExpr(g.iter());
            s.compIterExpr--;
            visitExprs(g.ifs());
            if (g.is_async()) {
                s.coroutine = true;
            }
        }
        visitExpr(value);
        visitExpr(elt);
        s.generator = isGenerator;
        boolean isAsync = s.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    @Override
    public Void visit(Expr.Await n) {
        raiseIfAnnotationBlock("await expression", n.span());
        visitExpr(n.value());
        cur.coroutine = true;
        return null;
    }

    @Override
    public Void visit(Expr.Yield n) {
        raiseIfAnnotationBlock("yield expression", n.span());
        visitExpr(n.value());
        cur.generator = true;
        raiseIfComprehension(n.span());
        return null;
    }

    @Override
    public Void visit(Expr.YieldFrom n) {
        raiseIfAnnotationBlock("yield expression", n.span());
        visitExpr(n.value());
        cur.generator = true;
        raiseIfComprehension(n.span());
        return null;
    }

    private void raiseIfComprehension(Span at) {
        if (cur.kind != Scope.Kind.COMPREHENSION) {
            return;
        }
        String what = switch (cur.name) {
            case "<listcomp>" -> "list comprehension";
            case "<setcomp>" -> "set comprehension";
            case "<dictcomp>" -> "dict comprehension";
            default -> "generator expression";
        };
        throw error("'yield' inside " + what, at);
    }

    @Override
    public Void visit(Expr.Compare n) {
        visitExpr(n.left());
        visitExprs(n.comparators());
        return null;
    }

    @Override
    public Void visit(Expr.Call n) {
        if (n.func() instanceof Expr.Name f && LOCALS_DICT_CALLS.contains(f.id())) {
            cur.usesLocalsDict = true;
        }
        visitExpr(n.func());
        visitExprs(n.args());
        visitKeywords(n.keywords());
        return null;
    }

    @Override
    public Void visit(Expr.FormattedValue n) {
        visitExpr(n.value());
        visitExpr(n.format_spec());
        return null;
    }

    @Override
    public Void visit(Expr.JoinedStr n) {
        visitExprs(n.values());
        return null;
    }

    @Override public Void visit(Expr.Constant n) { return null; }

    @Override
    public Void visit(Expr.Attribute n) {
        visitExpr(n.value());
        return null;
    }

    @Override
    public Void visit(Expr.Subscript n) {
        visitExpr(n.value());
        visitExpr(n.slice());
        return null;
    }

    @Override
    public Void visit(Expr.Starred n) {
        visitExpr(n.value());
        return null;
    }

    @Override
    public Void visit(Expr.Name n) {
        addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n.span());
        // super() needs the class cell: it counts as a use of __class__
        if (n.ctx() == ExprContext.Load && isFunctionLike(cur) && n.id().equals("super")) {
            addDef("__class__", USE, n.span());
        }
        return null;
    }

    @Override
    public Void visit(Expr.ListExpr n) {
        visitExprs(n.elts());
        return null;
    }

    @Override
    public Void visit(Expr.Tuple n) {
        visitExprs(n.elts());
        return null;
    }

    @Override
    public Void visit(Expr.Slice n) {
        visitExpr(n.lower());
        visitExpr(n.upper());
        visitExpr(n.step());
        return null;
    }

    // ---- patterns -----------------------------------------------------------------------------

    private void visitPatterns(List<Pattern> patterns) {
        if (patterns != null) {
            for (Pattern p : patterns) {
                p.accept(this);
            }
        }
    }

    @Override
    public Void visit(Pattern.MatchValue n) {
        visitExpr(n.value());
        return null;
    }

    @Override public Void visit(Pattern.MatchSingleton n) { return null; }

    @Override
    public Void visit(Pattern.MatchSequence n) {
        visitPatterns(n.patterns());
        return null;
    }

    @Override
    public Void visit(Pattern.MatchMapping n) {
        visitExprs(n.keys());
        visitPatterns(n.patterns());
        if (n.rest() != null) {
            addDef(n.rest(), DEF_LOCAL, n.span());
        }
        return null;
    }

    @Override
    public Void visit(Pattern.MatchClass n) {
        visitExpr(n.cls());
        visitPatterns(n.patterns());
        visitPatterns(n.kwd_patterns());
        return null;
    }

    @Override
    public Void visit(Pattern.MatchStar n) {
        if (n.name() != null) {
            addDef(n.name(), DEF_LOCAL, n.span());
        }
        return null;
    }

    @Override
    public Void visit(Pattern.MatchAs n) {
        if (n.pattern() != null) {
            n.pattern().accept(this);
        }
        if (n.name() != null) {
            addDef(n.name(), DEF_LOCAL, n.span());
        }
        return null;
    }

    @Override
    public Void visit(Pattern.MatchOr n) {
        visitPatterns(n.patterns());
        return null;
    }
}
