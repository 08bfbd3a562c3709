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
 * next case on failure and bind capture names as they succeed (CPython leaves names bound by a
 * failed case's partial match unspecified; this binds them). Sequence, mapping and class patterns
 * use PatternSupport for the structural tests; values compare with ==, singletons with is.
 */
final class PatternCompiler {
    private static final String SUPPORT = "org/pyston/indy/support/PatternSupport";
    private static final String O = OBJECT_DESC;

    private final MethodContext ctx;
    private final MethodVisitor mv;
    private final ExpressionCompiler expr;
    private final StatementCompiler stmts;

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
            pattern(c.pattern(), subject, next);
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
                NameAccess.store(ctx, as.name());
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
                NameAccess.store(ctx, ((MatchStar) sub).name());
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

    private void mapping(MatchMapping map, int slot, Label fail) {
        mv.visitVarInsn(ALOAD, slot);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "isMapping", "(" + O + ")Z", false);
        mv.visitJumpInsn(IFEQ, fail);
        int keys = ctx.newTemp();
        expr.pushArray(map.keys());
        mv.visitVarInsn(ASTORE, keys);
        for (int i = 0; i < map.keys().size(); i++) {
            mv.visitVarInsn(ALOAD, slot);
            mv.visitVarInsn(ALOAD, keys);
            MethodContext.pushInt(mv, i);
            mv.visitInsn(AALOAD);
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "mappingGet", "(" + O + O + ")" + O, false);
            int v = ctx.newTemp();
            mv.visitInsn(DUP);
            mv.visitVarInsn(ASTORE, v);
            mv.visitJumpInsn(IFNULL, fail);
            pattern(map.patterns().get(i), v, fail);
        }
        if (map.rest() != null) {
            mv.visitVarInsn(ALOAD, slot);
            mv.visitVarInsn(ALOAD, keys);
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "mappingRest", "(" + O + "[" + O + ")" + O, false);
            NameAccess.store(ctx, map.rest());
        }
    }

    private void classPattern(MatchClass cls, int slot, Label fail) {
        expr.compile(cls.cls());
        int type = ctx.newTemp();
        mv.visitVarInsn(ASTORE, type);
        mv.visitVarInsn(ALOAD, slot);
        mv.visitVarInsn(ALOAD, type);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "isInstance", "(" + O + O + ")Z", false);
        mv.visitJumpInsn(IFEQ, fail);
        int n = cls.patterns().size();
        for (int i = 0; i < n; i++) {
            mv.visitVarInsn(ALOAD, slot);
            mv.visitVarInsn(ALOAD, type);
            MethodContext.pushInt(mv, i);
            MethodContext.pushInt(mv, n);
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "positionalAttribute", "(" + O + O + "II)" + O, false);
            attributeThen(cls.patterns().get(i), fail);
        }
        for (int i = 0; i < cls.kwd_attrs().size(); i++) {
            mv.visitVarInsn(ALOAD, slot);
            mv.visitLdcInsn(cls.kwd_attrs().get(i));
            mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "attribute", "(" + O + "L" + STRING + ";)" + O, false);
            attributeThen(cls.kwd_patterns().get(i), fail);
        }
    }

    /** Stack: an attribute value or null (absent) → matched against {@code p}. */
    private void attributeThen(Pattern p, Label fail) {
        int v = ctx.newTemp();
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, v);
        mv.visitJumpInsn(IFNULL, fail);
        pattern(p, v, fail);
    }

}
