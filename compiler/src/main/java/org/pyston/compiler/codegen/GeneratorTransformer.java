package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;

/**
 * Turns a generator body, compiled as an ordinary method {@code (PyGenerator)Object} with yield
 * markers, into a resumable state machine:
 * <ul>
 *   <li>each marker {@code GeneratorSupport.yieldValue(v)} becomes: spill the live locals and the
 *       operand stack below {@code v} into {@code gen.saved}, set {@code gen.state = k}, return v;
 *       followed by resume label k, which restores them and continues with the received value;</li>
 *   <li>the method starts with a {@code tableswitch} on {@code gen.state} to the resume labels.</li>
 * </ul>
 * The types of locals and stack entries at each yield come from ASM's data-flow analysis, so any
 * expression may contain a yield. Resume labels sit where the yields were, so exception ranges
 * (try, with, the traceback handler) cover them unchanged.
 */
final class GeneratorTransformer {
    private GeneratorTransformer() {}

    static final String SUPPORT = "org/pyston/indy/support/GeneratorSupport";
    static final String GENERATOR = "org/pyston/builtins/generator/Resumable";

    static boolean isYieldMarker(AbstractInsnNode insn) {
        return insn instanceof MethodInsnNode m && m.owner.equals(SUPPORT)
                && (m.name.equals("yieldValue") || m.name.equals("yieldFromValue"));
    }

