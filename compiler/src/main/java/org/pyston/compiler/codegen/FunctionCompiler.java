package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.compiler.codegen.RuntimeNames.*;

import java.util.ArrayList;
import java.util.List;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.ast.Expr.*;
import org.pyston.compiler.ast.Stmt.*;
import org.pyston.compiler.scopes.Scope;
import org.pyston.compiler.scopes.SymbolKind;

/**
 * Function-like bodies: {@code def}, {@code lambda}, class bodies and comprehensions. Each becomes
 * a static method of the module class; the definition site builds the function object (code
 * constant, defaults, closure cells) or, for comprehensions, calls the method directly.
 *
 * <p>Method signature of a function body: {@code (PyCell[] closure)} first when the body has free
 * variables, then one {@code Object} per positional and keyword-only parameter, a {@code PyTuple}
 * for {@code *args} and a {@code PyDict} for {@code **kwargs} (typed {@code Object} here).
 */
final class FunctionCompiler {
    private final ModuleCompiler module;

    private static final String O = OBJECT_DESC;

    FunctionCompiler(ModuleCompiler module) {
        this.module = module;
    }

    // ---------------------------------------------------------------- def and lambda

    void def(MethodContext outer, ExpressionCompiler expr, FunctionDef node) {
        def(outer, expr, node, node);
    }

    /** {@code scopeNode} is the AST node the scope analysis keyed the function's scope by. */
    private void def(MethodContext outer, ExpressionCompiler expr, FunctionDef node, Object scopeNode) {
        MethodVisitor mv = outer.mv;
        for (Expr d : node.decorator_list()) expr.compile(d);
        Scope scope = module.scopes.scopeOf(scopeNode);
        int firstLine = firstLineno(node.span().lineno(), node.decorator_list());
        Handle entry = compileFunctionBody(scope, node.args(), node.body(), null, firstLine);
        makeFunction(outer, expr, scope, node.name(), firstLine, entry, node.args(), annotations(node), docstring(node.body()));
        applyDecorators(outer, node.decorator_list());
        NameAccess.store(outer, node.name());
    }

    /** CPython's co_firstlineno of a def or class: the line of its first decorator, if any. */
    private static int firstLineno(int defLine, List<Expr> decorators) {
        return decorators.isEmpty() ? defLine : Math.min(defLine, decorators.get(0).span().lineno());
    }

    /** {@code async def}: as def; the scope analysis marks the body a coroutine. */
    void asyncDef(MethodContext outer, ExpressionCompiler expr, AsyncFunctionDef node) {
        def(outer, expr, new FunctionDef(node.name(), node.args(), node.body(), node.decorator_list(), node.returns(),
                node.type_comment(), node.span()), node);
    }

    void makeLambda(MethodContext outer, ExpressionCompiler expr, Lambda node) {
        Scope scope = module.scopes.scopeOf(node);
        Handle entry = compileFunctionBody(scope, node.args(), null, node.body(), node.span().lineno());
        makeFunction(outer, expr, scope, "<lambda>", node.span().lineno(), entry, node.args(), List.of(), null);
    }

