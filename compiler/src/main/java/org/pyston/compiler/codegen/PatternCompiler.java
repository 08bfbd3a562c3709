package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.compiler.codegen.RuntimeNames.*;

import java.util.List;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Pattern;
import org.pyston.compiler.ast.Pattern.*;
import org.pyston.compiler.ast.Stmt;

/**
 * The match statement: each case's pattern compiles to tests on the subject that jump to the
 * next case on failure. Captures go to a temporary per name and are stored to the names only once
 * the whole pattern matched (before the guard), as CPython's code does: a failed case, or one that
 * raised, binds nothing. Sequence, mapping and class patterns use PatternSupport for the
 * structural tests; values compare with ==, singletons with is.
 */
final class PatternCompiler {
    private static final String SUPPORT = "org/pyston/indy/support/PatternSupport";
    private static final String O = OBJECT_DESC;

    private final MethodContext ctx;
    private final MethodVisitor mv;
    private final ExpressionCompiler expr;
    private final StatementCompiler stmts;
    /** The temporary holding each capture name of the case being compiled, in binding order. */
    private java.util.Map<String, Integer> captures;

    PatternCompiler(MethodContext ctx, ExpressionCompiler expr, StatementCompiler stmts) {
        this.ctx = ctx;
        this.mv = ctx.mv;
        this.expr = expr;
        this.stmts = stmts;
    }

