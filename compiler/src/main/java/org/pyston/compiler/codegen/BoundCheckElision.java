package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * Removes the unbound-local checks ({@link NameAccess}'s {@code dup; ifnonnull ok; ...;
 * unboundLocal(name); athrow; ok:}) from reads of local variables that are bound on every path
 * to the read: {@code x = f(); ... x} needs no check, {@code if c: x = 1} then {@code x} keeps it.
 * A check is a sixth of a small function's bytecode; without them more Python functions fit
 * HotSpot's limits for compiling a method at all (8000 bytes) and for C1's register allocator.
 *
 * <p>The proof is a data-flow analysis of the method's bytecode (so it follows exception edges
 * exactly): a local is null only where the compiler stored {@code aconst_null} (unbound at entry,
 * {@code del x}, the end of an {@code except ... as x}) or where nothing was stored yet. A value
 * that comes from an {@code invokedynamic} (every Python operation) or a constant is never null;
 * any other source counts as possibly null.
 */
final class BoundCheckElision {
    private BoundCheckElision() {}

    /** Removes the provably redundant checks of {@code mn}, whose locals use {@code maxLocals} slots. */
    static void apply(MethodNode mn, String owner, int maxLocals) {
        int savedLocals = mn.maxLocals, savedStack = mn.maxStack;
        mn.maxLocals = Math.max(maxLocals, Type.getArgumentsAndReturnSizes(mn.desc) >> 2);
        mn.maxStack = 1024;
        Frame<Nullness>[] frames;
        try {
            frames = new Analyzer<>(new NullnessInterpreter()).analyze(owner, mn);
        } catch (AnalyzerException e) {
            // leave the method as it is: the checks are only redundant, never wrong
            mn.maxLocals = savedLocals;
            mn.maxStack = savedStack;
            return;
        }
        List<AbstractInsnNode> dead = new ArrayList<>();
        AbstractInsnNode[] insns = mn.instructions.toArray();
        for (int i = 0; i < insns.length; i++) {
            if (!(insns[i] instanceof VarInsnNode load) || load.getOpcode() != ALOAD) continue;
            Frame<Nullness> f = frames[i];
            if (f == null || f.getLocal(load.var) != Nullness.NON_NULL) continue;
            List<AbstractInsnNode> check = checkAfter(insns, i + 1);
            if (check != null) dead.addAll(check);
        }
        for (AbstractInsnNode n : dead) mn.instructions.remove(n);
        mn.maxLocals = savedLocals;
        mn.maxStack = savedStack;
    }

    /**
     * The instructions of an unbound-local check starting at {@code from}: dup, ifnonnull, pop,
     * ldc name, the position store (if any), invokestatic ExceptionSupport.unbound*, athrow; or
     * null when the code there is something else.
     */
    private static List<AbstractInsnNode> checkAfter(AbstractInsnNode[] insns, int from) {
        List<AbstractInsnNode> out = new ArrayList<>();
        int step = 0;
        for (int j = from; j < insns.length; j++) {
            AbstractInsnNode n = insns[j];
            if (n.getOpcode() < 0) continue; // labels, line numbers, frames
            switch (step) {
                case 0 -> { if (n.getOpcode() != DUP) return null; }
                case 1 -> { if (!(n instanceof JumpInsnNode jump) || jump.getOpcode() != IFNONNULL) return null; }
                case 2 -> { if (n.getOpcode() != POP) return null; }
                case 3 -> { if (!(n instanceof LdcInsnNode ldc) || !(ldc.cst instanceof String)) return null; }
                default -> {
                    if (n instanceof MethodInsnNode m && m.getOpcode() == INVOKESTATIC
                            && m.owner.equals(RuntimeNames.EXCEPTIONS) && m.name.startsWith("unbound")) {
                        out.add(n);
                        step = 100;
                        continue;
                    }
                    if (step >= 100) {
                        if (n.getOpcode() != ATHROW) return null;
                        out.add(n);
                        return out;
                    }
                    // the position of the error: push an int, store it in the location slot
                    boolean push = n.getOpcode() >= ICONST_M1 && n.getOpcode() <= SIPUSH
                            || n instanceof LdcInsnNode c && c.cst instanceof Integer;
                    if (!push && n.getOpcode() != ISTORE || step > 5) return null;
                }
            }
            out.add(n);
            step++;
        }
        return null;
    }

    /** What is known of a value: a non-null reference, possibly null, or a two-slot value. */
    enum Nullness implements Value {
        NON_NULL(1), MAYBE_NULL(1), WIDE(2);

