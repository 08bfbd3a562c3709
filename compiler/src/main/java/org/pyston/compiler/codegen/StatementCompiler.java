package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.compiler.codegen.RuntimeNames.*;

import java.util.List;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.ast.Stmt.*;
import org.pyston.compiler.codegen.MethodContext.CleanupBlock;
import org.pyston.compiler.codegen.MethodContext.LoopBlock;
import org.pyston.compiler.codegen.MethodContext.ProtectedRange;

/**
 * Compiles statements. Each statement first records its line (for tracebacks); jumps out of
 * protected regions run the enclosing cleanups inline (see {@link MethodContext#unwindTo}).
 */
final class StatementCompiler implements Stmt.Visitor<Void> {
    private final MethodContext ctx;
    private final MethodVisitor mv;
    private final ExpressionCompiler expr;
    private final TargetCompiler targets;

    private static final String O = OBJECT_DESC;
    private static final String EXC = "L" + PY_BASE_EXCEPTION + ";";

    StatementCompiler(MethodContext ctx, ExpressionCompiler expr) {
        this.ctx = ctx;
        this.mv = ctx.mv;
        this.expr = expr;
        this.targets = new TargetCompiler(ctx, expr);
    }

    void compileBlock(List<Stmt> body) {
        for (Stmt s : body) compile(s);
    }

    void compile(Stmt s) {
        ctx.markLine(s.span());
        s.accept(this);
    }

    // ---------------------------------------------------------------- simple statements

    @Override
    public Void visit(ExprStmt node) {
        expr.compile(node.value());
        if (ctx.module.interactive && ctx.kind == MethodContext.BodyKind.MODULE) {
            // CPython's PRINT_EXPR: the value goes to sys.displayhook
            mv.visitMethodInsn(INVOKESTATIC, RuntimeNames.NAMES, "displayExpression", "(Ljava/lang/Object;)V", false);
        } else {
            mv.visitInsn(POP);
        }
        return null;
    }

    @Override
    public Void visit(Pass node) {
        return null;
    }

    @Override
    public Void visit(Assign node) {
        expr.compile(node.value());
        List<Expr> ts = node.targets();
        for (int i = 0; i < ts.size(); i++) {
            if (i < ts.size() - 1) mv.visitInsn(DUP);
            targets.store(ts.get(i));
        }
        return null;
    }

    @Override
    public Void visit(AugAssign node) {
        targets.augAssign(node.target(), "I" + node.op().name(), node.value());
        return null;
    }

