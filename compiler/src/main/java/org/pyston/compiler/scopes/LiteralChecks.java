package org.pyston.compiler.scopes;

import java.math.BigInteger;
import java.util.List;

import org.pyston.compiler.ast.CmpOperator;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Stmt;
import org.pyston.compiler.ast.UnaryOperator;

/**
 * The compile-time SyntaxWarnings of CPython 3.11's compiler about literals used where they
 * cannot work: {@code x is "a"}, {@code "abc"(1)}, {@code 1[0]}, {@code [1, 2][0, 1]} (most likely
 * a missing comma) and {@code assert (x, "msg")}. Each check returns the warning, or null.
 *
 * <p>CPython folds constant tuples and signed numbers before it compiles, so {@code x is (1, 2)}
 * and {@code x is -1} compare with a constant too; {@link #isConstant} follows that folding.
 */
final class LiteralChecks {
    private LiteralChecks() {}

    /** {@code is} / {@code is not} with a constant operand other than None, True, False or Ellipsis. */
    static CompileWarning compare(Expr.Compare c) {
        Expr left = c.left();
        List<CmpOperator> ops = c.ops();
        for (int i = 0; i < ops.size(); i++) {
            Expr right = c.comparators().get(i);
            CmpOperator op = ops.get(i);
            if ((op == CmpOperator.Is || op == CmpOperator.IsNot) && (isLiteral(left) || isLiteral(right))) {
                String msg = op == CmpOperator.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?";
                return new CompileWarning("SyntaxWarning", msg, c.span());
            }
            left = right;
        }
        return null;
    }

    private static boolean isLiteral(Expr e) {
        if (!isConstant(e)) return false;
        if (e instanceof Expr.Constant k) {
            Object v = k.value();
            return !(v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS || v instanceof Boolean);
        }
        return true;
    }

    /** {@code f(...)} where f is a display, a comprehension, an f-string or a constant. */
    static CompileWarning callee(Expr.Call call) {
        Expr f = call.func();
        boolean literal = isConstant(f) || f instanceof Expr.Tuple || f instanceof Expr.ListExpr
                || f instanceof Expr.ListComp || f instanceof Expr.Dict || f instanceof Expr.DictComp
                || f instanceof Expr.Set || f instanceof Expr.SetComp || f instanceof Expr.GeneratorExp
                || f instanceof Expr.JoinedStr || f instanceof Expr.FormattedValue;
        if (!literal) return null;
        return new CompileWarning("SyntaxWarning",
                "'" + typeName(f) + "' object is not callable; perhaps you missed a comma?", call.span());
    }

    /** A loaded {@code v[i]}: v cannot be subscripted at all, or i cannot index the sequence v. */
    static CompileWarning subscript(Expr.Subscript s) {
        Expr v = s.value();
        boolean unsubscriptable = v instanceof Expr.Set || v instanceof Expr.SetComp
                || v instanceof Expr.GeneratorExp || v instanceof Expr.Lambda;
        if (isConstant(v) && !(v instanceof Expr.Tuple)) {
            String t = typeName(v);
            unsubscriptable = t.equals("NoneType") || t.equals("ellipsis") || t.equals("int") || t.equals("bool")
                    || t.equals("float") || t.equals("complex");
        }
        if (unsubscriptable) {
            return new CompileWarning("SyntaxWarning",
                    "'" + typeName(v) + "' object is not subscriptable; perhaps you missed a comma?", s.span());
        }
        String index = inferredType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool")) return null;
        boolean sequence = v instanceof Expr.Tuple || v instanceof Expr.ListExpr || v instanceof Expr.ListComp
                || v instanceof Expr.JoinedStr || v instanceof Expr.FormattedValue
                || (v instanceof Expr.Constant k && (k.value() instanceof String || k.value() instanceof byte[]));
        if (!sequence) return null;
        return new CompileWarning("SyntaxWarning", typeName(v) + " indices must be integers or slices, not " + index
                + "; perhaps you missed a comma?", s.span());
    }

    /** {@code assert (test, msg)}: a non-empty tuple is always true. */
    static CompileWarning assertion(Stmt.Assert a) {
        if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            return new CompileWarning("SyntaxWarning", "assertion is always true, perhaps remove parentheses?", a.span());
        }
        return null;
    }

    /** A constant after CPython's folding: a literal, a signed number, or a tuple of constants. */
    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Constant) return true;
        if (e instanceof Expr.UnaryOp u && u.op() != UnaryOperator.Not) {
            return u.operand() instanceof Expr.Constant k && isNumber(k.value());
        }
        if (e instanceof Expr.Tuple t) {
            for (Expr x : t.elts()) if (!isConstant(x)) return false;
            return true;
        }
        return false;
    }

    private static boolean isNumber(Object v) {
        return v instanceof BigInteger || v instanceof Double || v instanceof ConstantValue.Imaginary || v instanceof Boolean;
    }

    /** The type name CPython's {@code infer_type} gives, or null when it cannot tell. */
    private static String inferredType(Expr e) {
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.ListExpr || e instanceof Expr.ListComp) return "list";
        if (e instanceof Expr.Dict || e instanceof Expr.DictComp) return "dict";
        if (e instanceof Expr.Set || e instanceof Expr.SetComp) return "set";
        if (e instanceof Expr.GeneratorExp) return "generator";
        if (e instanceof Expr.Lambda) return "function";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "str";
        if (e instanceof Expr.UnaryOp u && isConstant(u)) {
            Object v = ((Expr.Constant) u.operand()).value();
            return v instanceof Boolean ? "int" : constantType(v);
        }
        if (e instanceof Expr.Constant k) return constantType(k.value());
        return null;
    }

    private static String typeName(Expr e) {
        String t = inferredType(e);
        return t == null ? "object" : t;
    }

    private static String constantType(Object v) {
        if (v instanceof BigInteger) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof ConstantValue.Imaginary) return "complex";
        if (v instanceof String) return "str";
        if (v instanceof byte[]) return "bytes";
        if (v instanceof Boolean) return "bool";
        if (v == ConstantValue.NONE) return "NoneType";
        if (v == ConstantValue.ELLIPSIS) return "ellipsis";
        return "object";
    }
}
