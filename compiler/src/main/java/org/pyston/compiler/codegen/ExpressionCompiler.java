package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.compiler.codegen.RuntimeNames.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.ast.Expr.*;
import org.pyston.compiler.scopes.Scope;
import org.pyston.compiler.scopes.SymbolKind;

/**
 * Compiles expressions: each leaves exactly one Python value ({@code Object}) on the operand stack.
 * Conditions of {@code if}/{@code while} go through {@link #branchIfFalse}, which uses sites that
 * return a JVM boolean so {@code if a < b:} is a compare and a jump.
 */
final class ExpressionCompiler implements Expr.Visitor<Void> {
    private final MethodContext ctx;
    private final MethodVisitor mv;

    ExpressionCompiler(MethodContext ctx) {
        this.ctx = ctx;
        this.mv = ctx.mv;
    }

    /**
     * Compiles {@code e}; its own instructions report its source position (CPython's rule: a node's
     * location holds while it is compiled, and the parent's comes back after it).
     */
    void compile(Expr e) {
        PositionTable.Position outer = ctx.setPosition(PositionTable.Position.of(e));
        e.accept(this);
        ctx.restorePosition(outer);
    }

    private static final String O = OBJECT_DESC;

    // ---------------------------------------------------------------- names

    @Override
    public Void visit(Name node) {
        loadName(node.id(), node.span());
        return null;
    }

    void loadName(String name, Span span) {
        NameAccess.load(ctx, name);
    }

    // ---------------------------------------------------------------- constants

    @Override
    public Void visit(Constant node) {
        loadConstant(mv, node.value(), node.span());
        return null;
    }

