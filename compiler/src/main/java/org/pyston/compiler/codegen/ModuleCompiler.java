package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.compiler.codegen.RuntimeNames.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Stmt;
import org.pyston.compiler.scopes.Scope;
import org.pyston.compiler.scopes.ScopeTable;

/**
 * Compiles one Python module to one JVM class: a static {@code $globals} field (the module's
 * namespace, set by the loader before the body runs), a {@code module_body} method, and one
 * static method per function, lambda, comprehension and class body, named after its qualname.
 *
 * <p>The output depends only on the source and the file name given (no time stamps, no hash
 * order), so compiling the same module twice gives the same bytes.
 */
public final class ModuleCompiler {
    /** Name of the method that runs the module's top-level code. */
    public static final String MODULE_BODY = "module_body";

    final String className;
    final String filename;
    final ScopeTable scopes;
    private final ClassWriter cw;
    /** {@link #cw} seen through a recorder of the dynamic constants methods load: methods are visited here. */
    private final ClassVisitor cv;
    private final Set<String> methodNames = new HashSet<>();
    private final FunctionCompiler functions = new FunctionCompiler(this);
    /**
     * Every constant-dynamic any method of the class loads, in first-use order (so the output stays
     * reproducible). The class initializer resolves them all: HotSpot's JIT compilers refuse a method
     * that holds an unresolved dynamic constant, even on a path never taken (C1 "could not resolve a
     * constant", C2 "cannot parse method"), so a loop in a module body whose traceback handler loads
     * the module's code object stayed interpreted for good. CPython also builds every constant of a
     * module when it loads it.
     */
    private final Set<ConstantDynamic> dynamicConstants = new LinkedHashSet<>();

    /** True for code run by exec/eval: the body takes the locals mapping (see {@link #compileNamespaced}). */
    private boolean namespaced;
    /** compile(..., "single"): module-level expression statements print through sys.displayhook. */
    boolean interactive;

    /** Every module compiled since start-up (tests assert that importing the bundled library compiles nothing). */
    private static final java.util.concurrent.atomic.AtomicLong COMPILES = new java.util.concurrent.atomic.AtomicLong();

    /** How many modules (and exec/eval code) were compiled to classes in this JVM. */
    public static long compileCount() {
        return COMPILES.get();
    }

