package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.pyston.compiler.codegen.RuntimeNames.NAMES;

import java.util.List;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.ExceptHandler;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Stmt;

/**
 * CPython's SETUP_ANNOTATIONS rule: a module or class body that contains an annotated assignment
 * (anywhere in its own statements, not inside a nested def or class) creates its
 * {@code __annotations__} dict on entry, so the body can use the name before the first annotation.
 */
final class Annotations {
    private Annotations() {}

    /** Whether {@code body} holds an annotated assignment outside nested functions and classes (CPython's find_ann). */
    static boolean present(List<Stmt> body) {
        for (Stmt s : body) {
            if (present(s)) return true;
        }
        return false;
    }

    private static boolean present(Stmt s) {
        if (s instanceof Stmt.AnnAssign) return true;
        if (s instanceof Stmt.For f) return present(f.body()) || present(f.orelse());
        if (s instanceof Stmt.AsyncFor f) return present(f.body()) || present(f.orelse());
        if (s instanceof Stmt.While w) return present(w.body()) || present(w.orelse());
        if (s instanceof Stmt.If i) return present(i.body()) || present(i.orelse());
        if (s instanceof Stmt.With w) return present(w.body());
        if (s instanceof Stmt.AsyncWith w) return present(w.body());
        if (s instanceof Stmt.Try t) return handlers(t.handlers()) || present(t.body()) || present(t.orelse()) || present(t.finalbody());
        if (s instanceof Stmt.TryStar t) return handlers(t.handlers()) || present(t.body()) || present(t.orelse()) || present(t.finalbody());
        if (s instanceof Stmt.Match m) {
            for (MatchCase c : m.cases()) {
                if (present(c.body())) return true;
            }
        }
        return false;
    }

    private static boolean handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            if (present(h.body())) return true;
        }
        return false;
    }

    /** Emits the setup against the namespace on top of the stack (consumed). */
    static void emitSetup(MethodVisitor mv) {
        mv.visitMethodInsn(INVOKESTATIC, NAMES, "setupAnnotations", "(Ljava/lang/Object;)V", false);
    }
}
