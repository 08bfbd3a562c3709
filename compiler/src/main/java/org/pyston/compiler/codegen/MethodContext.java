package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.scopes.Scope;

/**
 * The state of one generated method while its body is compiled: the JVM local slots of Python
 * variables, the current source line, and the stack of enclosing loops and cleanup blocks that
 * {@code break}, {@code continue} and {@code return} must run through.
 *
 * <p>Invariant: every JVM local slot holds one kind of value for the whole method (an
 * {@code Object} Python value, a {@code PyCell}, or the {@code int} line number), so frames
 * computed by ASM never need a common super class other than {@code Object}.
 */
final class MethodContext {
    final ModuleCompiler module;
    final Scope scope;
    final MethodVisitor mv;
    /** How Python names of this body are stored. */
    final BodyKind kind;

    /** JVM slot of each local or cell variable (cells hold a PyCell). */
    private final Map<String, Integer> slots = new HashMap<>();
    private int nextSlot;
    /** Slot of the int local holding the line being executed, read by the traceback handler. */
    int lineSlot = -1;
    private int emittedLine = -1;
    /** Locals bound on entry (parameters) and never unbound in the body: loads skip the unbound check. */
    final java.util.Set<String> alwaysBound = new java.util.HashSet<>();
    /** True for a generator body: slot 0 is the PyGenerator; return stores returnValue and returns null. */
    boolean generator;

    /** Number of local slots used so far (the body's max_locals once it is compiled). */
    int slotCount() {
        return nextSlot;
    }

    /** Slot of the ThreadState whose call depth this body counts (-1: not counted, e.g. generators). */
    int threadStateSlot = -1;

    static final String THREAD_STATE = "org/pyston/builtins/runtime/ThreadState";

    /** Emits the end of the body's call: depth back down, then return what is on the stack. */
    void emitReturn() {
        exitCall();
        mv.visitInsn(org.objectweb.asm.Opcodes.ARETURN);
    }

    /** Emits the depth decrement matching the prologue's enterCall (nothing when not counted). */
    void exitCall() {
        if (threadStateSlot < 0) return;
        mv.visitVarInsn(org.objectweb.asm.Opcodes.ALOAD, threadStateSlot);
        mv.visitMethodInsn(org.objectweb.asm.Opcodes.INVOKEVIRTUAL, THREAD_STATE, "exitCall", "()V", false);
    }

    /** Emits a load of this body's PyCode (for handlers that record traceback entries). */
    Runnable loadCode;
    /** Slot of the class namespace dict (class bodies only). */
    int namespaceSlot = -1;

    private final Deque<Block> blocks = new ArrayDeque<>();
    /** Try/catch entries, visited inner-first when the method ends (the JVM matches in table order). */
    final List<Runnable> deferredTryCatch = new ArrayList<>();

    enum BodyKind { MODULE, FUNCTION, CLASS }

    MethodContext(ModuleCompiler module, Scope scope, MethodVisitor mv, BodyKind kind, int firstFreeSlot) {
        this.module = module;
        this.scope = scope;
        this.mv = mv;
        this.kind = kind;
        this.nextSlot = firstFreeSlot;
    }

    // ---- local slots ----

    void bindSlot(String name, int slot) {
        slots.put(name, slot);
    }

    Integer slotOf(String name) {
        return slots.get(name);
    }

    /** The slot of a LOCAL variable; all of them are allocated (and set to null) on method entry. */
    int localSlot(String name) {
        Integer s = slots.get(name);
        if (s == null) throw new IllegalStateException("no slot for local '" + name + "' in " + scope.qualname());
        return s;
    }

    int newLocal(String name) {
        int s = nextSlot++;
        slots.put(name, s);
        return s;
    }

    /** A scratch slot for the compiler's own temporaries; slots are not reused, which keeps types stable. */
    int newTemp() {
        return nextSlot++;
    }

    /**
     * Forgets the value in temporary {@code slot} after its last use: the JVM treats a local slot
     * as a root while the frame runs, so a value left there (a subscript's new value, an
     * iterator) would outlive the statement and keep weak-reference callbacks from firing.
     */
    void clearTemp(int slot) {
        mv.visitInsn(org.objectweb.asm.Opcodes.ACONST_NULL);
        mv.visitVarInsn(org.objectweb.asm.Opcodes.ASTORE, slot);
    }

    // ---- lines ----