    static void transform(MethodNode mn, String owner, int maxLocals, int lineSlot) {
        List<MethodInsnNode> markers = new ArrayList<>();
        for (AbstractInsnNode insn : mn.instructions) {
            if (isYieldMarker(insn)) markers.add((MethodInsnNode) insn);
        }
        mn.maxLocals = maxLocals;
        mn.maxStack = 1024;
        Frame<BasicValue>[] frames;
        try {
            SimpleVerifier verifier = new SimpleVerifier(Type.getObjectType(owner), Type.getType(Object.class), false);
            verifier.setClassLoader(GeneratorTransformer.class.getClassLoader());
            frames = new Analyzer<>(verifier).analyze(owner, mn);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("generator body of " + mn.name + " does not verify: " + e.getMessage(), e);
        }
        List<Frame<BasicValue>> markerFrames = new ArrayList<>();
        for (MethodInsnNode marker : markers) markerFrames.add(frames[mn.instructions.indexOf(marker)]);
        java.util.BitSet[] liveIn = liveLocals(mn, maxLocals);
        List<java.util.BitSet> markerLive = new ArrayList<>();
        for (MethodInsnNode marker : markers) markerLive.add(liveIn[mn.instructions.indexOf(marker)]);
        int temp = maxLocals; // scratch slots above every local of the body
        List<LabelNode> resumeLabels = new ArrayList<>();
        int k = 0;
        for (int m = 0; m < markers.size(); m++) {
            MethodInsnNode marker = markers.get(m);
            Frame<BasicValue> f = markerFrames.get(m);
            if (f == null) { // unreachable yield (after a return): drop it, keeping the stack shape
                continue;
            }
            k++;
            LabelNode resume = new LabelNode();
            resumeLabels.add(resume);
            InsnList code = new InsnList();
            int below = f.getStackSize() - 1;
            List<Integer> localSlots = new ArrayList<>();
            List<BasicValue> localValues = new ArrayList<>();
            java.util.BitSet live = markerLive.get(m);
            for (int slot = 1; slot < maxLocals; slot++) {
                BasicValue v = f.getLocal(slot);
                if (v == null || v == BasicValue.UNINITIALIZED_VALUE || v.getType() == null) continue;
                if (!live.get(slot)) continue; // read by no path from here before being written: not saved
                localSlots.add(slot);
                localValues.add(v);
            }
            int valueSlot = temp;
            int stackBase = temp + 1;
            // --- suspend: value aside, stack entries into scratch slots, everything into one array
            code.add(new VarInsnNode(ASTORE, valueSlot));
            for (int j = below - 1; j >= 0; j--) code.add(new VarInsnNode(storeOp(f.getStack(j)), stackBase + j));
            // Object values go to gen.saved, int values to gen.savedInts; both arrays are reused.
            List<int[]> refs = new ArrayList<>(), ints = new ArrayList<>(); // {slot, isStack}
            for (int i = 0; i < localSlots.size(); i++) {
                (isInt(localValues.get(i)) ? ints : refs).add(new int[] {localSlots.get(i)});
            }
            for (int j = 0; j < below; j++) (isInt(f.getStack(j)) ? ints : refs).add(new int[] {stackBase + j});
            ensureArray(code, "saved", "[Ljava/lang/Object;", refs.size());
            for (int i = 0; i < refs.size(); i++) {
                code.add(new InsnNode(DUP));
                code.add(pushInt(i));
                code.add(new VarInsnNode(ALOAD, refs.get(i)[0]));
                code.add(new InsnNode(AASTORE));
            }
            code.add(new InsnNode(POP));
            if (!ints.isEmpty()) {
                ensureArray(code, "savedInts", "[I", ints.size());
                for (int i = 0; i < ints.size(); i++) {
                    code.add(new InsnNode(DUP));
                    code.add(pushInt(i));
                    code.add(new VarInsnNode(ILOAD, ints.get(i)[0]));
                    code.add(new InsnNode(IASTORE));
                }
                code.add(new InsnNode(POP));
            }
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(pushInt(k));
            code.add(new FieldInsnNode(PUTFIELD, GENERATOR, "state", "I"));
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new VarInsnNode(ILOAD, lineSlot));
            code.add(new FieldInsnNode(PUTFIELD, GENERATOR, "suspendedLine", "I"));
            code.add(new VarInsnNode(ALOAD, valueSlot));
            code.add(new InsnNode(ARETURN));
            // --- resume: locals and stack back, then the received value (or the generator for yield from)
            code.add(resume);
            int arraySlot = valueSlot, intArraySlot = valueSlot + 1 + below;
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, GENERATOR, "saved", "[Ljava/lang/Object;"));
            code.add(new VarInsnNode(ASTORE, arraySlot));
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, GENERATOR, "savedInts", "[I"));
            code.add(new VarInsnNode(ASTORE, intArraySlot));
            int refIndex = 0, intIndex = 0;
            for (int i = 0; i < localSlots.size(); i++) {
                BasicValue v = localValues.get(i);
                if (isInt(v)) restoreInt(code, intArraySlot, intIndex++);
                else restoreRef(code, arraySlot, refIndex++, v);
                code.add(new VarInsnNode(storeOp(v), localSlots.get(i)));
            }
            for (int j = 0; j < below; j++) {
                BasicValue v = f.getStack(j);
                if (isInt(v)) restoreInt(code, intArraySlot, intIndex++);
                else restoreRef(code, arraySlot, refIndex++, v);
            }
            code.add(new VarInsnNode(ALOAD, 0));
            if (marker.name.equals("yieldValue")) {
                code.add(new MethodInsnNode(INVOKEVIRTUAL, GENERATOR, "received", "()Ljava/lang/Object;", false));
            }
            mn.instructions.insert(marker, code);
            mn.instructions.remove(marker);
        }
        // --- dispatch on the resume point. Every local is given a value of its kind first, so that
        // exception handlers whose ranges contain restore code never see an unassigned slot.
        boolean[] intSlot = new boolean[maxLocals];
        for (Frame<BasicValue> f : frames) {
            if (f == null) continue;
            for (int slot = 1; slot < maxLocals; slot++) {
                BasicValue v = f.getLocal(slot);
                if (v != null && v.getType() != null && v.getType().getSort() == Type.INT) intSlot[slot] = true;
            }
        }
        LabelNode start = new LabelNode();
        LabelNode bad = new LabelNode();
        InsnList dispatch = new InsnList();
        for (int slot = 1; slot < maxLocals; slot++) {
            dispatch.add(new InsnNode(intSlot[slot] ? ICONST_0 : ACONST_NULL));
            dispatch.add(new VarInsnNode(intSlot[slot] ? ISTORE : ASTORE, slot));
        }
        dispatch.add(new VarInsnNode(ALOAD, 0));
        dispatch.add(new FieldInsnNode(GETFIELD, GENERATOR, "state", "I"));
        LabelNode[] targets = new LabelNode[resumeLabels.size() + 1];
        targets[0] = start;
        for (int i = 0; i < resumeLabels.size(); i++) targets[i + 1] = resumeLabels.get(i);
        dispatch.add(new TableSwitchInsnNode(0, resumeLabels.size(), bad, targets));
        dispatch.add(bad);
        dispatch.add(new TypeInsnNode(NEW, "java/lang/IllegalStateException"));
        dispatch.add(new InsnNode(DUP));
        dispatch.add(new LdcInsnNode("generator resumed at an unknown point"));
        dispatch.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false));
        dispatch.add(new InsnNode(ATHROW));
        dispatch.add(start);
        mn.instructions.insert(dispatch);
        mn.maxStack = 0;
        mn.maxLocals = 0;
    }

    /**
     * Which local slots are live before each instruction (read on some path before being
     * written), exception edges included: a handler's live slots are live throughout its range.
     * Only these need saving at a yield; the rest are dead across it.
     */
    private static java.util.BitSet[] liveLocals(MethodNode mn, int maxLocals) {
        AbstractInsnNode[] insns = mn.instructions.toArray();
        int n = insns.length;
        java.util.BitSet[] in = new java.util.BitSet[n];
        for (int i = 0; i < n; i++) in[i] = new java.util.BitSet(maxLocals);
        List<List<Integer>> handlers = new ArrayList<>();
        for (int i = 0; i < n; i++) handlers.add(new ArrayList<>());
        for (org.objectweb.asm.tree.TryCatchBlockNode tcb : mn.tryCatchBlocks) {
            int start = mn.instructions.indexOf(tcb.start), end = mn.instructions.indexOf(tcb.end);
            int handler = mn.instructions.indexOf(tcb.handler);
            for (int i = start; i < end; i++) handlers.get(i).add(handler);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                AbstractInsnNode insn = insns[i];
                java.util.BitSet out = new java.util.BitSet(maxLocals);
                int op = insn.getOpcode();
                if (insn instanceof JumpInsnNode j) {
                    out.or(in[mn.instructions.indexOf(j.label)]);
                    if (op != GOTO && i + 1 < n) out.or(in[i + 1]);
                } else if (insn instanceof TableSwitchInsnNode ts) {
                    out.or(in[mn.instructions.indexOf(ts.dflt)]);
                    for (LabelNode l : ts.labels) out.or(in[mn.instructions.indexOf(l)]);
                } else if (insn instanceof org.objectweb.asm.tree.LookupSwitchInsnNode ls) {
                    out.or(in[mn.instructions.indexOf(ls.dflt)]);
                    for (LabelNode l : ls.labels) out.or(in[mn.instructions.indexOf(l)]);
                } else if (!(op >= IRETURN && op <= RETURN || op == ATHROW) && i + 1 < n) {
                    out.or(in[i + 1]);
                }
                if (insn instanceof VarInsnNode v) {
                    boolean wide = op == LLOAD || op == DLOAD || op == LSTORE || op == DSTORE;
                    if (op >= ISTORE && op <= ASTORE) {
                        out.clear(v.var);
                        if (wide) out.clear(v.var + 1);
                    } else {
                        out.set(v.var);
                        if (wide) out.set(v.var + 1);
                    }
                } else if (insn instanceof org.objectweb.asm.tree.IincInsnNode inc) {
                    out.set(inc.var);
                }
                // an exception may leave before this instruction's own write
                for (int h : handlers.get(i)) out.or(in[h]);
                if (!out.equals(in[i])) {
                    in[i] = out;
                    changed = true;
                }
            }
        }
        return in;
    }

    private static int storeOp(BasicValue v) {
        return v.getType().getSort() == Type.INT ? ISTORE : ASTORE;
    }

    private static boolean isInt(BasicValue v) {
        return v.getType().getSort() == Type.INT;
    }

    /** Pushes gen.FIELD, first replacing it with a new array when it is missing or shorter than {@code size}. */
    private static void ensureArray(InsnList code, String field, String desc, int size) {
        LabelNode ok = new LabelNode(), make = new LabelNode();
        code.add(new VarInsnNode(ALOAD, 0));
        code.add(new FieldInsnNode(GETFIELD, GENERATOR, field, desc));
        code.add(new InsnNode(DUP));
        code.add(new JumpInsnNode(IFNULL, make));
        code.add(new InsnNode(DUP));
        code.add(new InsnNode(ARRAYLENGTH));
        code.add(pushInt(size));
        code.add(new JumpInsnNode(IF_ICMPGE, ok));
        code.add(make);
        code.add(new InsnNode(POP));
        code.add(new VarInsnNode(ALOAD, 0));
        code.add(pushInt(size));
        if (desc.equals("[I")) code.add(new IntInsnNode(NEWARRAY, T_INT));
        else code.add(new TypeInsnNode(ANEWARRAY, "java/lang/Object"));
        code.add(new InsnNode(DUP_X1));
        code.add(new FieldInsnNode(PUTFIELD, GENERATOR, field, desc));
        code.add(ok);
    }

    private static void restoreInt(InsnList code, int arraySlot, int index) {
        code.add(new VarInsnNode(ALOAD, arraySlot));
        code.add(pushInt(index));
        code.add(new InsnNode(IALOAD));
    }

    /** Pushes element {@code index} of the saved array as the reference type it had when saved. */
    private static void restoreRef(InsnList code, int arraySlot, int index, BasicValue v) {
        Type t = v.getType();
        if (t.getSort() == Type.OBJECT && t.getInternalName().equals("null")) {
            code.add(new InsnNode(ACONST_NULL));
            return;
        }
        code.add(new VarInsnNode(ALOAD, arraySlot));
        code.add(pushInt(index));
        code.add(new InsnNode(AALOAD));
        if (!t.getInternalName().equals("java/lang/Object")) {
            code.add(new TypeInsnNode(CHECKCAST, t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName()));
        }
    }

    private static AbstractInsnNode pushInt(int v) {
        if (v >= -1 && v <= 5) return new InsnNode(ICONST_0 + v);
        if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) return new IntInsnNode(BIPUSH, v);
        if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) return new IntInsnNode(SIPUSH, v);
        return new LdcInsnNode(v);
    }
}