    private static List<Object[]> annotations(FunctionDef node) {
        List<Object[]> out = new ArrayList<>();
        Arguments a = node.args();
        // CPython's order: the ordinary positional parameters before the positional-only ones
        List<Arg> all = new ArrayList<>(a.args());
        all.addAll(a.posonlyargs());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Arg arg : all) if (arg.annotation() != null) out.add(new Object[] {arg.arg(), arg.annotation()});
        if (node.returns() != null) out.add(new Object[] {"return", node.returns()});
        return out;
    }

    /**
     * Stack: → function. Evaluates defaults, keyword-only defaults and annotations in the
     * enclosing scope, collects the closure cells and calls FunctionSupport.makeFunction.
     */
    private void makeFunction(MethodContext outer, ExpressionCompiler expr, Scope scope, String name, int line,
                              Handle entry, Arguments args, List<Object[]> annotations, String doc) {
        MethodVisitor mv = outer.mv;
        module.codeConstant(mv, scope, name, line, entry);
        module.loadGlobals(mv);
        if (args.defaults().isEmpty()) mv.visitInsn(ACONST_NULL);
        else {
            expr.pushArray(args.defaults());
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newTuple", "([" + O + ")" + O, false);
        }
        List<Expr> kwKeys = new ArrayList<>();
        List<Expr> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kw_defaults().get(i);
            if (d == null) continue;
            // keyed by the parameter name as the code names it: mangled in a class (_X__a)
            kwKeys.add(new Constant(NameAccess.mangle(outer, args.kwonlyargs().get(i).arg()), null, Span.NONE));
            kwValues.add(d);
        }
        if (kwKeys.isEmpty()) mv.visitInsn(ACONST_NULL);
        else expr.compile(new Dict(kwKeys, kwValues, Span.NONE));
        if (annotations.isEmpty()) mv.visitInsn(ACONST_NULL);
        else {
            List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
            for (Object[] a : annotations) {
                keys.add(new Constant(NameAccess.mangle(outer, (String) a[0]), null, Span.NONE));
                Expr annotation = (Expr) a[1];
                values.add(module.scopes.futureAnnotations()
                        ? new Constant(AnnotationUnparser.unparse(annotation), null, Span.NONE) : annotation);
            }
            expr.compile(new Dict(keys, values, Span.NONE));
        }
        pushClosure(outer, scope);
        if (doc == null) mv.visitInsn(ACONST_NULL);
        else Indy.str(mv, doc);
        mv.visitMethodInsn(INVOKESTATIC, FUNCTIONS, "makeFunction",
                "(L" + PY_CODE + ";L" + PY_DICT + ";" + O + O + O + PY_CELL_ARRAY + O + ")" + O, false);
    }

    /** The docstring of a body: its first statement when that is a string literal, else null. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Pushes the PyCell[] of {@code inner}'s free variables taken from {@code outer}, or null. */
    private void pushClosure(MethodContext outer, Scope inner) {
        MethodVisitor mv = outer.mv;
        List<String> free = inner.freevars();
        if (free.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
            return;
        }
        MethodContext.pushInt(mv, free.size());
        mv.visitTypeInsn(ANEWARRAY, PY_CELL);
        for (int i = 0; i < free.size(); i++) {
            mv.visitInsn(DUP);
            MethodContext.pushInt(mv, i);
            outer.pushCell(free.get(i));
            mv.visitInsn(AASTORE);
        }
    }

    private static boolean hasClosure(Scope s) {
        return !s.freevars().isEmpty();
    }

    /** Compiles a def/lambda body to a static method and returns a handle to it. */
    private Handle compileFunctionBody(Scope scope, Arguments args, List<Stmt> body, Expr lambdaBody, int line) {
        if (scope.isGenerator() || scope.isCoroutine() || scope.isAsyncGenerator()) {
            List<Stmt> stmts = body != null ? body : List.of(new ExprStmt(lambdaBody, lambdaBody.span()));
            return compileGenerator(scope, stmts, line);
        }
        String name = module.methodName(scope.qualname());
        int nparams = scope.argcount() + scope.kwonlyargcount() + (scope.hasVarargs() ? 1 : 0) + (scope.hasVarkeywords() ? 1 : 0);
        String desc = methodDescriptor(scope, nparams);
        // built as a tree first, so that BoundCheckElision can drop the checks it proves redundant
        org.objectweb.asm.tree.MethodNode mv = new org.objectweb.asm.tree.MethodNode(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        // parameter names for javap / debuggers
        int first = hasClosure(scope) ? 1 : 0;
        MethodContext ctx = new MethodContext(module, scope, mv, MethodContext.BodyKind.FUNCTION, first + nparams);
        Handle self = new Handle(H_INVOKESTATIC, module.className, name, desc, false);
        List<Stmt> stmts = body != null ? body : List.of(new Return(lambdaBody, lambdaBody.span()));
        java.util.Set<String> unbinding = UnbindingNames.of(stmts);
        for (int i = 0; i < nparams; i++) {
            String p = scope.varnames().get(i);
            if (!unbinding.contains(p)) ctx.alwaysBound.add(p);
        }
        module.emitBody(ctx, scope.name(), line, self, stmts, () -> functionPrologue(ctx, nparams, first), body != null);
        BoundCheckElision.apply(mv, module.className, ctx.slotCount());
        mv.accept(module.classWriter());
        return self;
    }

    /**
     * A generator function or coroutine ({@code async def}): the entry (the function's own
     * signature) only packs its arguments into a new generator or coroutine; the body is a separate method {@code name$gen(PyGenerator)Object} made
     * resumable by {@link GeneratorTransformer}. Slot 0 of the body is the generator, then the
     * closure (if any) and the parameters as in an ordinary function body.
     */
    private Handle compileGenerator(Scope scope, List<Stmt> stmts, int line) {
        return compileGenerator(scope, stmts, line, null);
    }

    /** As above; {@code extraBody}, when given, emits more body code after the prologue (comprehensions). */
    private Handle compileGenerator(Scope scope, List<Stmt> stmts, int line, java.util.function.Consumer<MethodContext> extraBody) {
        String name = module.methodName(scope.qualname());
        int nparams = scope.argcount() + scope.kwonlyargcount() + (scope.hasVarargs() ? 1 : 0) + (scope.hasVarkeywords() ? 1 : 0);
        boolean closure = hasClosure(scope);
        String desc = methodDescriptor(scope, nparams);
        Handle entry = new Handle(H_INVOKESTATIC, module.className, name, desc, false);
        String bodyName = module.methodName(scope.qualname() + ".<gen>");
        String bodyDesc = "(L" + GeneratorTransformer.GENERATOR + ";)" + O;
        Handle bodyHandle = new Handle(H_INVOKESTATIC, module.className, bodyName, bodyDesc, false);

        MethodVisitor mv = module.classWriter().visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        mv.visitCode();
        mv.visitLdcInsn(bodyHandle);
        module.codeConstant(mv, scope, scope.name(), line, entry);
        int nargs = nparams + (closure ? 1 : 0);
        MethodContext.pushInt(mv, nargs);
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        for (int i = 0; i < nargs; i++) {
            mv.visitInsn(DUP);
            MethodContext.pushInt(mv, i);
            mv.visitVarInsn(ALOAD, i);
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, scope.isAsyncGenerator() ? "newAsyncGenerator" : scope.isCoroutine() ? "newCoroutine" : "newGenerator",
                "(Ljava/lang/invoke/MethodHandle;L" + PY_CODE + ";[" + O + ")" + O, false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        org.objectweb.asm.tree.MethodNode body = new org.objectweb.asm.tree.MethodNode(ACC_PUBLIC | ACC_STATIC, bodyName, bodyDesc, null, null);
        int closureSlot = 1, paramBase = closure ? 2 : 1;
        MethodContext ctx = new MethodContext(module, scope, body, MethodContext.BodyKind.FUNCTION, paramBase + nparams);
        ctx.generator = true;
        java.util.Set<String> unbinding = UnbindingNames.of(stmts);
        for (int i = 0; i < nparams; i++) {
            String p = scope.varnames().get(i);
            if (!unbinding.contains(p)) ctx.alwaysBound.add(p);
        }
        module.emitBody(ctx, scope.name(), line, entry, stmts, () -> {
            // state 0: the arguments the entry packed, back into their slots
            for (int i = 0; i < nargs; i++) {
                body.visitVarInsn(ALOAD, 0);
                body.visitFieldInsn(GETFIELD, GeneratorTransformer.GENERATOR, "saved", "[" + O);
                MethodContext.pushInt(body, i);
                body.visitInsn(AALOAD);
                if (closure && i == 0) body.visitTypeInsn(CHECKCAST, PY_CELL_ARRAY);
                body.visitVarInsn(ASTORE, 1 + i); // slot 1: the closure when there is one, then the parameters
            }
            functionPrologue(ctx, nparams, paramBase, closureSlot);
            if (extraBody != null) extraBody.accept(ctx);
        }, true);
        BoundCheckElision.apply(body, module.className, ctx.slotCount());
        GeneratorTransformer.transform(body, module.className, ctx.slotCount(), ctx.lineSlot);
        body.accept(module.classWriter());
        return entry;
    }

    /** A generator expression: a generator over the first iterable's iterator, made at once. */
    void generatorExpression(MethodContext outer, ExpressionCompiler expr, GeneratorExp node) {
        Scope scope = module.scopes.scopeOf(node);
        Span sp = node.span();
        Stmt inner = new ExprStmt(new Yield(node.elt(), sp), sp);
        List<Comprehension> gens = node.generators();
        for (int g = gens.size() - 1; g >= 0; g--) {
            Comprehension c = gens.get(g);
            List<Stmt> body = List.of(inner);
            for (int i = c.ifs().size() - 1; i >= 0; i--) body = List.of(new If(c.ifs().get(i), body, List.of(), sp));
            Expr iter = g == 0 ? new Name(".0", ExprContext.Load, sp) : c.iter();
            inner = c.is_async() ? new AsyncFor(c.target(), iter, body, List.of(), null, sp)
                    : new For(c.target(), iter, body, List.of(), null, sp);
        }
        Handle entry = compileGenerator(scope, List.of(inner), sp.lineno());
        MethodVisitor mv = outer.mv;
        pushClosureIfAny(outer, scope);
        expr.compile(gens.get(0).iter());
        // an asynchronous generator expression iterates its first iterable with __aiter__/__anext__,
        // so the .0 it gets is the async iterator ("async for x in .0" is then its identity __aiter__)
        if (gens.get(0).is_async()) {
            mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, "asyncIter", "(" + O + ")" + O, false);
        } else {
            Indy.site(mv, "iter", Indy.objects(1));
        }
        mv.visitMethodInsn(INVOKESTATIC, module.className, entry.getName(), entry.getDesc(), false);
    }

    private static String methodDescriptor(Scope scope, int nparams) {
        StringBuilder sb = new StringBuilder("(");
        if (hasClosure(scope)) sb.append(PY_CELL_ARRAY);
        for (int i = 0; i < nparams; i++) sb.append(O);
        return sb.append(")").append(O).toString();
    }

    /**
     * Binds parameter slots, sets every other local to null (unbound), creates the cells of
     * captured locals (moving captured parameters into them), and loads free-variable cells.
     */
    private void functionPrologue(MethodContext ctx, int nparams, int first) {
        functionPrologue(ctx, nparams, first, 0);
    }

    private void functionPrologue(MethodContext ctx, int nparams, int first, int closureSlot) {
        MethodVisitor mv = ctx.mv;
        Scope scope = ctx.scope;
        List<String> varnames = scope.varnames();
        for (int i = 0; i < varnames.size(); i++) {
            String v = varnames.get(i);
            SymbolKind k = scope.lookup(v);
            if (i < nparams) {
                if (k == SymbolKind.CELL) continue; // handled with the cells below
                ctx.bindSlot(v, first + i);
            } else if (k == SymbolKind.LOCAL) {
                int slot = ctx.newLocal(v);
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, slot);
            }
        }
        if (ctx.generator) {
            generatorCells(ctx, nparams, first, closureSlot);
            return;
        }
        for (String c : scope.cellvars()) {
            int slot = ctx.newLocal(c);
            mv.visitTypeInsn(NEW, PY_CELL);
            mv.visitInsn(DUP);
            mv.visitMethodInsn(INVOKESPECIAL, PY_CELL, "<init>", "()V", false);
            int param = varnames.indexOf(c);
            if (param >= 0 && param < nparams) {
                mv.visitInsn(DUP);
                mv.visitVarInsn(ALOAD, first + param);
                mv.visitFieldInsn(PUTFIELD, PY_CELL, "value", O);
            }
            mv.visitVarInsn(ASTORE, slot);
        }
        loadFreeCells(ctx, closureSlot);
    }

    /**
     * A generator body's cells live in two arrays, its closure and one PyCell[] of its captured
     * locals, so that each yield spills two slots rather than one per cell.
     */
    private static void generatorCells(MethodContext ctx, int nparams, int first, int closureSlot) {
        MethodVisitor mv = ctx.mv;
        List<String> varnames = ctx.scope.varnames();
        List<String> cells = ctx.scope.cellvars();
        if (!cells.isEmpty()) {
            int cellsSlot = ctx.newTemp();
            MethodContext.pushInt(mv, cells.size());
            mv.visitTypeInsn(ANEWARRAY, PY_CELL);
            for (int i = 0; i < cells.size(); i++) {
                mv.visitInsn(DUP);
                MethodContext.pushInt(mv, i);
                mv.visitTypeInsn(NEW, PY_CELL);
                mv.visitInsn(DUP);
                mv.visitMethodInsn(INVOKESPECIAL, PY_CELL, "<init>", "()V", false);
                int param = varnames.indexOf(cells.get(i));
                if (param >= 0 && param < nparams) {
                    mv.visitInsn(DUP);
                    mv.visitVarInsn(ALOAD, first + param);
                    mv.visitFieldInsn(PUTFIELD, PY_CELL, "value", O);
                }
                mv.visitInsn(AASTORE);
                ctx.bindArrayCell(cells.get(i), cellsSlot, i);
            }
            mv.visitVarInsn(ASTORE, cellsSlot);
        }
        List<String> free = ctx.scope.freevars();
        for (int i = 0; i < free.size(); i++) ctx.bindArrayCell(free.get(i), closureSlot, i);
    }

    private static void loadFreeCells(MethodContext ctx, int closureSlot) {
        MethodVisitor mv = ctx.mv;
        List<String> free = ctx.scope.freevars();
        for (int i = 0; i < free.size(); i++) {
            int slot = ctx.newLocal(free.get(i));
            mv.visitVarInsn(ALOAD, closureSlot);
            MethodContext.pushInt(mv, i);
            mv.visitInsn(AALOAD);
            mv.visitVarInsn(ASTORE, slot);
        }
    }

    /**
     * Stack: the decorators (first at the bottom), then the function or class: calls them innermost
     * first, each reporting its decorator's position.
     */
    private static void applyDecorators(MethodContext outer, List<Expr> decorators) {
        PositionTable.Position statement = outer.setPosition(null);
        for (int i = decorators.size() - 1; i >= 0; i--) {
            outer.setPosition(PositionTable.Position.of(decorators.get(i)));
            Indy.site(outer.mv, "call", Indy.objects(2), "");
        }
        outer.restorePosition(statement);
    }

    // ---------------------------------------------------------------- classes

    /**
     * {@code class C(bases, **kw): body}: the body runs as its own method against a fresh
     * namespace dict; then FunctionSupport.makeClass builds the type (metaclass selection,
     * __class__ cell) and the decorators are applied.
     */
    void classDef(MethodContext outer, ExpressionCompiler expr, ClassDef node) {
        MethodVisitor mv = outer.mv;
        for (Expr d : node.decorator_list()) expr.compile(d);
        Scope scope = module.scopes.scopeOf(node);
        String name = module.methodName(scope.qualname());
        boolean closure = hasClosure(scope);
        String desc = "(" + O + (closure ? PY_CELL_ARRAY : "") + ")" + O;
        MethodVisitor cmv = module.classWriter().visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        MethodContext cctx = new MethodContext(module, scope, cmv, MethodContext.BodyKind.CLASS, closure ? 2 : 1);
        cctx.namespaceSlot = 0;
        Handle self = new Handle(H_INVOKESTATIC, module.className, name, desc, false);
        module.emitBody(cctx, node.name(), firstLineno(node.span().lineno(), node.decorator_list()), self, node.body(), () -> {
            for (String c : scope.cellvars()) {
                int slot = cctx.newLocal(c);
                cmv.visitTypeInsn(NEW, PY_CELL);
                cmv.visitInsn(DUP);
                cmv.visitMethodInsn(INVOKESPECIAL, PY_CELL, "<init>", "()V", false);
                cmv.visitVarInsn(ASTORE, slot);
                if (c.equals("__class__")) {
                    cmv.visitVarInsn(ALOAD, 0);
                    cmv.visitLdcInsn("__classcell__");
                    cmv.visitVarInsn(ALOAD, slot);
                    cmv.visitMethodInsn(INVOKESTATIC, NAMES, "storeName", "(" + O + "L" + STRING + ";" + O + ")V", false);
                }
            }
            loadFreeCells(cctx, 1);
            String doc = docstring(node.body());
            if (doc != null) {
                cmv.visitVarInsn(ALOAD, 0);
                cmv.visitLdcInsn("__doc__");
                Indy.str(cmv, doc);
                cmv.visitMethodInsn(INVOKESTATIC, NAMES, "storeName", "(" + O + "L" + STRING + ";" + O + ")V", false);
            }
            if (Annotations.present(node.body())) {
                cmv.visitVarInsn(ALOAD, 0);
                Annotations.emitSetup(cmv);
            }
        }, true);

        // definition site: name, bases, keywords, then the namespace
        mv.visitLdcInsn(node.name());
        mv.visitLdcInsn(scope.qualname());
        module.loadGlobals(mv);
        List<Expr> bases = node.bases();
        boolean starred = bases.stream().anyMatch(b -> b instanceof Starred);
        if (starred) {
            expr.compile(new Tuple(bases, ExprContext.Load, node.span()));
        } else {
            expr.pushArray(bases);
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newTuple", "([" + O + ")" + O, false);
        }
        List<Keyword> kws = node.keywords();
        if (kws.isEmpty()) mv.visitInsn(ACONST_NULL);
        else expr.compile(buildKwDict(kws));
        mv.visitLdcInsn(self);
        pushClosure(outer, scope);
        mv.visitMethodInsn(INVOKESTATIC, FUNCTIONS, "buildClass",
                "(L" + STRING + ";L" + STRING + ";L" + PY_DICT + ";" + O + O + "Ljava/lang/invoke/MethodHandle;" + PY_CELL_ARRAY + ")" + O, false);
        applyDecorators(outer, node.decorator_list());
        NameAccess.store(outer, node.name());
    }

    private static Expr buildKwDict(List<Keyword> kws) {
        List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
        for (Keyword k : kws) {
            keys.add(k.arg() == null ? null : new Constant(k.arg(), null, Span.NONE));
            values.add(k.value());
        }
        return new Dict(keys, values, Span.NONE);
    }

    // ---------------------------------------------------------------- comprehensions

    /**
     * A list/set/dict comprehension: the first iterable is evaluated here, in the enclosing scope;
     * the rest runs in its own method (its own scope, as in 3.11), called directly.
     */
    void comprehension(MethodContext outer, ExpressionCompiler expr, Expr node, List<Comprehension> gens) {
        MethodVisitor mv = outer.mv;
        Scope scope = module.scopes.scopeOf(node);
        if (scope.isCoroutine() || gens.stream().anyMatch(Comprehension::is_async)) {
            asyncComprehension(outer, expr, node, gens, scope);
            return;
        }
        String name = module.methodName(scope.qualname());
        boolean closure = hasClosure(scope);
        String desc = "(" + (closure ? PY_CELL_ARRAY : "") + O + ")" + O;
        MethodVisitor cmv = module.classWriter().visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        int first = closure ? 1 : 0;
        MethodContext cctx = new MethodContext(module, scope, cmv, MethodContext.BodyKind.FUNCTION, first + 1);
        Handle self = new Handle(H_INVOKESTATIC, module.className, name, desc, false);
        module.emitBody(cctx, scope.name(), node.span().lineno(), self, List.of(), () -> {
            functionPrologue(cctx, 1, first);
            comprehensionBody(cctx, node, gens);
        }, false);

        pushClosureIfAny(outer, scope);
        expr.compile(gens.get(0).iter());
        Indy.site(mv, "iter", Indy.objects(1));
        mv.visitMethodInsn(INVOKESTATIC, module.className, name, desc, false);
    }

    /**
     * An asynchronous comprehension (async for, or await in it): its body is a coroutine, created
     * over the first iterable's (async) iterator and awaited at once by the enclosing coroutine.
     */
    private void asyncComprehension(MethodContext outer, ExpressionCompiler expr, Expr node, List<Comprehension> gens, Scope scope) {
        if (!outer.generator || !(outer.scope.isCoroutine() || outer.scope.isAsyncGenerator())) {
            throw Unsupported.syntax("asynchronous comprehension outside of an asynchronous function", node.span());
        }
        Handle entry = compileGenerator(scope, List.of(), node.span().lineno(), ctx -> comprehensionBody(ctx, node, gens));
        MethodVisitor mv = outer.mv;
        pushClosureIfAny(outer, scope);
        expr.compile(gens.get(0).iter());
        if (gens.get(0).is_async()) {
            mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, "asyncIter", "(" + O + ")" + O, false);
        } else {
            Indy.site(mv, "iter", Indy.objects(1));
        }
        mv.visitMethodInsn(INVOKESTATIC, module.className, entry.getName(), entry.getDesc(), false);
        expr.delegate("awaitStart");
    }

    private void pushClosureIfAny(MethodContext outer, Scope scope) {
        if (hasClosure(scope)) pushClosure(outer, scope);
    }

    private void comprehensionBody(MethodContext ctx, Expr node, List<Comprehension> gens) {
        MethodVisitor mv = ctx.mv;
        ExpressionCompiler expr = new ExpressionCompiler(ctx);
        TargetCompiler targets = new TargetCompiler(ctx, expr);
        String factory = node instanceof SetComp ? "newSet" : node instanceof DictComp ? "newDict" : "newList";
        mv.visitInsn(ICONST_0);
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, factory, "([" + O + ")" + O, false);
        int result = ctx.newTemp();
        mv.visitVarInsn(ASTORE, result);
        Label[] ends = new Label[gens.size()];
        Label[] tops = new Label[gens.size()];
        List<Runnable> asyncHandlers = new ArrayList<>();
        for (int g = 0; g < gens.size(); g++) {
            Comprehension c = gens.get(g);
            int it = ctx.newTemp();
            if (g == 0) {
                mv.visitVarInsn(ALOAD, ctx.localSlot(".0"));
            } else if (c.is_async()) {
                expr.compile(c.iter());
                mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, "asyncIter", "(" + O + ")" + O, false);
            } else {
                expr.compile(c.iter());
                Indy.site(mv, "iter", Indy.objects(1));
            }
            mv.visitVarInsn(ASTORE, it);
            tops[g] = new Label();
            ends[g] = new Label();
            mv.visitLabel(tops[g]);
            if (c.is_async()) {
                // await it.__anext__(); StopAsyncIteration (caught below, after the return) ends the loop
                MethodContext.ProtectedRange range = new MethodContext.ProtectedRange();
                range.start(mv);
                mv.visitVarInsn(ALOAD, it);
                mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, "asyncNext", "(" + O + ")" + O, false);
                expr.delegate("awaitStart");
                range.end(mv);
                Label handler = new Label(), end = ends[g];
                asyncHandlers.add(() -> {
                    Label exhausted = new Label();
                    mv.visitLabel(handler);
                    ctx.resetLine();
                    mv.visitInsn(DUP);
                    mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, "isStopAsyncIteration", "(L" + THROWABLE + ";)Z", false);
                    mv.visitJumpInsn(IFNE, exhausted);
                    mv.visitInsn(ATHROW);
                    mv.visitLabel(exhausted);
                    mv.visitInsn(POP);
                    mv.visitJumpInsn(GOTO, end);
                });
                ctx.deferredTryCatch.add(() -> range.register(mv, handler, THROWABLE));
            } else {
                mv.visitVarInsn(ALOAD, it);
                Indy.site(mv, "next", Indy.objects(1));
                mv.visitInsn(DUP);
                Label got = new Label();
                mv.visitJumpInsn(IFNONNULL, got);
                mv.visitInsn(POP);
                mv.visitJumpInsn(GOTO, ends[g]);
                mv.visitLabel(got);
            }
            targets.store(c.target());
            for (Expr cond : c.ifs()) expr.branchIfFalse(cond, tops[g]);
        }
        mv.visitVarInsn(ALOAD, result);
        if (node instanceof DictComp dc) {
            expr.compile(dc.key());
            expr.compile(dc.value());
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "dictSet", "(" + O + O + O + ")V", false);
        } else {
            expr.compile(node instanceof ListComp lc ? lc.elt() : ((SetComp) node).elt());
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, node instanceof SetComp ? "setAdd" : "listAppend", "(" + O + O + ")V", false);
        }
        for (int g = gens.size() - 1; g >= 0; g--) {
            mv.visitJumpInsn(GOTO, tops[g]);
            mv.visitLabel(ends[g]);
        }
        if (ctx.generator) {
            // the comprehension's value is the coroutine's return value
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, result);
            mv.visitFieldInsn(PUTFIELD, GeneratorTransformer.GENERATOR, "returnValue", O);
            mv.visitInsn(ACONST_NULL);
            mv.visitInsn(ARETURN);
        } else {
            mv.visitVarInsn(ALOAD, result);
            ctx.emitReturn();
        }
        for (Runnable h : asyncHandlers) h.run();
    }
}