    /** Records that code for {@code span}'s line follows: a line-number entry and the line local. */
    void markLine(Span span) {
        int line = span.lineno();
        if (line <= 0 || line == emittedLine) return;
        emittedLine = line;
        Label l = new Label();
        mv.visitLabel(l);
        mv.visitLineNumber(line, l);
        pushInt(mv, line);
        mv.visitVarInsn(ISTORE, lineSlot);
    }

    /** Forgets the last line so the next statement stores it again (after a jump target). */
    void resetLine() {
        emittedLine = -1;
    }

    static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    // ---- blocks: loops and cleanups ----

    /** An enclosing construct that jumps interact with. */
    abstract static class Block {}

    static final class LoopBlock extends Block {
        final Label continueLabel, breakLabel;

        LoopBlock(Label continueLabel, Label breakLabel) {
            this.continueLabel = continueLabel;
            this.breakLabel = breakLabel;
        }
    }

    /**
     * Code that must run when control leaves a protected region by a jump (finally bodies, the
     * end of an exception handler, a with statement's exit). While the cleanup is emitted inline
     * for a jump, the region's exception ranges are closed so the cleanup is not protected by its
     * own handler.
     */
    static final class CleanupBlock extends Block {
        final Runnable emitCleanup;
        final ProtectedRange range;

        CleanupBlock(Runnable emitCleanup, ProtectedRange range) {
            this.emitCleanup = emitCleanup;
            this.range = range;
        }
    }

    void push(Block b) {
        blocks.push(b);
    }

    void pop() {
        blocks.pop();
    }

    boolean inLoop() {
        for (Block b : blocks) if (b instanceof LoopBlock) return true;
        return false;
    }

    /**
     * Emits the cleanups between here and the innermost loop (for break/continue) or all of them
     * (for return, when {@code loop} is false), and returns the loop block reached (or null).
     */
    LoopBlock unwindTo(boolean toLoop) {
        List<Block> passed = new ArrayList<>();
        LoopBlock target = null;
        for (Block b : blocks) {
            if (b instanceof LoopBlock lb) {
                if (toLoop) { target = lb; break; }
                continue;
            }
            passed.add(b);
        }
        // Run cleanups innermost first; each runs outside its own range but inside the outer ones.
        Deque<Block> saved = new ArrayDeque<>(blocks);
        for (Block b : passed) {
            CleanupBlock cb = (CleanupBlock) b;
            // While emitting this cleanup, only blocks outside it are enclosing.
            while (blocks.peek() != cb) blocks.pop();
            blocks.pop();
            cb.range.pause(mv);
            cb.emitCleanup.run();
        }
        blocks.clear();
        // Restore: iterate from the bottom so push order is preserved.
        List<Block> restore = new ArrayList<>(saved);
        for (int i = restore.size() - 1; i >= 0; i--) blocks.push(restore.get(i));
        for (Block b : passed) ((CleanupBlock) b).range.resume(mv);
        return target;
    }

    /**
     * A code region protected by one handler, possibly split into several JVM exception ranges
     * where inline cleanup code for jumps had to be left out.
     */
    static final class ProtectedRange {
        private final List<Label[]> pieces = new ArrayList<>();
        private Label open;

        void start(MethodVisitor mv) {
            open = new Label();
            mv.visitLabel(open);
        }

        void pause(MethodVisitor mv) {
            if (open == null) return;
            Label end = new Label();
            mv.visitLabel(end);
            pieces.add(new Label[] {open, end});
            open = null;
        }

        void resume(MethodVisitor mv) {
            if (open == null) start(mv);
        }

        void end(MethodVisitor mv) {
            pause(mv);
        }

        /** Registers the ranges with the handler; empty pieces are dropped (the JVM rejects them). */
        void register(MethodVisitor mv, Label handler, String type) {
            for (Label[] p : pieces) {
                if (!isEmpty(p[0], p[1])) mv.visitTryCatchBlock(p[0], p[1], handler, type);
            }
        }

        /**
         * Whether no instruction lies between the labels. Written straight to a ClassWriter the
         * labels have offsets; written to a MethodNode (generator bodies) they do not, and the
         * instructions between their LabelNodes are inspected instead.
         */
        private static boolean isEmpty(Label start, Label end) {
            if (start.info instanceof org.objectweb.asm.tree.LabelNode s && end.info instanceof org.objectweb.asm.tree.LabelNode e) {
                for (org.objectweb.asm.tree.AbstractInsnNode n = s; n != null && n != e; n = n.getNext()) {
                    if (n.getOpcode() >= 0) return false;
                }
                return true;
            }
            return start.getOffset() >= end.getOffset();
        }
    }
}