    static void loadConstant(MethodVisitor mv, Object v, Span span) {
        if (v == ConstantValue.NONE) {
            mv.visitFieldInsn(GETSTATIC, PY_NONE, "NONE", "L" + PY_NONE + ";");
        } else if (v == ConstantValue.ELLIPSIS) {
            mv.visitFieldInsn(GETSTATIC, PY_ELLIPSIS, "ELLIPSIS", "L" + PY_ELLIPSIS + ";");
        } else if (v instanceof Boolean b) {
            mv.visitFieldInsn(GETSTATIC, PY_BOOL, b ? "TRUE" : "FALSE", "L" + PY_BOOL + ";");
        } else if (v instanceof String s) {
            Indy.str(mv, s);
        } else if (v instanceof BigInteger bi) {
            if (bi.bitLength() < 64) Indy.constant(mv, "int", O, bi.longValue());
            else Indy.constant(mv, "bigint", O, bi.toString());
        } else if (v instanceof Double d) {
            Indy.constant(mv, "float", O, d);
        } else if (v instanceof byte[] b) {
            Indy.constant(mv, "bytes", O, new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        } else if (v instanceof ConstantValue.Imaginary im) {
            Indy.constant(mv, "complex", O, im.imag());
        } else {
            throw new IllegalStateException("unknown constant " + v);
        }
    }

    // ---------------------------------------------------------------- operators

    @Override
    public Void visit(BinOp node) {
        compile(node.left());
        compile(node.right());
        Indy.site(mv, "binop", Indy.objects(2), node.op().name());
        return null;
    }

    @Override
    public Void visit(UnaryOp node) {
        if (node.op() == UnaryOperator.Not) {
            compile(node.operand());
            Indy.site(mv, "truth", "(" + O + ")Z");
            pushBoolFromInt(true);
            return null;
        }
        // Fold -<number literal> so that -9223372036854775808 is a constant, as CPython's optimiser does.
        if (node.op() == UnaryOperator.USub && node.operand() instanceof Constant c
                && (c.value() instanceof BigInteger || c.value() instanceof Double)) {
            Object neg = c.value() instanceof BigInteger bi ? bi.negate() : (Object) (-(Double) c.value());
            loadConstant(mv, neg, node.span());
            return null;
        }
        compile(node.operand());
        Indy.site(mv, "unary", Indy.objects(1), node.op().name());
        return null;
    }

    /** Turns the JVM int on the stack (0/1) into a PyBool, negated when {@code negate}. */
    void pushBoolFromInt(boolean negate) {
        Label t = new Label(), end = new Label();
        mv.visitJumpInsn(negate ? IFEQ : IFNE, t);
        mv.visitFieldInsn(GETSTATIC, PY_BOOL, "FALSE", "L" + PY_BOOL + ";");
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(t);
        mv.visitFieldInsn(GETSTATIC, PY_BOOL, "TRUE", "L" + PY_BOOL + ";");
        mv.visitLabel(end);
    }

    @Override
    public Void visit(BoolOp node) {
        Label end = new Label();
        List<Expr> values = node.values();
        for (int i = 0; i < values.size(); i++) {
            compile(values.get(i));
            if (i < values.size() - 1) {
                mv.visitInsn(DUP);
                Indy.site(mv, "truth", "(" + O + ")Z");
                mv.visitJumpInsn(node.op() == BoolOperator.Or ? IFNE : IFEQ, end);
                mv.visitInsn(POP);
            }
        }
        mv.visitLabel(end);
        return null;
    }

    @Override
    public Void visit(Compare node) {
        List<CmpOperator> ops = node.ops();
        if (ops.size() == 1) {
            compile(node.left());
            compile(node.comparators().get(0));
            compareValue(ops.get(0));
            return null;
        }
        // a < b < c: each middle operand is evaluated once; the result is the first false one or the last.
        Label end = new Label();
        int tmp = ctx.newTemp();
        compile(node.left());
        for (int i = 0; i < ops.size(); i++) {
            compile(node.comparators().get(i));
            if (i < ops.size() - 1) {
                mv.visitInsn(DUP);
                mv.visitVarInsn(ASTORE, tmp);
                compareValue(ops.get(i));
                mv.visitInsn(DUP);
                Indy.site(mv, "truth", "(" + O + ")Z");
                mv.visitJumpInsn(IFEQ, end);
                mv.visitInsn(POP);
                mv.visitVarInsn(ALOAD, tmp);
            } else {
                compareValue(ops.get(i));
            }
        }
        mv.visitLabel(end);
        return null;
    }

    /** Stack: left, right → result object. */
    private void compareValue(CmpOperator op) {
        switch (op) {
            case Is, IsNot, In, NotIn -> {
                compareBool(op);
                pushBoolFromInt(false);
            }
            default -> Indy.site(mv, "cmp", Indy.objects(2), op.name());
        }
    }

    /** Stack: left, right → JVM boolean. */
    private void compareBool(CmpOperator op) {
        switch (op) {
            case Is -> Indy.site(mv, "is", "(" + O + O + ")Z");
            case IsNot -> {
                Indy.site(mv, "is", "(" + O + O + ")Z");
                negateInt();
            }
            case In -> {
                mv.visitInsn(SWAP); // contains(container, item)
                Indy.site(mv, "contains", "(" + O + O + ")Z");
            }
            case NotIn -> {
                mv.visitInsn(SWAP);
                Indy.site(mv, "contains", "(" + O + O + ")Z");
                negateInt();
            }
            default -> Indy.site(mv, "cmp", "(" + O + O + ")Z", op.name());
        }
    }

    private void negateInt() {
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IXOR);
    }

    /** Jumps to {@code target} when the condition is false; falls through when true. */
    void branchIfFalse(Expr cond, Label target) {
        branch(cond, target, false);
    }

    /** Jumps to {@code target} when the truth of {@code cond} equals {@code jumpIf}. */
    void branch(Expr cond, Label target, boolean jumpIf) {
        if (cond instanceof UnaryOp u && u.op() == UnaryOperator.Not) {
            branch(u.operand(), target, !jumpIf);
            return;
        }
        if (cond instanceof BoolOp b) {
            boolean isAnd = b.op() == BoolOperator.And;
            List<Expr> values = b.values();
            if (isAnd != jumpIf) {
                // and/jump-if-false, or/jump-if-true: any operand decides.
                for (Expr v : values) branch(v, target, jumpIf);
            } else {
                Label skip = new Label();
                for (int i = 0; i < values.size() - 1; i++) branch(values.get(i), skip, !jumpIf);
                branch(values.get(values.size() - 1), target, jumpIf);
                mv.visitLabel(skip);
            }
            return;
        }
        if (cond instanceof Compare c && c.ops().size() == 1) {
            PositionTable.Position outer = ctx.setPosition(PositionTable.Position.of(c));
            compile(c.left());
            compile(c.comparators().get(0));
            compareBool(c.ops().get(0));
            ctx.restorePosition(outer);
            mv.visitJumpInsn(jumpIf ? IFNE : IFEQ, target);
            return;
        }
        if (cond instanceof Constant k && k.value() instanceof Boolean bv) {
            if (bv == jumpIf) mv.visitJumpInsn(GOTO, target);
            return;
        }
        compile(cond);
        Indy.site(mv, "truth", "(" + O + ")Z");
        mv.visitJumpInsn(jumpIf ? IFNE : IFEQ, target);
    }

