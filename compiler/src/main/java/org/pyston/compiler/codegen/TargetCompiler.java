package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.compiler.codegen.RuntimeNames.*;

import java.util.List;

import org.objectweb.asm.MethodVisitor;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Expr.*;

/**
 * Assignment and deletion targets: names, attributes, subscripts, and (nested, starred) tuple
 * and list unpacking. {@link #store} expects the value on the operand stack and consumes it.
 */
final class TargetCompiler {
    private final MethodContext ctx;
    private final ExpressionCompiler expr;
    private final MethodVisitor mv;

    private static final String O = OBJECT_DESC;

    TargetCompiler(MethodContext ctx, ExpressionCompiler expr) {
        this.ctx = ctx;
        this.expr = expr;
        this.mv = ctx.mv;
    }

    /** Stores the value on the stack into {@code target}; the store reports the target's position. */
    void store(Expr target) {
        PositionTable.Position outer = ctx.setPosition(PositionTable.Position.of(target));
        storeAt(target);
        ctx.restorePosition(outer);
    }

    private void storeAt(Expr target) {
        if (target instanceof Name n) {
            NameAccess.store(ctx, n.id());
        } else if (target instanceof Attribute a) {
            expr.compile(a.value());
            mv.visitInsn(SWAP);
            Indy.site(mv, "setattr", "(" + O + O + ")V", expr.mangled(a.attr()));
        } else if (target instanceof Subscript s) {
            int tmp = ctx.newTemp();
            mv.visitVarInsn(ASTORE, tmp);
            expr.compile(s.value());
            expr.compile(s.slice());
            mv.visitVarInsn(ALOAD, tmp);
            ctx.clearTemp(tmp);
            Indy.site(mv, "setitem", "(" + O + O + O + ")V");
        } else if (target instanceof Tuple t) {
            unpack(t.elts(), t);
        } else if (target instanceof ListExpr l) {
            unpack(l.elts(), l);
        } else if (target instanceof Starred s) {
            throw Unsupported.syntax("starred assignment target must be in a list or tuple", s.span());
        } else {
            throw Unsupported.syntax("cannot assign to " + target.getClass().getSimpleName(), target.span());
        }
    }

    private void unpack(List<Expr> elts, Expr whole) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) throw Unsupported.syntax("multiple starred expressions in assignment", whole.span());
                star = i;
            }
        }
        if (star < 0) {
            MethodContext.pushInt(mv, elts.size());
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "unpack", "(" + O + "I)[" + O, false);
        } else {
            MethodContext.pushInt(mv, star);
            MethodContext.pushInt(mv, elts.size() - star - 1);
            mv.visitMethodInsn(INVOKESTATIC, BUILDERS, "unpackStarred", "(" + O + "II)[" + O, false);
        }
        int arr = ctx.newTemp();
        mv.visitVarInsn(ASTORE, arr);
        for (int i = 0; i < elts.size(); i++) {
            mv.visitVarInsn(ALOAD, arr);
            MethodContext.pushInt(mv, i);
            mv.visitInsn(AALOAD);
            Expr e = elts.get(i);
            store(e instanceof Starred s ? s.value() : e);
        }
        ctx.clearTemp(arr);
    }

    /** {@code del target}; the deletion reports the target's position. */
    void delete(Expr target) {
        PositionTable.Position outer = ctx.setPosition(PositionTable.Position.of(target));
        deleteAt(target);
        ctx.restorePosition(outer);
    }

    private void deleteAt(Expr target) {
        if (target instanceof Name n) {
            NameAccess.delete(ctx, n.id());
        } else if (target instanceof Attribute a) {
            expr.compile(a.value());
            Indy.site(mv, "delattr", "(" + O + ")V", expr.mangled(a.attr()));
        } else if (target instanceof Subscript s) {
            expr.compile(s.value());
            expr.compile(s.slice());
            Indy.site(mv, "delitem", "(" + O + O + ")V");
        } else if (target instanceof Tuple t) {
            for (Expr e : t.elts()) delete(e);
        } else if (target instanceof ListExpr l) {
            for (Expr e : l.elts()) delete(e);
        } else {
            throw Unsupported.syntax("cannot delete " + target.getClass().getSimpleName(), target.span());
        }
    }

    /** {@code target op= value}: the target's parts are evaluated once. */
    void augAssign(Expr target, String inplaceOp, Expr value) {
        String binop = "(" + O + O + ")" + O;
        if (target instanceof Name n) {
            expr.compile(n);
            expr.compile(value);
            Indy.site(mv, "binop", binop, inplaceOp);
            NameAccess.store(ctx, n.id());
        } else if (target instanceof Attribute a) {
            String attr = expr.mangled(a.attr());
            expr.compile(a.value());
            mv.visitInsn(DUP);
            // the load and the store report the target's position, the operation the statement's
            PositionTable.Position statement = ctx.setPosition(PositionTable.Position.of(target));
            Indy.site(mv, "getattr", Indy.objects(1), attr);
            ctx.restorePosition(statement);
            expr.compile(value);
            Indy.site(mv, "binop", binop, inplaceOp);
            ctx.setPosition(PositionTable.Position.of(target));
            Indy.site(mv, "setattr", "(" + O + O + ")V", attr);
            ctx.restorePosition(statement);
        } else if (target instanceof Subscript s) {
            expr.compile(s.value());
            expr.compile(s.slice());
            mv.visitInsn(DUP2);
            PositionTable.Position statement = ctx.setPosition(PositionTable.Position.of(target));
            Indy.site(mv, "getitem", Indy.objects(2));
            ctx.restorePosition(statement);
            expr.compile(value);
            Indy.site(mv, "binop", binop, inplaceOp);
            ctx.setPosition(PositionTable.Position.of(target));
            Indy.site(mv, "setitem", "(" + O + O + O + ")V");
            ctx.restorePosition(statement);
        } else {
            throw Unsupported.syntax("'" + target.getClass().getSimpleName() + "' is an illegal expression for augmented assignment", target.span());
        }
    }
}