    void compile(Stmt.Match node) {
        expr.compile(node.subject());
        int subject = ctx.newTemp();
        mv.visitVarInsn(ASTORE, subject);
        Label end = new Label();
        for (MatchCase c : node.cases()) {
            Label next = new Label();
            ctx.markLine(c.pattern().span());
            captures = new java.util.LinkedHashMap<>();
            collectNames(c.pattern());
            for (int slot : captures.values()) {
                // every path to the stores below binds every name, but the verifier wants them defined
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, slot);
            }
            pattern(c.pattern(), subject, next);
            for (java.util.Map.Entry<String, Integer> e : captures.entrySet()) {
                mv.visitVarInsn(ALOAD, e.getValue());
                NameAccess.store(ctx, e.getKey());
                ctx.clearTemp(e.getValue());
            }
            if (c.guard() != null) expr.branchIfFalse(c.guard(), next);
            stmts.compileBlock(c.body());
            mv.visitJumpInsn(GOTO, end);
            mv.visitLabel(next);
            ctx.resetLine();
        }
        mv.visitLabel(end);
        ctx.resetLine();
    }

    /** Tests the value in {@code slot} against {@code p}; jumps to {@code fail} when it does not match. */
    private void pattern(Pattern p, int slot, Label fail) {
        if (p instanceof MatchAs as) {
            if (as.pattern() != null) pattern(as.pattern(), slot, fail);
            if (as.name() != null) {
                mv.visitVarInsn(ALOAD, slot);
                bind(as.name());
            }
        } else if (p instanceof MatchValue v) {
            mv.visitVarInsn(ALOAD, slot);
            expr.compile(v.value());
            Indy.site(mv, "cmp", "(" + O + O + ")Z", "Eq");
            mv.visitJumpInsn(IFEQ, fail);
        } else if (p instanceof MatchSingleton s) {
            mv.visitVarInsn(ALOAD, slot);
            ExpressionCompiler.loadConstant(mv, s.value() == null ? ConstantValue.NONE : s.value(), s.span());
            Indy.site(mv, "is", "(" + O + O + ")Z");
            mv.visitJumpInsn(IFEQ, fail);
        } else if (p instanceof MatchOr or) {
            Label matched = new Label();
            List<Pattern> alts = or.patterns();
            for (int i = 0; i < alts.size(); i++) {
                Label nextAlt = i == alts.size() - 1 ? fail : new Label();
                pattern(alts.get(i), slot, nextAlt);
                mv.visitJumpInsn(GOTO, matched);
                if (nextAlt != fail) mv.visitLabel(nextAlt);
            }
            mv.visitLabel(matched);
        } else if (p instanceof MatchSequence seq) {
            sequence(seq.patterns(), slot, fail);
        } else if (p instanceof MatchMapping map) {
            mapping(map, slot, fail);
        } else if (p instanceof MatchClass cls) {
            classPattern(cls, slot, fail);
        } else {
            throw Unsupported.syntax("can't use starred name here", p.span());
        }
    }

    /**
     * A sequence pattern, as CPython 3.11 compiles it: the Py_TPFLAGS_SEQUENCE test, then
     * {@code len(subject)} against the number of sub-patterns; then nothing more when every
     * sub-pattern is a wildcard, {@code subject[i]} per sub-pattern (from the end after the star)
     * when the star is {@code *_}, else the subject unpacked as an assignment target would be.
     */
    private void sequence(List<Pattern> items, int slot, Label fail) {
        int size = items.size();
        int star = -1;
        boolean starWildcard = false;
        boolean onlyWildcard = true;
        for (int i = 0; i < size; i++) {
            Pattern p = items.get(i);
            if (p instanceof MatchStar ms) {
                star = i;
                starWildcard = ms.name() == null;
                onlyWildcard &= starWildcard;
            } else {
                onlyWildcard &= isWildcard(p);
            }
        }
        mv.visitVarInsn(ALOAD, slot);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "isSequence", "(" + O + ")Z", false);
        mv.visitJumpInsn(IFEQ, fail);
        if (star < 0 || size > 1) {
            // a lone star ([*_], [*rest]) takes any length: CPython does not ask for it
            mv.visitVarInsn(ALOAD, slot);
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "sequenceLength", "(" + O + ")J", false);
            mv.visitLdcInsn(Long.valueOf(star < 0 ? size : size - 1));
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(star < 0 ? IFNE : IFLT, fail);
        }
        if (onlyWildcard) {
            return;
        }
        if (starWildcard) {
            for (int i = 0; i < size; i++) {
                Pattern sub = items.get(i);
                if (i == star || isWildcard(sub)) continue;
                mv.visitVarInsn(ALOAD, slot);
                MethodContext.pushInt(mv, i < star ? i : size - i);
                mv.visitInsn(i < star ? ICONST_0 : ICONST_1);
                mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "sequenceItem", "(" + O + "IZ)" + O, false);
                int item = ctx.newTemp();
                mv.visitVarInsn(ASTORE, item);
                pattern(sub, item, fail);
            }
            return;
        }
        mv.visitVarInsn(ALOAD, slot);
        MethodContext.pushInt(mv, size);
        MethodContext.pushInt(mv, star);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "sequenceUnpack", "(" + O + "II)[" + O, false);
        int arr = ctx.newTemp();
        mv.visitVarInsn(ASTORE, arr);
        for (int i = 0; i < size; i++) {
            Pattern sub = items.get(i);
            if (isWildcard(sub)) continue;
            mv.visitVarInsn(ALOAD, arr);
            MethodContext.pushInt(mv, i);
            mv.visitInsn(AALOAD);
            if (i == star) {
                bind(((MatchStar) sub).name());
                continue;
            }
            int item = ctx.newTemp();
            mv.visitVarInsn(ASTORE, item);
            pattern(sub, item, fail);
        }
    }

    /** CPython's WILDCARD_CHECK: {@code _} (a capture pattern without a name). */
    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs as && as.pattern() == null && as.name() == null;
    }

    /** Value on the stack → the capture temporary of {@code name}. */
    private void bind(String name) {
        mv.visitVarInsn(ASTORE, captures.get(name));
    }

    /** Gives each name the pattern captures a temporary, in the order CPython stores them. */
    private void collectNames(Pattern p) {
        if (p instanceof MatchAs as) {
            if (as.pattern() != null) collectNames(as.pattern());
            addCapture(as.name());
        } else if (p instanceof MatchStar st) {
            addCapture(st.name());
        } else if (p instanceof MatchSequence seq) {
            for (Pattern sub : seq.patterns()) collectNames(sub);
        } else if (p instanceof MatchMapping map) {
            for (Pattern sub : map.patterns()) collectNames(sub);
            addCapture(map.rest());
        } else if (p instanceof MatchClass cls) {
            for (Pattern sub : cls.patterns()) collectNames(sub);
            for (Pattern sub : cls.kwd_patterns()) collectNames(sub);
        } else if (p instanceof MatchOr or) {
            for (Pattern sub : or.patterns()) collectNames(sub);
        }
    }

    private void addCapture(String name) {
        if (name != null && !captures.containsKey(name)) captures.put(name, ctx.newTemp());
    }

    /**
     * A mapping pattern: the Py_TPFLAGS_MAPPING test, then (with keys) {@code len >= nkeys} and
     * every key's value fetched with {@code subject.get(key, marker)} before any value sub-pattern
     * is tried (CPython's MATCH_KEYS, with its ValueError for a key repeated at run time).
     */
    private void mapping(MatchMapping map, int slot, Label fail) {
        mv.visitVarInsn(ALOAD, slot);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "isMapping", "(" + O + ")Z", false);
        mv.visitJumpInsn(IFEQ, fail);
        int keys = ctx.newTemp();
        expr.pushArray(map.keys());
        mv.visitVarInsn(ASTORE, keys);
        int n = map.keys().size();
        if (n > 0) {
            mv.visitVarInsn(ALOAD, slot);
            mv.visitVarInsn(ALOAD, keys);
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "mappingValues", "(" + O + "[" + O + ")[" + O, false);
            int values = ctx.newTemp();
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, values);
            mv.visitJumpInsn(IFNULL, fail);
            for (int i = 0; i < n; i++) {
                mv.visitVarInsn(ALOAD, values);
                MethodContext.pushInt(mv, i);
                mv.visitInsn(AALOAD);
                int v = ctx.newTemp();
                mv.visitVarInsn(ASTORE, v);
                pattern(map.patterns().get(i), v, fail);
            }
        }
        if (map.rest() != null) {
            mv.visitVarInsn(ALOAD, slot);
            mv.visitVarInsn(ALOAD, keys);
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "mappingRest", "(" + O + "[" + O + ")" + O, false);
            bind(map.rest());
        }
    }

    /**
     * A class pattern: the isinstance test, then every attribute the sub-patterns name fetched
     * (positional ones through {@code __match_args__}; an absent one fails the match, a repeated
     * one is a TypeError) before any sub-pattern is tried, as CPython's MATCH_CLASS.
     */
    private void classPattern(MatchClass cls, int slot, Label fail) {
        expr.compile(cls.cls());
        int type = ctx.newTemp();
        mv.visitVarInsn(ASTORE, type);
        mv.visitVarInsn(ALOAD, slot);
        mv.visitVarInsn(ALOAD, type);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "isInstance", "(" + O + O + ")Z", false);
        mv.visitJumpInsn(IFEQ, fail);
        int n = cls.patterns().size();
        List<String> kw = cls.kwd_attrs();
        if (n + kw.size() == 0) {
            return;
        }
        mv.visitVarInsn(ALOAD, slot);
        mv.visitVarInsn(ALOAD, type);
        MethodContext.pushInt(mv, n);
        MethodContext.pushInt(mv, kw.size());
        mv.visitTypeInsn(ANEWARRAY, STRING);
        for (int i = 0; i < kw.size(); i++) {
            mv.visitInsn(DUP);
            MethodContext.pushInt(mv, i);
            mv.visitLdcInsn(kw.get(i));
            mv.visitInsn(AASTORE);
        }
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "classAttributes", "(" + O + O + "I[L" + STRING + ";)[" + O, false);
        int values = ctx.newTemp();
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, values);
        mv.visitJumpInsn(IFNULL, fail);
        for (int i = 0; i < n + kw.size(); i++) {
            mv.visitVarInsn(ALOAD, values);
            MethodContext.pushInt(mv, i);
            mv.visitInsn(AALOAD);
            int v = ctx.newTemp();
            mv.visitVarInsn(ASTORE, v);
            pattern(i < n ? cls.patterns().get(i) : cls.kwd_patterns().get(i - n), v, fail);
        }
    }
}
