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
        this.mv = new PositionRecorder(mv);
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

    /**
     * Cells kept in an array local rather than one slot each: {name -> {array slot, index}}.
     * Generator bodies use this for their closure and captured locals, so a yield saves and
     * restores one array instead of every cell (a closure of 17 names over 16 yields made
     * json's {@code _iterencode_dict} body pass HotSpot's 8000-byte compile limit).
     */
    private final Map<String, int[]> arrayCells = new HashMap<>();

    void bindArrayCell(String name, int arraySlot, int index) {
        arrayCells.put(name, new int[] {arraySlot, index});
    }

    /** Whether {@code name} has a cell in this body (own or free). */
    boolean hasCell(String name) {
        return arrayCells.containsKey(name) || slots.containsKey(name);
    }

    /** Pushes the PyCell of a CELL or FREE variable. */
    void pushCell(String name) {
        int[] at = arrayCells.get(name);
        if (at != null) {
            mv.visitVarInsn(org.objectweb.asm.Opcodes.ALOAD, at[0]);
            pushInt(mv, at[1]);
            mv.visitInsn(org.objectweb.asm.Opcodes.AALOAD);
            return;
        }
        Integer slot = slots.get(name);
        if (slot == null) throw new IllegalStateException("no cell for '" + name + "' in " + scope.qualname());
        mv.visitVarInsn(org.objectweb.asm.Opcodes.ALOAD, slot);
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

    // ---- source positions ----

    /**
     * The source positions raising operations of this body report (CPython's {@code co_positions()}),
     * emitted with the class as {@link PositionTable#fieldName}.
     */
    final PositionTable positions = new PositionTable();
    /** The position the next raising instruction reports (CPython's "current location"); null: none yet. */
    private PositionTable.Position pending;
    /** Index of the position the line local holds on every path to here, or -1 when unknown. */
    private int storedIndex = -1;
    private int emittedLine = -1;

    /** The position of the statement about to be compiled: its instructions report it unless an expression says otherwise. */
    void markLine(Span span) {
        setPosition(PositionTable.Position.of(span));
    }

    /** Makes {@code p} the position of the instructions that follow; returns the one it replaces. */
    PositionTable.Position setPosition(PositionTable.Position p) {
        PositionTable.Position old = pending;
        if (p != null && p.line() > 0) pending = p;
        return old;
    }

    /** Restores a position returned by {@link #setPosition} (the enclosing node's, after a child). */
    void restorePosition(PositionTable.Position p) {
        pending = p;
    }

    /**
     * Forgets what the line local holds (after a jump target or an unconditional jump) and drops
     * the pending position, so the next statement stores its own.
     */
    void resetLine() {
        storedIndex = -1;
        pending = null;
    }

    /**
     * Before an instruction that may raise: stores the pending position's index in the line local
     * (as {@code -1 - index}, so non-negative values stay plain line numbers) unless it holds it
     * already, and gives the JVM a line-number entry when the line changes. C2 keeps such constant
     * stores in its debug information only, so the hot path pays nothing for them.
     */
    private void flushPosition(MethodVisitor target) {
        if (pending == null || lineSlot < 0 || pending.line() <= 0) return;
        int index = positions.indexOf(pending);
        if (index == storedIndex) return;
        storedIndex = index;
        if (pending.line() != emittedLine) {
            emittedLine = pending.line();
            Label l = new Label();
            target.visitLabel(l);
            target.visitLineNumber(emittedLine, l);
        }
        pushInt(target, -1 - index);
        target.visitVarInsn(ISTORE, lineSlot);
    }

    /**
     * The method visitor the body is written through: it stores the pending position before each
     * instruction that can raise, and forgets the stored one at every label (a label may be a jump
     * target reached with another position in the local).
     */
    private final class PositionRecorder extends MethodVisitor {
        PositionRecorder(MethodVisitor target) {
            super(ASM9, target);
        }

        @Override
        public void visitLabel(Label label) {
            storedIndex = -1;
            super.visitLabel(label);
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            // Only a handler reads the line local: what was pending belongs to the protected code.
            if (opcode == ILOAD && var == lineSlot) pending = null;
            super.visitVarInsn(opcode, var);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            flushPosition(mv);
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, org.objectweb.asm.Handle bsm, Object... args) {
            flushPosition(mv);
            super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == ATHROW) flushPosition(mv);
            super.visitInsn(opcode);
        }
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
