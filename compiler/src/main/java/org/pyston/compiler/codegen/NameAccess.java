package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.compiler.codegen.RuntimeNames.*;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.scopes.Mangling;
import org.pyston.compiler.scopes.Scope;
import org.pyston.compiler.scopes.SymbolKind;

/**
 * Loads, stores and deletes a Python name according to how the scope analysis resolved it:
 * function locals are JVM locals (null while unbound), captured variables live in {@code PyCell}s,
 * module-level and global names go through the module's globals (read by a {@code global} site),
 * and class bodies use their namespace dict first.
 */
final class NameAccess {
    private NameAccess() {}

    private static final String O = OBJECT_DESC;

    /** Applies private-name mangling of the innermost enclosing class. */
    static String mangle(MethodContext ctx, String name) {
        for (Scope s = ctx.scope; s != null; s = s.parent()) {
            if (s.kind() == Scope.Kind.CLASS) return Mangling.mangle(s.name(), name);
        }
        return name;
    }

    /**
     * How a name resolves here. Code run by exec/eval with a namespace (module kind with a
     * namespace slot) uses CPython's LOAD_NAME rules for its top-level names, as a class body does.
     */
    private static SymbolKind kindOf(MethodContext ctx, String name) {
        SymbolKind kind = ctx.scope.lookup(name);
        if (ctx.kind == MethodContext.BodyKind.MODULE && ctx.namespaceSlot >= 0
                && (kind == SymbolKind.MODULE_NAME || kind == SymbolKind.GLOBAL_IMPLICIT)) {
            return SymbolKind.CLASS_LOCAL;
        }
        return kind;
    }

    static void load(MethodContext ctx, String rawName) {
        String name = mangle(ctx, rawName);
        MethodVisitor mv = ctx.mv;
        SymbolKind kind = kindOf(ctx, name);
        switch (kind) {
            case LOCAL -> {
                mv.visitVarInsn(ALOAD, ctx.localSlot(name));
                if (!ctx.alwaysBound.contains(name)) checkBound(mv, name, "unboundLocal");
            }
            case CELL, FREE -> {
                ctx.pushCell(name);
                mv.visitFieldInsn(GETFIELD, PY_CELL, "value", O);
                checkBound(mv, name, kind == SymbolKind.CELL ? "unboundLocal" : "unboundFree");
            }
            case CLASS_LOCAL -> {
                loadFromNamespace(ctx, name);
                Label found = new Label();
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, found);
                mv.visitInsn(POP);
                loadGlobal(mv, name);
                mv.visitLabel(found);
            }
            case FREE_CLASS -> {
                loadFromNamespace(ctx, name);
                Label found = new Label();
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNONNULL, found);
                mv.visitInsn(POP);
                ctx.pushCell(name);
                mv.visitFieldInsn(GETFIELD, PY_CELL, "value", O);
                checkBound(mv, name, "unboundFree");
                mv.visitLabel(found);
            }
            default -> loadGlobal(mv, name); // GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, MODULE_NAME
        }
    }

    private static void loadFromNamespace(MethodContext ctx, String name) {
        ctx.mv.visitVarInsn(ALOAD, ctx.namespaceSlot);
        ctx.mv.visitLdcInsn(name);
        ctx.mv.visitMethodInsn(INVOKESTATIC, NAMES, "lookupName", "(" + O + "L" + STRING + ";)" + O, false);
    }

    private static void loadGlobal(MethodVisitor mv, String name) {
        Indy.site(mv, "global", "()" + O, name);
    }

    /** Stack: value (null = unbound) → value, or raise the unbound-variable error named by {@code factory}. */
    private static void checkBound(MethodVisitor mv, String name, String factory) {
        Label ok = new Label();
        mv.visitInsn(DUP);
        mv.visitJumpInsn(IFNONNULL, ok);
        mv.visitInsn(POP);
        mv.visitLdcInsn(name);
        mv.visitMethodInsn(INVOKESTATIC, EXCEPTIONS, factory, "(L" + STRING + ";)L" + PY_BASE_EXCEPTION + ";", false);
        mv.visitInsn(ATHROW);
        mv.visitLabel(ok);
    }

    /** Stack: value → (stored). */
    static void store(MethodContext ctx, String rawName) {
        String name = mangle(ctx, rawName);
        MethodVisitor mv = ctx.mv;
        SymbolKind kind = kindOf(ctx, name);
        switch (kind) {
            case LOCAL -> {
                mv.visitVarInsn(ASTORE, ctx.localSlot(name));
            }
            case CELL, FREE -> {
                ctx.pushCell(name);
                mv.visitInsn(SWAP);
                mv.visitFieldInsn(PUTFIELD, PY_CELL, "value", O);
            }
            case CLASS_LOCAL, FREE_CLASS -> {
                mv.visitVarInsn(ALOAD, ctx.namespaceSlot);
                mv.visitInsn(SWAP);
                mv.visitLdcInsn(name);
                mv.visitInsn(SWAP);
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "storeName", "(" + O + "L" + STRING + ";" + O + ")V", false);
            }
            default -> Indy.site(mv, "setglobal", "(" + O + ")V", name);
        }
    }

    static void delete(MethodContext ctx, String rawName) {
        String name = mangle(ctx, rawName);
        MethodVisitor mv = ctx.mv;
        SymbolKind kind = kindOf(ctx, name);
        switch (kind) {
            case LOCAL -> {
                int slot = ctx.localSlot(name);
                mv.visitVarInsn(ALOAD, slot);
                checkBound(mv, name, "unboundLocal");
                mv.visitInsn(POP);
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, slot);
            }
            case CELL, FREE -> {
                ctx.pushCell(name);
                mv.visitFieldInsn(GETFIELD, PY_CELL, "value", O);
                checkBound(mv, name, kind == SymbolKind.CELL ? "unboundLocal" : "unboundFree");
                mv.visitInsn(POP);
                ctx.pushCell(name);
                mv.visitInsn(ACONST_NULL);
                mv.visitFieldInsn(PUTFIELD, PY_CELL, "value", O);
            }
            case CLASS_LOCAL, FREE_CLASS -> {
                mv.visitVarInsn(ALOAD, ctx.namespaceSlot);
                mv.visitLdcInsn(name);
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "deleteName", "(" + O + "L" + STRING + ";)V", false);
            }
            default -> {
                ctx.module.loadGlobals(mv);
                mv.visitLdcInsn(name);
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "deleteGlobal", "(L" + PY_DICT + ";L" + STRING + ";)V", false);
            }
        }
    }

    /** Clears a local after an except handler ({@code except E as e} unbinds e), without checks. */
    static void clear(MethodContext ctx, String rawName) {
        String name = mangle(ctx, rawName);
        SymbolKind kind = kindOf(ctx, name);
        MethodVisitor mv = ctx.mv;
        switch (kind) {
            case LOCAL -> {
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, ctx.localSlot(name));
            }
            case CELL, FREE -> {
                ctx.pushCell(name);
                mv.visitInsn(ACONST_NULL);
                mv.visitFieldInsn(PUTFIELD, PY_CELL, "value", O);
            }
            case CLASS_LOCAL, FREE_CLASS -> {
                mv.visitVarInsn(ALOAD, ctx.namespaceSlot);
                mv.visitLdcInsn(name);
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "discardName", "(" + O + "L" + STRING + ";)V", false);
            }
            default -> {
                ctx.module.loadGlobals(mv);
                mv.visitLdcInsn(name);
                mv.visitMethodInsn(INVOKESTATIC, NAMES, "discardGlobal", "(L" + PY_DICT + ";L" + STRING + ";)V", false);
            }
        }
    }
}