    private ModuleCompiler(String className, String filename, ScopeTable scopes) {
        COMPILES.incrementAndGet();
        this.className = className;
        this.filename = filename;
        this.scopes = scopes;
        this.cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // Every slot holds one kind of value (see MethodContext), so Object is always right
                // and no class needs to be loaded while compiling.
                return OBJECT;
            }
        };
        this.cv = new ClassVisitor(ASM9, cw) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof ConstantDynamic c) dynamicConstants.add(c);
                        super.visitLdcInsn(value);
                    }
                };
            }
        };
    }

    /**
     * Compiles a parsed and analysed module.
     *
     * @param className JVM internal name of the class to produce
     * @param filename  the file name shown in tracebacks and stored as the class's SourceFile
     */
    public static byte[] compile(Mod.Module module, ScopeTable scopes, String className, String filename) {
        ModuleCompiler mc = new ModuleCompiler(className, filename, scopes);
        return mc.compileModule(module);
    }

    /**
     * Compiles code for exec/eval/compile(): {@code module_body(Object locals)Object} runs the
     * statements (or returns the value of the expression, for eval) with CPython's LOAD_NAME rules:
     * top-level names in the locals mapping, then the globals ({@code $globals}), then builtins.
     */
    public static byte[] compileNamespaced(Mod mod, ScopeTable scopes, String className, String filename) {
        ModuleCompiler mc = new ModuleCompiler(className, filename, scopes);
        mc.namespaced = true;
        mc.interactive = mod instanceof Mod.Interactive;
        List<Stmt> body;
        if (mod instanceof Mod.Expression e) body = List.of(new Stmt.Return(e.body(), e.body().span()));
        else if (mod instanceof Mod.Interactive i) body = i.body();
        else body = ((Mod.Module) mod).body();
        mc.cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, OBJECT, null);
        mc.cw.visitSource(simpleName(filename), null);
        mc.cw.visitField(ACC_PUBLIC | ACC_STATIC, GLOBALS_FIELD, "L" + PY_DICT + ";", null, null).visitEnd();
        String desc = "(" + OBJECT_DESC + ")" + OBJECT_DESC;
        MethodVisitor mv = mc.cv.visitMethod(ACC_PUBLIC | ACC_STATIC, MODULE_BODY, desc, null, null);
        mc.methodNames.add(MODULE_BODY);
        MethodContext ctx = new MethodContext(mc, scopes.moduleScope(), mv, MethodContext.BodyKind.MODULE, 1);
        ctx.namespaceSlot = 0;
        Handle self = new Handle(H_INVOKESTATIC, className, MODULE_BODY, desc, false);
        String doc = mod instanceof Mod.Module m ? FunctionCompiler.docstring(m.body()) : null;
        mc.emitBody(ctx, "<module>", 1, self, body, () -> {
            // CPython's order: SETUP_ANNOTATIONS, then the docstring, stored like any name in the locals
            if (Annotations.present(body)) {
                mv.visitVarInsn(ALOAD, 0);
                Annotations.emitSetup(mv);
            }
            if (doc != null) {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitLdcInsn("__doc__");
                Indy.str(mv, doc);
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "storeName", "(" + OBJECT_DESC + "L" + STRING + ";" + OBJECT_DESC + ")V", false);
            }
        }, true);
        mc.emitConstantResolution();
        mc.cw.visitEnd();
        return mc.cw.toByteArray();
    }

    private byte[] compileModule(Mod.Module module) {
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, className, null, OBJECT, null);
        cw.visitSource(simpleName(filename), null);
        cw.visitField(ACC_PUBLIC | ACC_STATIC, GLOBALS_FIELD, "L" + PY_DICT + ";", null, null).visitEnd();

        Scope scope = scopes.moduleScope();
        String desc = "()" + OBJECT_DESC;
        MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, MODULE_BODY, desc, null, null);
        methodNames.add(MODULE_BODY);
        MethodContext ctx = new MethodContext(this, scope, mv, MethodContext.BodyKind.MODULE, 0);
        Handle self = new Handle(H_INVOKESTATIC, className, MODULE_BODY, desc, false);
        String doc = FunctionCompiler.docstring(module.body());
        emitBody(ctx, "<module>", 1, self, module.body(), () -> {
            if (doc != null) {
                loadGlobals(mv);
                mv.visitLdcInsn("__doc__");
                Indy.str(mv, doc);
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "storeGlobal", "(L" + PY_DICT + ";L" + STRING + ";" + OBJECT_DESC + ")V", false);
            }
            if (Annotations.present(module.body())) {
                loadGlobals(mv);
                Annotations.emitSetup(mv);
            }
        }, true);
        emitConstantResolution();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static String simpleName(String filename) {
        int slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
        return slash < 0 ? filename : filename.substring(slash + 1);
    }

    FunctionCompiler functions() {
        return functions;
    }

    ClassVisitor classWriter() {
        return cv;
    }

    void loadGlobals(MethodVisitor mv) {
        mv.visitFieldInsn(GETSTATIC, className, GLOBALS_FIELD, "L" + PY_DICT + ";");
    }

    /** A method name derived from a qualname, unique in this class and readable in javap. */
    String methodName(String qualname) {
        String base = qualname.replace(".<locals>.", "$").replace('.', '$').replace("<", "").replace(">", "");
        String name = base;
        for (int i = 2; !methodNames.add(name); i++) name = base + "$" + i;
        return name;
    }

    /**
     * Emits a method body with the common frame: the line local, an outer handler that records
     * the traceback entry, and the implicit {@code return None} at the end.
     *
     * @param prologue code run first (binding cells, namespace set-up)
     */
    /** Constants resolved per helper method: 4 bytes each keeps a helper far below 64 KB. */
    private static final int CONSTANTS_PER_METHOD = 8000;

    /** {@code <clinit>}: loads (so resolves) every dynamic constant; see {@link #dynamicConstants}. */
    private void emitConstantResolution() {
        if (dynamicConstants.isEmpty()) return;
        List<ConstantDynamic> all = new ArrayList<>(dynamicConstants);
        MethodVisitor init = cv.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        for (int from = 0, part = 0; from < all.size(); from += CONSTANTS_PER_METHOD, part++) {
            String helper = "$constants" + part;
            MethodVisitor mv = cv.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, helper, "()V", null, null);
            mv.visitCode();
            for (ConstantDynamic c : all.subList(from, Math.min(all.size(), from + CONSTANTS_PER_METHOD))) {
                mv.visitLdcInsn(c);
                mv.visitInsn(c.getSize() == 2 ? POP2 : POP);
            }
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            init.visitMethodInsn(INVOKESTATIC, className, helper, "()V", false);
        }
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    void emitBody(MethodContext ctx, String codeName, int firstLine, Handle entry, List<Stmt> body,
                  Runnable prologue, boolean returnsNone) {
        MethodVisitor mv = ctx.mv;
        mv.visitCode();
        ctx.lineSlot = ctx.newTemp();
        MethodContext.pushInt(mv, firstLine);
        mv.visitVarInsn(ISTORE, ctx.lineSlot);
        if (!ctx.generator) {
            // The recursion limit: count this call (RecursionError past sys.getrecursionlimit()).
            // Outside the handler's range, so a RecursionError here is not counted down twice.
            ctx.threadStateSlot = ctx.newTemp();
            mv.visitMethodInsn(INVOKESTATIC, MethodContext.THREAD_STATE, "current", "()L" + MethodContext.THREAD_STATE + ";", false);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, ctx.threadStateSlot);
            mv.visitMethodInsn(INVOKEVIRTUAL, MethodContext.THREAD_STATE, "enterCall", "()V", false);
        }
        Label start = new Label(), end = new Label(), handler = new Label();
        mv.visitLabel(start);
        ctx.loadCode = () -> codeConstant(mv, ctx.scope, codeName, firstLine, entry);
        prologue.run();
        StatementCompiler sc = new StatementCompiler(ctx, new ExpressionCompiler(ctx));
        sc.compileBlock(body);
        if (returnsNone) {
            if (ctx.generator) mv.visitInsn(ACONST_NULL); // finished; returnValue stays None
            else mv.visitFieldInsn(GETSTATIC, PY_NONE, "NONE", "L" + PY_NONE + ";");
            ctx.emitReturn();
        }
        mv.visitLabel(end);
        mv.visitLabel(handler);
        // Outer handler: append (code, position) to the traceback and rethrow as a Python exception.
        ctx.resetLine();
        ctx.exitCall();
        mv.visitVarInsn(ILOAD, ctx.lineSlot);
        codeConstant(mv, ctx.scope, codeName, firstLine, entry);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, "traceback",
                "(L" + THROWABLE + ";IL" + PY_CODE + ";)L" + PY_BASE_EXCEPTION + ";", false);
        mv.visitInsn(ATHROW);
        for (Runnable r : ctx.deferredTryCatch) r.run();
        mv.visitTryCatchBlock(start, end, handler, THROWABLE);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        ctx.positions.emit(cw, entry.getName());
    }

    /**
     * Loads the PyCode of a body: built once per class by a constant-dynamic entry. A class body's
     * code takes the namespace as its one (internal) argument.
     */
    void codeConstant(MethodVisitor mv, Scope scope, String codeName, int firstLine, Handle entry) {
        boolean fn = scope.kind() != Scope.Kind.MODULE && scope.kind() != Scope.Kind.CLASS;
        int flags = 0;
        if (fn) {
            if (scope.hasVarargs()) flags |= 0x04;
            if (scope.hasVarkeywords()) flags |= 0x08;
            if (scope.freevars().isEmpty() && scope.cellvars().isEmpty()) flags |= 0x40; // CO_NOFREE
            if (scope.isAsyncGenerator()) flags |= 0x200; // CO_ASYNC_GENERATOR
            else if (scope.isCoroutine()) flags |= 0x80; // CO_COROUTINE
            else if (scope.isGenerator()) flags |= 0x20; // CO_GENERATOR
        }
        if (!scope.freevars().isEmpty()) flags |= HAS_CLOSURE;
        int argcount = fn ? scope.argcount() : scope.kind() == Scope.Kind.CLASS || namespaced ? 1 : 0;
        Indy.constant(mv, "code", "L" + PY_CODE + ";",
                codeName, scope.kind() == Scope.Kind.MODULE ? "<module>" : scope.qualname(), filename, firstLine,
                String.join(",", fn ? scope.varnames() : List.of()),
                String.join(",", scope.cellvars()), String.join(",", scope.freevars()),
                argcount, fn ? scope.posonlyargcount() : 0, fn ? scope.kwonlyargcount() : 0,
                flags, entry);
    }

    /** PyCode's flag for bodies whose entry takes the closure cells first (see PyCode.HAS_CLOSURE). */
    private static final int HAS_CLOSURE = 0x1000_0000;
}