        private final int size;

        Nullness(int size) {
            this.size = size;
        }

        @Override
        public int getSize() {
            return size;
        }
    }

    /** The transfer functions of the analysis (ASM's Analyzer runs them over every path). */
    private static final class NullnessInterpreter extends Interpreter<Nullness> {
        NullnessInterpreter() {
            super(ASM9);
        }

        private static Nullness of(Type t) {
            return t.getSize() == 2 ? Nullness.WIDE : Nullness.MAYBE_NULL;
        }

        @Override
        public Nullness newValue(Type type) {
            if (type == Type.VOID_TYPE) return null;
            return type == null ? Nullness.MAYBE_NULL : of(type);
        }

        @Override
        public Nullness newExceptionValue(org.objectweb.asm.tree.TryCatchBlockNode tcb, Frame<Nullness> handlerFrame,
                                          Type exceptionType) {
            return Nullness.NON_NULL;
        }

        @Override
        public Nullness newOperation(AbstractInsnNode insn) {
            switch (insn.getOpcode()) {
                case LCONST_0, LCONST_1, DCONST_0, DCONST_1:
                    return Nullness.WIDE;
                case LDC: {
                    Object c = ((LdcInsnNode) insn).cst;
                    if (c instanceof Long || c instanceof Double) return Nullness.WIDE;
                    if (c instanceof org.objectweb.asm.ConstantDynamic cd) {
                        return cd.getSize() == 2 ? Nullness.WIDE : Nullness.NON_NULL;
                    }
                    return Nullness.NON_NULL;
                }
                case NEW:
                    return Nullness.NON_NULL;
                case GETSTATIC:
                    return of(Type.getType(((FieldInsnNode) insn).desc));
                default:
                    return Nullness.MAYBE_NULL; // aconst_null, int constants
            }
        }

        @Override
        public Nullness copyOperation(AbstractInsnNode insn, Nullness value) {
            return value;
        }

        @Override
        public Nullness unaryOperation(AbstractInsnNode insn, Nullness value) {
            switch (insn.getOpcode()) {
                case LNEG, DNEG, I2L, I2D, L2D, F2L, F2D, D2L:
                    return Nullness.WIDE;
                case CHECKCAST:
                    return value;
                case NEWARRAY, ANEWARRAY:
                    return Nullness.NON_NULL;
                case GETFIELD:
                    return of(Type.getType(((FieldInsnNode) insn).desc));
                case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE, TABLESWITCH, LOOKUPSWITCH, IRETURN, LRETURN, FRETURN, DRETURN,
                        ARETURN, PUTSTATIC, ATHROW, MONITORENTER, MONITOREXIT, IFNULL, IFNONNULL:
                    return null;
                default:
                    return Nullness.MAYBE_NULL;
            }
        }

        @Override
        public Nullness binaryOperation(AbstractInsnNode insn, Nullness a, Nullness b) {
            switch (insn.getOpcode()) {
                case LALOAD, DALOAD, LADD, DADD, LSUB, DSUB, LMUL, DMUL, LDIV, DDIV, LREM, DREM, LSHL, LSHR, LUSHR,
                        LAND, LOR, LXOR:
                    return Nullness.WIDE;
                case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE, IF_ACMPEQ, IF_ACMPNE, PUTFIELD:
                    return null;
                default:
                    return Nullness.MAYBE_NULL;
            }
        }

        @Override
        public Nullness ternaryOperation(AbstractInsnNode insn, Nullness a, Nullness b, Nullness c) {
            return null;
        }

        @Override
        public Nullness naryOperation(AbstractInsnNode insn, List<? extends Nullness> values) {
            if (insn instanceof MultiANewArrayInsnNode) return Nullness.NON_NULL;
            String desc = insn instanceof InvokeDynamicInsnNode indy ? indy.desc : ((MethodInsnNode) insn).desc;
            Type result = Type.getReturnType(desc);
            if (result == Type.VOID_TYPE) return null;
            if (result.getSize() == 2) return Nullness.WIDE;
            // a Python operation's result is never null; other helpers may return null ("absent")
            return insn instanceof InvokeDynamicInsnNode && result.getSort() == Type.OBJECT ? Nullness.NON_NULL
                    : Nullness.MAYBE_NULL;
        }

        @Override
        public void returnOperation(AbstractInsnNode insn, Nullness value, Nullness expected) {}

        @Override
        public Nullness merge(Nullness a, Nullness b) {
            if (a == b) return a;
            return Nullness.MAYBE_NULL; // differing kinds: unusable, or possibly null
        }
    }
}