    @Override
    public Void visit(IfExp node) {
        Label orelse = new Label(), end = new Label();
        branchIfFalse(node.test(), orelse);
        compile(node.body());
        mv.visitJumpInsn(GOTO, end);
        mv.visitLabel(orelse);
        compile(node.orelse());
        mv.visitLabel(end);
        return null;
    }

    @Override
    public Void visit(NamedExpr node) {
        compile(node.value());
        mv.visitInsn(DUP);
        new TargetCompiler(ctx, this).store(node.target());
        return null;
    }

    // ---------------------------------------------------------------- attributes, subscripts, calls

    @Override
    public Void visit(Attribute node) {
        compile(node.value());
        Indy.site(mv, "getattr", Indy.objects(1), mangled(node.attr()));
        return null;
    }

    String mangled(String attr) {
        return NameAccess.mangle(ctx, attr);
    }

    @Override
    public Void visit(Subscript node) {
        compile(node.value());
        compile(node.slice());
        Indy.site(mv, "getitem", Indy.objects(2));
        return null;
    }

    @Override
    public Void visit(Slice node) {
        compileOrNone(node.lower());
        compileOrNone(node.upper());
        compileOrNone(node.step());
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newSlice", Indy.objects(3), false);
        return null;
    }

    void compileOrNone(Expr e) {
        if (e == null) mv.visitFieldInsn(GETSTATIC, PY_NONE, "NONE", "L" + PY_NONE + ";");
        else compile(e);
    }

    /** Calls with more positional plus keyword arguments than this go through an argument array. */
    private static final int MAX_SITE_ARGS = 200;