    @Override
    public Void visit(AnnAssign node) {
        if (node.value() != null) {
            expr.compile(node.value());
            targets.store(node.target());
        }
        // Module and class level: simple names are recorded in __annotations__ (annotations are evaluated).
        if (ctx.kind != MethodContext.BodyKind.FUNCTION) {
            if (node.simple() && node.target() instanceof Expr.Name n) {
                // the body's namespace: a class's, exec's locals, else the module globals
                if (ctx.namespaceSlot >= 0) mv.visitVarInsn(ALOAD, ctx.namespaceSlot);
                else ctx.module.loadGlobals(mv);
                mv.visitLdcInsn(NameAccess.mangle(ctx, n.id()));
                if (ctx.module.scopes.futureAnnotations()) {
                    Indy.str(mv, AnnotationUnparser.unparse(node.annotation()));
                } else {
                    expr.compile(node.annotation());
                }
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "addAnnotation", "(" + O + "L" + STRING + ";" + O + ")V", false);
            } else if (!ctx.module.scopes.futureAnnotations()) {
                expr.compile(node.annotation());
                mv.visitInsn(POP);
            }
        }
        return null;
    }

    @Override
    public Void visit(Delete node) {
        for (Expr t : node.targets()) targets.delete(t);
        return null;
    }

    @Override
    public Void visit(Global node) {
        return null;
    }

    @Override
    public Void visit(Nonlocal node) {
        return null;
    }

    @Override
    public Void visit(Return node) {
        if (node.value() == null) mv.visitFieldInsn(GETSTATIC, PY_NONE, "NONE", "L" + PY_NONE + ";");
        else expr.compile(node.value());
        int tmp = ctx.newTemp();
        mv.visitVarInsn(ASTORE, tmp);
        ctx.unwindTo(false);
        if (ctx.generator) {
            // a generator's return value travels in the generator; null tells it the body finished
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, tmp);
            mv.visitFieldInsn(PUTFIELD, GeneratorTransformer.GENERATOR, "returnValue", O);
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ARETURN);
        } else {
            mv.visitVarInsn(ALOAD, tmp);
            ctx.emitReturn();
        }
        ctx.resetLine();
        return null;
    }

    @Override
    public Void visit(Break node) {
        LoopBlock loop = ctx.unwindTo(true);
        if (loop == null) throw Unsupported.syntax("'break' outside loop", node.span());
        mv.visitJumpInsn(GOTO, loop.breakLabel);
        ctx.resetLine();
        return null;
    }

    @Override
    public Void visit(Continue node) {
        LoopBlock loop = ctx.unwindTo(true);
        if (loop == null) throw Unsupported.syntax("'continue' not properly in loop", node.span());
        mv.visitJumpInsn(GOTO, loop.continueLabel);
        ctx.resetLine();
        return null;
    }

    @Override
    public Void visit(Assert node) {
        Label ok = new Label();
        expr.branch(node.test(), ok, true);
        // CPython 3.11's AssertionError carries the position of a comparison test (the statement's otherwise)
        if (node.test() instanceof Expr.Compare c && c.ops().size() == 1) ctx.setPosition(PositionTable.Position.of(c));
        if (node.msg() == null) mv.visitInsn(ACONST_NULL);
        else expr.compile(node.msg());
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "assertionError", "(" + O + ")" + EXC, false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
        ctx.resetLine();
        return null;
    }

    @Override
    public Void visit(Raise node) {
        if (node.exc() == null) {
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "reraise", "()" + EXC, false);
        } else if (node.cause() == null) {
            expr.compile(node.exc());
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "makeRaisable", "(" + O + ")" + EXC, false);
        } else {
            expr.compile(node.exc());
            expr.compile(node.cause());
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "makeRaisableFrom", "(" + O + O + ")" + EXC, false);
        }
        mv.visitInsn(ATHROW);
        ctx.resetLine();
        return null;
    }

    // ---------------------------------------------------------------- control flow

    @Override
    public Void visit(If node) {
        Label orelse = new Label(), end = new Label();
        expr.branchIfFalse(node.test(), orelse);
        compileBlock(node.body());
        if (!node.orelse().isEmpty()) mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(orelse);
        ctx.resetLine();
        compileBlock(node.orelse());
        mv.visitLabel(end);
        ctx.resetLine();
        return null;
    }

    @Override
    public Void visit(While node) {
        Label top = new Label(), exit = new Label(), brk = new Label();
        mv.visitLabel(top);
        ctx.resetLine();
        ctx.markLine(node.span());
        expr.branchIfFalse(node.test(), exit);
        ctx.push(new LoopBlock(top, brk));
        compileBlock(node.body());
        ctx.pop();
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(exit);
        ctx.resetLine();
        compileBlock(node.orelse());
        mv.visitLabel(brk);
        ctx.resetLine();
        return null;
    }

    @Override
    public Void visit(For node) {
        expr.compile(node.iter());
        Indy.site(mv, "iter", Indy.objects(1));
        int it = ctx.newTemp();
        mv.visitVarInsn(ASTORE, it);
        Label top = new Label(), exhausted = new Label(), brk = new Label();
        mv.visitLabel(top);
        ctx.resetLine();
        ctx.markLine(node.span());
        mv.visitVarInsn(ALOAD, it);
        Indy.site(mv, "next", Indy.objects(1));
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, exhausted);
        targets.store(node.target());
        ctx.push(new LoopBlock(top, brk));
        compileBlock(node.body());
        ctx.pop();
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(exhausted);
        mv.visitInsn(POP);
        ctx.clearTemp(it);
        ctx.resetLine();
        compileBlock(node.orelse());
        mv.visitLabel(brk);
        ctx.clearTemp(it);
        ctx.resetLine();
        return null;
    }

    // ---------------------------------------------------------------- exceptions

    @Override
    public Void visit(Try node) {
        if (node.finalbody().isEmpty()) {
            tryExcept(node);
        } else {
            userFinally(() -> {
                if (node.handlers().isEmpty()) compileBlock(node.body());
                else tryExcept(node);
            }, () -> compileBlock(node.finalbody()));
        }
        return null;
    }

    /**
     * try/finally: the cleanup is emitted inline on the normal path, on each jump out, and in a
     * catch-all handler that rethrows.
     */
    void tryFinally(Runnable body, Runnable cleanup) {
        tryFinally(body, cleanup, cleanup);
    }

    /** As above, with different cleanup code for the exceptional exit. */
    void tryFinally(Runnable body, Runnable cleanup, Runnable exceptionalCleanup) {
        ProtectedRange range = new ProtectedRange();
        range.start(mv);
        ctx.push(new CleanupBlock(() -> { ctx.resetLine(); cleanup.run(); }, range));
        body.run();
        ctx.pop();
        range.end(mv);
        ctx.resetLine();
        cleanup.run();
        Label after = new Label(), handler = new Label();
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        int t = ctx.newTemp();
        mv.visitVarInsn(ASTORE, t);
        ctx.resetLine();
        exceptionalCleanup.run();
        mv.visitVarInsn(ALOAD, t);
        mv.visitInsn(ATHROW);
        mv.visitLabel(after);
        ctx.resetLine();
        ctx.deferredTryCatch.add(() -> range.register(mv, handler, null));
    }

    /**
     * A {@code finally} block of the program. On the exceptional exit the finally body runs with
     * the propagating exception as the exception being handled (CPython's PUSH_EXC_INFO): an
     * exception raised in it gets it as {@code __context__}, {@code sys.exc_info()} shows it and
     * a bare {@code raise} re-raises it. The previous handled exception is restored however the
     * body ends: rethrowing (the exception keeps this frame's traceback entry, recorded at the
     * line that raised), raising anew, or jumping out with return/break/continue (the exception
     * is then dropped).
     */
    void userFinally(Runnable body, Runnable finalBody) {
        ProtectedRange range = new ProtectedRange();
        range.start(mv);
        ctx.push(new CleanupBlock(() -> { ctx.resetLine(); finalBody.run(); }, range));
        body.run();
        ctx.pop();
        range.end(mv);
        ctx.resetLine();
        finalBody.run();
        Label after = new Label(), handler = new Label();
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        mv.visitVarInsn(ILOAD, ctx.lineSlot);
        ctx.loadCode.run();
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "caught", "(L" + THROWABLE + ";IL" + PY_CODE + ";)" + EXC, false);
        ctx.resetLine();
        int exc = ctx.newTemp();
        mv.visitVarInsn(ASTORE, exc);
        mv.visitVarInsn(ALOAD, exc);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "enterHandler", "(" + EXC + ")" + O, false);
        int saved = ctx.newTemp();
        mv.visitVarInsn(ASTORE, saved);
        // Completing the body rethrows inside the range, so that exit too restores through
        // restoreRaising, which keeps the exception's traceback entry for this frame.
        tryFinally(() -> {
            finalBody.run();
            mv.visitVarInsn(ALOAD, exc);
            mv.visitInsn(ATHROW);
        }, () -> {
            mv.visitVarInsn(ALOAD, saved);
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "exitHandler", "(" + O + ")V", false);
        }, () -> {
            mv.visitVarInsn(ALOAD, saved);
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "exitHandlerRaising", "(" + O + ")V", false);
        });
        mv.visitLabel(after);
        ctx.resetLine();
        ctx.deferredTryCatch.add(() -> range.register(mv, handler, THROWABLE));
    }

    private void tryExcept(Try node) {
        ProtectedRange body = new ProtectedRange();
        body.start(mv);
        compileBlock(node.body());
        body.end(mv);
        Label orelse = new Label(), after = new Label(), handler = new Label();
        mv.visitJumpInsn(GOTO, orelse);

        // handler: translate, make it the exception being handled, try each clause in order.
        mv.visitLabel(handler);
        mv.visitVarInsn(ILOAD, ctx.lineSlot);
        ctx.loadCode.run();
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "caught", "(L" + THROWABLE + ";IL" + PY_CODE + ";)" + EXC, false);
        ctx.resetLine();
        int exc = ctx.newTemp();
        mv.visitVarInsn(ASTORE, exc);
        mv.visitVarInsn(ALOAD, exc);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "enterHandler", "(" + EXC + ")" + O, false);
        int saved = ctx.newTemp();
        mv.visitVarInsn(ASTORE, saved);
        Runnable restore = () -> {
            mv.visitVarInsn(ALOAD, saved);
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "exitHandler", "(" + O + ")V", false);
        };
        Runnable restoreRaising = () -> {
            mv.visitVarInsn(ALOAD, saved);
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "exitHandlerRaising", "(" + O + ")V", false);
        };
        Label handled = new Label();
        tryFinally(() -> {
            for (ExceptHandler h : node.handlers()) {
                Label next = new Label();
                ctx.markLine(h.span());
                if (h.type() != null) {
                    mv.visitVarInsn(ALOAD, exc);
                    expr.compile(h.type());
                    mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "matches", "(" + EXC + O + ")Z", false);
                    mv.visitJumpInsn(IFEQ, next);
                }
                if (h.name() != null) {
                    mv.visitVarInsn(ALOAD, exc);
                    NameAccess.store(ctx, h.name());
                    // `except E as e:` unbinds e when the handler ends, however it ends.
                    tryFinally(() -> compileBlock(h.body()), () -> NameAccess.clear(ctx, h.name()));
                } else {
                    compileBlock(h.body());
                }
                mv.visitJumpInsn(GOTO, handled);
                mv.visitLabel(next);
                ctx.resetLine();
            }
            mv.visitVarInsn(ALOAD, exc);
            mv.visitInsn(ATHROW);
        }, restore, restoreRaising);
        // tryFinally's normal path (unreachable here) falls to `after`-of-finally; the real exit is `handled`.
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handled);
        restore.run();
        mv.visitJumpInsn(GOTO, after);

        mv.visitLabel(orelse);
        ctx.resetLine();
        compileBlock(node.orelse());
        mv.visitLabel(after);
        ctx.resetLine();
        ctx.deferredTryCatch.add(() -> body.register(mv, handler, THROWABLE));
    }

    @Override
    public Void visit(TryStar node) {
        if (node.finalbody().isEmpty()) {
            tryStar(node);
        } else {
            userFinally(() -> tryStar(node), () -> compileBlock(node.finalbody()));
        }
        return null;
    }

    /**
     * {@code try ... except* T as e:} following ExceptionGroups' contract: each clause takes the
     * part of the group its types match (exceptStarMatch) and runs with it as the exception being
     * handled; what a handler raises is collected instead of propagating; at the end
     * prepReraiseStar combines the raised exceptions and the unmatched rest into what to raise.
     */
    private void tryStar(TryStar node) {
        String groups = "org/pyston/builtins/exception/ExceptionGroups";
        String excArray = "[" + EXC;
        ProtectedRange body = new ProtectedRange();
        body.start(mv);
        compileBlock(node.body());
        body.end(mv);
        Label orelse = new Label(), after = new Label(), handler = new Label();
        mv.visitJumpInsn(GOTO, orelse);

        mv.visitLabel(handler);
        mv.visitVarInsn(ILOAD, ctx.lineSlot);
        ctx.loadCode.run();
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "caught", "(L" + THROWABLE + ";IL" + PY_CODE + ";)" + EXC, false);
        ctx.resetLine();
        int orig = ctx.newTemp(), exc = ctx.newTemp(), raised = ctx.newTemp(), mr = ctx.newTemp(), saved = ctx.newTemp();
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, orig);
        mv.visitVarInsn(ASTORE, exc);
        int n = node.handlers().size();
        MethodContext.pushInt(mv, n + 1);
        mv.visitTypeInsn(ANEWARRAY, PY_BASE_EXCEPTION);
        mv.visitVarInsn(ASTORE, raised);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = node.handlers().get(i);
            Label next = new Label();
            ctx.markLine(h.span());
            mv.visitVarInsn(ALOAD, exc);
            mv.visitJumpInsn(IFNULL, next);
            mv.visitVarInsn(ALOAD, exc);
            expr.compile(h.type());
            mv.visitMethodInsn(INVOKESTATIC, groups, "exceptStarMatch", "(" + EXC + O + ")" + excArray, false);
            mv.visitVarInsn(ASTORE, mr);
            mv.visitVarInsn(ALOAD, mr);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(AALOAD);
            mv.visitJumpInsn(IFNULL, next);
            mv.visitVarInsn(ALOAD, mr);
            mv.visitInsn(ICONST_1);
            mv.visitInsn(AALOAD);
            mv.visitVarInsn(ASTORE, exc);
            mv.visitVarInsn(ALOAD, mr);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(AALOAD);
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "enterHandler", "(" + EXC + ")" + O, false);
            mv.visitVarInsn(ASTORE, saved);
            if (h.name() != null) {
                mv.visitVarInsn(ALOAD, mr);
                mv.visitInsn(ICONST_0);
                mv.visitInsn(AALOAD);
                NameAccess.store(ctx, h.name());
            }
            ProtectedRange clause = new ProtectedRange();
            Label clauseRaised = new Label(), clauseDone = new Label();
            clause.start(mv);
            compileBlock(h.body());
            clause.end(mv);
            mv.visitJumpInsn(GOTO, clauseDone);
            mv.visitLabel(clauseRaised);
            // what the handler raised is kept for prepReraiseStar, not propagated (with this frame's entry)
            mv.visitVarInsn(ILOAD, ctx.lineSlot);
            ctx.loadCode.run();
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "caught", "(L" + THROWABLE + ";IL" + PY_CODE + ";)" + EXC, false);
            int t = ctx.newTemp();
            mv.visitVarInsn(ASTORE, t);
            mv.visitVarInsn(ALOAD, raised);
            MethodContext.pushInt(mv, i);
            mv.visitVarInsn(ALOAD, t);
            mv.visitInsn(AASTORE);
            mv.visitLabel(clauseDone);
            ctx.resetLine();
            mv.visitVarInsn(ALOAD, saved);
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "exitHandler", "(" + O + ")V", false);
            if (h.name() != null) NameAccess.clear(ctx, h.name());
            ctx.deferredTryCatch.add(() -> clause.register(mv, clauseRaised, THROWABLE));
            mv.visitLabel(next);
            ctx.resetLine();
        }
        mv.visitVarInsn(ALOAD, raised);
        MethodContext.pushInt(mv, n);
        mv.visitVarInsn(ALOAD, exc);
        mv.visitInsn(AASTORE);
        mv.visitVarInsn(ALOAD, orig);
        mv.visitVarInsn(ALOAD, raised);
        mv.visitMethodInsn(INVOKESTATIC, groups, "prepReraiseStar", "(" + EXC + excArray + ")" + EXC, false);
        mv.visitInsn(DUP);
        Label nothing = new Label();
        mv.visitJumpInsn(IFNULL, nothing);
        mv.visitInsn(ATHROW);
        mv.visitLabel(nothing);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, after);

        mv.visitLabel(orelse);
        ctx.resetLine();
        compileBlock(node.orelse());
        mv.visitLabel(after);
        ctx.resetLine();
        ctx.deferredTryCatch.add(() -> body.register(mv, handler, THROWABLE));
    }

    @Override
    public Void visit(With node) {
        withItems(node.items(), 0, node.body(), PositionTable.Position.of(node.span()));
        return null;
    }

    /**
     * Each item is a nested with statement; __exit__ gets the exception and may suppress it. The
     * __exit__ calls report the whole statement's position {@code stmt}, as CPython's do.
     */
    private void withItems(List<WithItem> items, int i, List<Stmt> body, PositionTable.Position stmt) {
        if (i == items.size()) {
            compileBlock(body);
            return;
        }
        WithItem item = items.get(i);
        expr.compile(item.context_expr());
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "withEnter", "(" + O + ")[" + O, false);
        int pair = ctx.newTemp();
        mv.visitVarInsn(ASTORE, pair);
        int exit = ctx.newTemp();
        mv.visitVarInsn(ALOAD, pair);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ASTORE, exit);

        ProtectedRange range = new ProtectedRange();
        range.start(mv);
        Runnable normalExit = () -> {
            PositionTable.Position outer = ctx.setPosition(stmt);
            mv.visitVarInsn(ALOAD, exit);
            mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "withExit", "(" + O + ")V", false);
            ctx.restorePosition(outer);
        };
        ctx.push(new CleanupBlock(normalExit, range));
        mv.visitVarInsn(ALOAD, pair);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(AALOAD);
        if (item.optional_vars() != null) targets.store(item.optional_vars());
        else mv.visitInsn(POP);
        withItems(items, i + 1, body, stmt);
        ctx.pop();
        range.end(mv);
        normalExit.run();
        Label after = new Label(), handler = new Label();
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        ctx.resetLine();
        // Stack: the throwable. withExitOnError returns normally only when __exit__ suppressed it.
        // It records the exception at the location that raised it (loaded before the statement's
        // position is stored for the __exit__ call, which reports the with statement).
        mv.visitVarInsn(ALOAD, exit);
        mv.visitVarInsn(ILOAD, ctx.lineSlot);
        ctx.loadCode.run();
        ctx.setPosition(stmt);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "withExitOnError", "(L" + THROWABLE + ";" + O + "IL" + PY_CODE + ";)V", false);
        mv.visitLabel(after);
        ctx.resetLine();
        ctx.deferredTryCatch.add(() -> range.register(mv, handler, THROWABLE));
    }

    @Override
    public Void visit(AsyncWith node) {
        asyncWithItems(node.items(), 0, node.body(), PositionTable.Position.of(node.span()));
        return null;
    }

    /**
     * {@code async with}: as with, but __aenter__ and __aexit__ are awaited. On an exception,
     * __aexit__(type, exc, tb) is awaited while the exception is being handled, and a true result
     * suppresses it.
     */
    private void asyncWithItems(List<WithItem> items, int i, List<Stmt> body, PositionTable.Position stmt) {
        if (i == items.size()) {
            compileBlock(body);
            return;
        }
        String support = GeneratorTransformer.SUPPORT;
        WithItem item = items.get(i);
        expr.compile(item.context_expr());
        mv.visitMethodInsn(INVOKESTATIC, support, "asyncWithEnter", "(" + O + ")[" + O, false);
        int pair = ctx.newTemp(), exit = ctx.newTemp();
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, pair);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(AALOAD);
        mv.visitVarInsn(ASTORE, exit);
        mv.visitVarInsn(ALOAD, pair);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(AALOAD);
        expr.delegate("awaitStart");
        if (item.optional_vars() != null) targets.store(item.optional_vars());
        else mv.visitInsn(POP);

        Runnable normalExit = () -> {
            PositionTable.Position outer = ctx.setPosition(stmt);
            mv.visitVarInsn(ALOAD, exit);
            mv.visitInsn(ACONST_NULL);
            mv.visitMethodInsn(INVOKESTATIC, support, "asyncExitCall", "(" + O + EXC + ")" + O, false);
            expr.delegate("awaitStart");
            mv.visitInsn(POP);
            ctx.restorePosition(outer);
        };
        ProtectedRange range = new ProtectedRange();
        range.start(mv);
        ctx.push(new CleanupBlock(normalExit, range));
        asyncWithItems(items, i + 1, body, stmt);
        ctx.pop();
        range.end(mv);
        normalExit.run();
        Label after = new Label(), handler = new Label(), reraise = new Label();
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(handler);
        mv.visitVarInsn(ILOAD, ctx.lineSlot);
        ctx.loadCode.run();
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "caught", "(L" + THROWABLE + ";IL" + PY_CODE + ";)" + EXC, false);
        ctx.resetLine();
        int exc = ctx.newTemp(), saved = ctx.newTemp();
        mv.visitVarInsn(ASTORE, exc);
        mv.visitVarInsn(ALOAD, exc);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "enterHandler", "(" + EXC + ")" + O, false);
        mv.visitVarInsn(ASTORE, saved);
        ctx.setPosition(stmt);
        mv.visitVarInsn(ALOAD, exit);
        mv.visitVarInsn(ALOAD, exc);
        mv.visitMethodInsn(INVOKESTATIC, support, "asyncExitCall", "(" + O + EXC + ")" + O, false);
        expr.delegate("awaitStart");
        Indy.site(mv, "truth", "(" + O + ")Z");
        mv.visitJumpInsn(IFEQ, reraise);
        mv.visitVarInsn(ALOAD, saved);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "exitHandler", "(" + O + ")V", false);
        mv.visitJumpInsn(GOTO, after);
        mv.visitLabel(reraise);
        mv.visitVarInsn(ALOAD, saved);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "exitHandlerRaising", "(" + O + ")V", false);
        mv.visitVarInsn(ALOAD, exc);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "reraiseRecorded", "(" + EXC + ")" + EXC, false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(after);
        ctx.resetLine();
        ctx.deferredTryCatch.add(() -> range.register(mv, handler, THROWABLE));
    }

    /**
     * {@code async for}: awaits {@code __anext__()} of {@code __aiter__()} until it raises
     * StopAsyncIteration; only the await of the next item is protected.
     */
    @Override
    public Void visit(AsyncFor node) {
        String support = GeneratorTransformer.SUPPORT;
        expr.compile(node.iter());
        mv.visitMethodInsn(INVOKESTATIC, support, "asyncIter", "(" + O + ")" + O, false);
        int it = ctx.newTemp();
        mv.visitVarInsn(ASTORE, it);
        Label top = new Label(), exhausted = new Label(), brk = new Label(), handler = new Label();
        mv.visitLabel(top);
        ctx.resetLine();
        ctx.markLine(node.span());
        ProtectedRange range = new ProtectedRange();
        range.start(mv);
        mv.visitVarInsn(ALOAD, it);
        mv.visitMethodInsn(INVOKESTATIC, support, "asyncNext", "(" + O + ")" + O, false);
        expr.delegate("awaitStart");
        range.end(mv);
        targets.store(node.target());
        ctx.push(new LoopBlock(top, brk));
        compileBlock(node.body());
        ctx.pop();
        mv.visitJumpInsn(GOTO, top);
        mv.visitLabel(handler);
        ctx.resetLine();
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESTATIC, support, "isStopAsyncIteration", "(L" + THROWABLE + ";)Z", false);
        mv.visitJumpInsn(IFNE, exhausted);
        mv.visitInsn(ATHROW);
        mv.visitLabel(exhausted);
        mv.visitInsn(POP);
        ctx.resetLine();
        compileBlock(node.orelse());
        mv.visitLabel(brk);
        ctx.resetLine();
        ctx.deferredTryCatch.add(() -> range.register(mv, handler, THROWABLE));
        return null;
    }

    @Override
    public Void visit(Match node) {
        new PatternCompiler(ctx, expr, this).compile(node);
        return null;
    }

    // ---------------------------------------------------------------- definitions and imports

    @Override
    public Void visit(FunctionDef node) {
        ctx.module.functions().def(ctx, expr, node);
        return null;
    }

    @Override
    public Void visit(AsyncFunctionDef node) {
        ctx.module.functions().asyncDef(ctx, expr, node);
        return null;
    }

    @Override
    public Void visit(ClassDef node) {
        ctx.module.functions().classDef(ctx, expr, node);
        return null;
    }

    @Override
    public Void visit(Import node) {
        for (Alias a : node.names()) {
            mv.visitLdcInsn(a.name());
            ctx.module.loadGlobals(mv);
            if (a.asname() != null) {
                // import a.b.c as x binds the leaf module
                mv.visitMethodInsn(INVOKESTATIC, IMPORTS, "importModuleLeaf", "(L" + STRING + ";L" + PY_DICT + ";)" + O, false);
                NameAccess.store(ctx, a.asname());
            } else {
                mv.visitMethodInsn(INVOKESTATIC, IMPORTS, "importModuleTop", "(L" + STRING + ";L" + PY_DICT + ";)" + O, false);
                String name = a.name();
                int dot = name.indexOf('.');
                NameAccess.store(ctx, dot < 0 ? name : name.substring(0, dot));
            }
        }
        return null;
    }

    @Override
    public Void visit(ImportFrom node) {
        mv.visitLdcInsn(node.module() == null ? "" : node.module());
        MethodContext.pushInt(mv, node.level());
        ctx.module.loadGlobals(mv);
        boolean star = node.names().size() == 1 && node.names().get(0).name().equals("*");
        // fromlist: the names, so that submodules named in it are imported too
        MethodContext.pushInt(mv, node.names().size());
        mv.visitTypeInsn(ANEWARRAY, STRING);
        for (int i = 0; i < node.names().size(); i++) {
            mv.visitInsn(DUP);
            MethodContext.pushInt(mv, i);
            mv.visitLdcInsn(node.names().get(i).name());
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, IMPORTS, "importFrom", "(L" + STRING + ";IL" + PY_DICT + ";[L" + STRING + ";)" + O, false);
        if (star) {
            if (ctx.kind == MethodContext.BodyKind.FUNCTION) throw Unsupported.syntax("import * only allowed at module level", node.span());
            if (ctx.namespaceSlot >= 0) mv.visitVarInsn(ALOAD, ctx.namespaceSlot);
            else ctx.module.loadGlobals(mv);
            mv.visitMethodInsn(INVOKESTATIC, IMPORTS, "importStar", "(" + O + O + ")V", false);
            return null;
        }
        for (int i = 0; i < node.names().size(); i++) {
            Alias a = node.names().get(i);
            if (i < node.names().size() - 1) mv.visitInsn(DUP);
            mv.visitLdcInsn(a.name());
            mv.visitMethodInsn(INVOKESTATIC, IMPORTS, "importName", "(" + O + "L" + STRING + ";)" + O, false);
            NameAccess.store(ctx, a.asname() != null ? a.asname() : a.name());
        }
        return null;
    }
}