    @Override
    public Void visit(Call node) {
        if (isZeroArgSuper(node)) {
            // CPython finds __class__ and the first argument in the frame; we know both statically.
            loadName("super", node.span());
            loadName("__class__", node.span());
            loadName(ctx.scope.varnames().get(0), node.span());
            Indy.site(mv, "call", Indy.objects(3), "");
            return null;
        }
        if (isFrameCall(node)) {
            frameCall(node);
            return null;
        }
        boolean simple = node.args().stream().noneMatch(a -> a instanceof Starred)
                && node.keywords().stream().allMatch(k -> k.arg() != null)
                && node.args().size() + node.keywords().size() <= MAX_SITE_ARGS;
        if (!simple) {
            compile(node.func());
            int callee = ctx.newTemp();
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, callee);
            compileStarArgs(node.args(), callee);
            compileStarKwargs(node.keywords(), callee);
            mv.visitMethodInsn(INVOKESTATIC, FUNCTIONS, "callEx", Indy.objects(3), false);
            return null;
        }
        String kwnames = kwnames(node.keywords());
        int n = node.args().size() + node.keywords().size();
        if (node.func() instanceof Attribute attr) {
            // o.m(args): one callmethod site, no bound method object.
            compile(attr.value());
            compileArgs(node);
            // a failed lookup reports the attribute's position, anything else the call's
            ctx.setPosition(PositionTable.Position.methodCall(node, ctx.positions.indexOf(PositionTable.Position.of(attr))));
            Indy.site(mv, "callmethod", Indy.objects(n + 1), mangled(attr.attr()), kwnames);
        } else {
            compile(node.func());
            compileArgs(node);
            Indy.site(mv, "call", Indy.objects(n + 1), kwnames);
        }
        return null;
    }

    private static final java.util.Set<String> FRAME_BUILTINS = java.util.Set.of("globals", "locals", "vars", "dir", "eval", "exec");

    /** A call of globals/locals/vars/dir/eval/exec by a name that is not bound locally. */
    private boolean isFrameCall(Call node) {
        if (!(node.func() instanceof Name n) || !FRAME_BUILTINS.contains(n.id())) return false;
        if (node.args().stream().anyMatch(a -> a instanceof Starred) || !node.keywords().isEmpty()) return false;
        SymbolKind k = ctx.scope.lookup(n.id());
        return k == SymbolKind.GLOBAL_IMPLICIT || k == SymbolKind.MODULE_NAME || k == SymbolKind.CLASS_LOCAL;
    }

    /** Passes this frame's globals and locals along, for FrameCalls to use if the callee is the builtin. */
    private void frameCall(Call node) {
        compile(node.func());
        pushArray(node.args());
        mv.visitLdcInsn("");
        ctx.module.loadGlobals(mv);
        loadFrameLocals();
        mv.visitMethodInsn(INVOKESTATIC, "org/pyston/indy/support/FrameCalls", "call",
                "(" + O + "[" + O + "L" + STRING + ";L" + PY_DICT + ";" + O + ")" + O, false);
    }

    /** The locals mapping of this frame: the namespace of a class body or exec, the globals of a module, a snapshot in a function. */
    private void loadFrameLocals() {
        if (ctx.namespaceSlot >= 0) {
            mv.visitVarInsn(ALOAD, ctx.namespaceSlot);
        } else if (ctx.kind == MethodContext.BodyKind.MODULE) {
            ctx.module.loadGlobals(mv);
        } else {
            mv.visitInsn(ICONST_0);
            mv.visitTypeInsn(ANEWARRAY, OBJECT);
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newDict", "([" + O + ")" + O, false);
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(ctx.scope.varnames());
            names.addAll(ctx.scope.cellvars());
            names.addAll(ctx.scope.freevars());
            for (String name : names) {
                if (name.startsWith(".")) continue;
                SymbolKind k = ctx.scope.lookup(name);
                mv.visitInsn(DUP);
                mv.visitLdcInsn(name);
                if (k == SymbolKind.LOCAL && ctx.slotOf(name) != null) {
                    mv.visitVarInsn(ALOAD, ctx.slotOf(name));
                } else if ((k == SymbolKind.CELL || k == SymbolKind.FREE) && ctx.hasCell(name)) {
                    ctx.pushCell(name);
                    mv.visitFieldInsn(GETFIELD, PY_CELL, "value", O);
                } else {
                    mv.visitInsn(ACONST_NULL);
                }
                mv.visitMethodInsn(INVOKESTATIC, "org/pyston/indy/support/FrameCalls", "putLocal", "(" + O + "L" + STRING + ";" + O + ")V", false);
            }
        }
    }

    /** {@code super()} in a method: a builtin-resolved name, no arguments, __class__ and a first parameter available. */
    private boolean isZeroArgSuper(Call node) {
        if (!(node.func() instanceof Name n) || !n.id().equals("super") || !node.args().isEmpty() || !node.keywords().isEmpty()) {
            return false;
        }
        Scope s = ctx.scope;
        SymbolKind k = s.lookup("super");
        if (k != SymbolKind.GLOBAL_IMPLICIT) return false;
        return s.freevars().contains("__class__") && s.argcount() > 0;
    }

    private void compileArgs(Call node) {
        for (Expr a : node.args()) compile(a);
        for (Keyword k : node.keywords()) compile(k.value());
    }

    /** Keyword names of a call, joined by commas ("" when none): a static argument of the site. */
    static String kwnames(List<Keyword> keywords) {
        StringBuilder sb = new StringBuilder();
        for (Keyword k : keywords) {
            if (sb.length() > 0) sb.append(',');
            sb.append(k.arg());
        }
        return sb.toString();
    }

    /**
     * Builds a tuple of all positional arguments, expanding {@code *x}; a lone {@code *x} is
     * converted as CPython's CALL_FUNCTION_EX does it (its error names the callee).
     */
    private void compileStarArgs(List<Expr> args, int calleeSlot) {
        if (args.size() == 1 && args.get(0) instanceof Starred s) {
            compile(s.value());
            mv.visitVarInsn(ALOAD, calleeSlot);
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "starArgs", Indy.objects(2), false);
            return;
        }
        buildSequence(args, "newList");
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "listToTuple", Indy.objects(1), false);
    }

    /** Builds a dict of keyword arguments, merging {@code **m} (duplicate keys are a TypeError), or null. */
    private void compileStarKwargs(List<Keyword> keywords, int calleeSlot) {
        if (keywords.isEmpty()) {
            mv.visitInsn(ACONST_NULL);
            return;
        }
        mv.visitInsn(ICONST_0);
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newDict", "([" + O + ")" + O, false);
        for (Keyword k : keywords) {
            mv.visitInsn(DUP);
            if (k.arg() == null) {
                compile(k.value());
                mv.visitVarInsn(ALOAD, calleeSlot);
                mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "mergeKwargs", "(" + O + O + O + ")V", false);
            } else {
                Indy.str(mv, k.arg());
                compile(k.value());
                mv.visitVarInsn(ALOAD, calleeSlot);
                mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "addKwarg", "(" + O + O + O + O + ")V", false);
            }
        }
    }

    // ---------------------------------------------------------------- displays

    @Override
    public Void visit(Tuple node) {
        if (hasStar(node.elts())) {
            buildSequence(node.elts(), "newList");
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "listToTuple", Indy.objects(1), false);
        } else {
            pushArray(node.elts());
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newTuple", "([" + O + ")" + O, false);
        }
        return null;
    }

    @Override
    public Void visit(ListExpr node) {
        buildSequence(node.elts(), "newList");
        return null;
    }

    @Override
    public Void visit(Expr.Set node) {
        // CPython turns a display of more than two constants into a frozenset constant: other order
        boolean allConst = node.elts().size() > 2 && node.elts().stream().allMatch(e -> e instanceof Constant);
        buildSequence(node.elts(), allConst ? "newConstSet" : "newSet");
        return null;
    }

    private static boolean hasStar(List<Expr> elts) {
        for (Expr e : elts) if (e instanceof Starred) return true;
        return false;
    }

    /** Builds a list or set from elements that may include {@code *x}. */
    private void buildSequence(List<Expr> elts, String factory) {
        if (!hasStar(elts)) {
            pushArray(elts);
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, factory, "([" + O + ")" + O, false);
            return;
        }
        mv.visitInsn(ICONST_0);
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, factory, "([" + O + ")" + O, false);
        String add = factory.equals("newSet") ? "setAdd" : "listAppend";
        String extend = factory.equals("newSet") ? "setUpdate" : "listExtend";
        for (Expr e : elts) {
            mv.visitInsn(DUP);
            if (e instanceof Starred s) {
                compile(s.value());
                mv.visitMethodInsn(INVOKESTATIC, BUILDERS, extend, "(" + O + O + ")V", false);
            } else {
                compile(e);
                mv.visitMethodInsn(INVOKESTATIC, BUILDERS, add, "(" + O + O + ")V", false);
            }
        }
    }

    void pushArray(List<Expr> elts) {
        MethodContext.pushInt(mv, elts.size());
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        for (int i = 0; i < elts.size(); i++) {
            mv.visitInsn(DUP);
            MethodContext.pushInt(mv, i);
            compile(elts.get(i));
            mv.visitInsn(AASTORE);
        }
    }

    @Override
    public Void visit(Dict node) {
        boolean hasUnpack = node.keys().stream().anyMatch(k -> k == null);
        if (!hasUnpack) {
            // keys and values interleaved, evaluated in source order (key then value, as CPython 3.8+)
            MethodContext.pushInt(mv, node.keys().size() * 2);
            mv.visitTypeInsn(ANEWARRAY, OBJECT);
            for (int i = 0; i < node.keys().size(); i++) {
                mv.visitInsn(DUP);
                MethodContext.pushInt(mv, 2 * i);
                compile(node.keys().get(i));
                mv.visitInsn(AASTORE);
                mv.visitInsn(DUP);
                MethodContext.pushInt(mv, 2 * i + 1);
                compile(node.values().get(i));
                mv.visitInsn(AASTORE);
            }
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newDict", "([" + O + ")" + O, false);
            return null;
        }
        mv.visitInsn(ICONST_0);
        mv.visitTypeInsn(ANEWARRAY, OBJECT);
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "newDict", "([" + O + ")" + O, false);
        for (int i = 0; i < node.keys().size(); i++) {
            mv.visitInsn(DUP);
            if (node.keys().get(i) == null) {
                compile(node.values().get(i));
                mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "dictUpdate", "(" + O + O + ")V", false);
            } else {
                compile(node.keys().get(i));
                compile(node.values().get(i));
                mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "dictSet", "(" + O + O + O + ")V", false);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- strings

    @Override
    public Void visit(JoinedStr node) {
        pushArray(node.values());
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "joinStrings", "([" + O + ")" + O, false);
        return null;
    }

    @Override
    public Void visit(FormattedValue node) {
        compile(node.value());
        MethodContext.pushInt(mv, node.conversion());
        if (node.format_spec() == null) mv.visitInsn(ACONST_NULL);
        else compile(node.format_spec());
        mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "formatValue", "(" + O + "I" + O + ")" + O, false);
        return null;
    }

    // ---------------------------------------------------------------- functions and comprehensions

    @Override
    public Void visit(Lambda node) {
        ctx.module.functions().makeLambda(ctx, this, node);
        return null;
    }

    @Override
    public Void visit(ListComp node) {
        ctx.module.functions().comprehension(ctx, this, node, node.generators());
        return null;
    }

    @Override
    public Void visit(SetComp node) {
        ctx.module.functions().comprehension(ctx, this, node, node.generators());
        return null;
    }

    @Override
    public Void visit(DictComp node) {
        ctx.module.functions().comprehension(ctx, this, node, node.generators());
        return null;
    }

    @Override
    public Void visit(GeneratorExp node) {
        ctx.module.functions().generatorExpression(ctx, this, node);
        return null;
    }

    /** {@code await x}: delegation, like yield from, to x's await iterator. */
    @Override
    public Void visit(Await node) {
        if (!ctx.generator || !(ctx.scope.isCoroutine() || ctx.scope.isAsyncGenerator())) throw Unsupported.syntax("'await' outside async function", node.span());
        compile(node.value());
        delegate("awaitStart");
        return null;
    }

    /** {@code yield v}: a marker the generator transform turns into suspend/resume (see GeneratorTransformer). */
    @Override
    public Void visit(Yield node) {
        if (!ctx.generator) throw Unsupported.construct("'yield' outside a generator function body", node.span());
        compileOrNone(node.value());
        if (ctx.scope.isAsyncGenerator()) {
            // told apart from values passed up by awaits (see PyAsyncGenerator)
            mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, "asyncGenYield", "(" + O + ")" + O, false);
        }
        mv.visitMethodInsn(INVOKESTATIC, GeneratorTransformer.SUPPORT, "yieldValue", "(" + O + ")" + O, false);
        return null;
    }

    /**
     * {@code yield from x}: delegate to x's iterator until it finishes, passing what this generator
     * receives (values, thrown-in exceptions, close) through; the value is x's return value.
     */
    @Override
    public Void visit(YieldFrom node) {
        if (!ctx.generator) throw Unsupported.construct("'yield from' outside a generator function body", node.span());
        compile(node.value());
        delegate("yieldFromStart");
        return null;
    }

    /**
     * Stack: the iterable (or awaitable) → the delegation's result. {@code start} makes the
     * delegation state (yieldFromStart or awaitStart); the loop yields each value of the
     * sub-iterator and forwards what this generator receives.
     */
    void delegate(String start) {
        String support = GeneratorTransformer.SUPPORT;
        mv.visitMethodInsn(INVOKESTATIC, support, start, "(" + O + ")" + O, false);
        int d = ctx.newTemp();
        mv.visitVarInsn(ASTORE, d);
        mv.visitVarInsn(ALOAD, d);
        mv.visitVarInsn(ALOAD, 0); // the generator (slot 0 of a generator body): gi_yieldfrom/cr_await
        mv.visitMethodInsn(INVOKESTATIC, support, "yieldFromFirst", "(" + O + O + ")" + O, false);
        Label loop = new Label(), done = new Label();
        mv.visitLabel(loop);
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNULL, done);
        mv.visitMethodInsn(INVOKESTATIC, support, "yieldFromValue", "(" + O + ")" + O, false);
        int g = ctx.newTemp();
        mv.visitVarInsn(ASTORE, g);
        mv.visitVarInsn(ALOAD, d);
        mv.visitVarInsn(ALOAD, g);
        mv.visitMethodInsn(INVOKESTATIC, support, "yieldFromResume", "(" + O + O + ")" + O, false);
        mv.visitJumpInsn(GOTO, loop);
        mv.visitLabel(done);
        mv.visitInsn(POP);
        mv.visitVarInsn(ALOAD, d);
        mv.visitMethodInsn(INVOKESTATIC, support, "yieldFromResult", "(" + O + ")" + O, false);
    }

    @Override
    public Void visit(Starred node) {
        throw Unsupported.syntax("can't use starred expression here", node.span());
    }

    /** Helper for callers that need a list of expressions of a scope's names. */
    static List<String> names(List<Arg> args) {
        List<String> out = new ArrayList<>();
        for (Arg a : args) out.add(a.arg());
        return out;
    }

    MethodContext context() {
        return ctx;
    }

    Scope scope() {
        return ctx.scope;
    }

    static boolean isLocalKind(SymbolKind k) {
        return k == SymbolKind.LOCAL || k == SymbolKind.CELL || k == SymbolKind.FREE;
    }
}
