package org.pyston.compiler.codegen;

import java.math.BigInteger;
import java.util.List;

import org.pyston.builtins.format.FloatFormatter;
import org.pyston.builtins.format.StrRepr;
import org.pyston.builtins.number.ComplexMethods;
import org.pyston.builtins.number.PyComplex;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.compiler.ast.Arg;
import org.pyston.compiler.ast.Arguments;
import org.pyston.compiler.ast.BoolOperator;
import org.pyston.compiler.ast.Comprehension;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Expr.*;
import org.pyston.compiler.ast.Keyword;

/**
 * The source text of an annotation under {@code from __future__ import annotations} (PEP 563):
 * CPython's {@code ast_unparse.c}, whose spelling the strings in {@code __annotations__} follow
 * (its own precedence levels and parentheses, ", " separators, spaces around binary operators,
 * {@code repr} of constants with infinities as {@code 1e309}), not {@code ast.unparse}'s.
 */
final class AnnotationUnparser {
    // CPython's precedence levels, lowest first
    private static final int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5,
            PR_BOR = 6, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11,
            PR_FACTOR = 12, PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private AnnotationUnparser() {}

    /** The string CPython stores for the annotation {@code e}. */
    static String unparse(Expr e) {
        AnnotationUnparser u = new AnnotationUnparser();
        u.expr(e, PR_TEST);
        return u.out.toString();
    }

    private void open(boolean paren) {
        if (paren) out.append('(');
    }

    private void close(boolean paren) {
        if (paren) out.append(')');
    }

    private void expr(Expr e, int level) {
        if (e instanceof BoolOp b) {
            int pr = b.op() == BoolOperator.And ? PR_AND : PR_OR;
            open(level > pr);
            for (int i = 0; i < b.values().size(); i++) {
                if (i > 0) out.append(b.op() == BoolOperator.And ? " and " : " or ");
                expr(b.values().get(i), pr + 1);
            }
            close(level > pr);
        } else if (e instanceof BinOp b) {
            int pr = switch (b.op()) {
                case Add, Sub -> PR_ARITH;
                case Mult, MatMult, Div, Mod, FloorDiv -> PR_TERM;
                case LShift, RShift -> PR_SHIFT;
                case BitOr -> PR_BOR;
                case BitXor -> PR_BXOR;
                case BitAnd -> PR_BAND;
                case Pow -> PR_POWER;
            };
            int rassoc = b.op() == org.pyston.compiler.ast.Operator.Pow ? 1 : 0;
            open(level > pr);
            expr(b.left(), pr + rassoc);
            out.append(' ').append(b.op().symbol).append(' ');
            expr(b.right(), pr + 1 - rassoc);
            close(level > pr);
        } else if (e instanceof UnaryOp u) {
            String op;
            int pr;
            switch (u.op()) {
                case Invert -> { op = "~"; pr = PR_FACTOR; }
                case Not -> { op = "not "; pr = PR_NOT; }
                case UAdd -> { op = "+"; pr = PR_FACTOR; }
                default -> { op = "-"; pr = PR_FACTOR; }
            }
            open(level > pr);
            out.append(op);
            expr(u.operand(), pr);
            close(level > pr);
        } else if (e instanceof Lambda l) {
            open(level > PR_TEST);
            int positional = l.args().args().size() + l.args().posonlyargs().size();
            out.append(positional > 0 ? "lambda " : "lambda");
            arguments(l.args());
            out.append(": ");
            expr(l.body(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof IfExp i) {
            open(level > PR_TEST);
            expr(i.body(), PR_TEST + 1);
            out.append(" if ");
            expr(i.test(), PR_TEST + 1);
            out.append(" else ");
            expr(i.orelse(), PR_TEST);
            close(level > PR_TEST);
        } else if (e instanceof Dict d) {
            out.append('{');
            for (int i = 0; i < d.values().size(); i++) {
                if (i > 0) out.append(", ");
                Expr k = d.keys().get(i);
                if (k != null) {
                    expr(k, PR_TEST);
                    out.append(": ");
                    expr(d.values().get(i), PR_TEST);
                } else {
                    out.append("**");
                    expr(d.values().get(i), PR_BOR);
                }
            }
            out.append('}');
        } else if (e instanceof Set s) {
            if (s.elts().isEmpty()) {
                out.append("{*()}");
            } else {
                out.append('{');
                elements(s.elts());
                out.append('}');
            }
        } else if (e instanceof ListComp c) {
            comprehension("[", c.elt(), null, c.generators(), "]");
        } else if (e instanceof SetComp c) {
            comprehension("{", c.elt(), null, c.generators(), "}");
        } else if (e instanceof DictComp c) {
            comprehension("{", c.key(), c.value(), c.generators(), "}");
        } else if (e instanceof GeneratorExp c) {
            comprehension("(", c.elt(), null, c.generators(), ")");
        } else if (e instanceof Await a) {
            open(level > PR_AWAIT);
            out.append("await ");
            expr(a.value(), PR_ATOM);
            close(level > PR_AWAIT);
        } else if (e instanceof Yield y) {
            if (y.value() == null) {
                out.append("(yield)");
            } else {
                out.append("(yield ");
                expr(y.value(), PR_TEST);
                out.append(')');
            }
        } else if (e instanceof YieldFrom y) {
            out.append("(yield from ");
            expr(y.value(), PR_TEST);
            out.append(')');
        } else if (e instanceof Compare c) {
            open(level > PR_CMP);
            expr(c.left(), PR_CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                out.append(' ').append(c.ops().get(i).symbol).append(' ');
                expr(c.comparators().get(i), PR_CMP + 1);
            }
            close(level > PR_CMP);
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof Constant c) {
            constant(c);
        } else if (e instanceof JoinedStr j) {
            out.append('f').append(StrRepr.repr(fstringBody(j.values(), false)));
        } else if (e instanceof FormattedValue f) {
            out.append(fstringBody(List.of(f), false));
        } else if (e instanceof Attribute a) {
            expr(a.value(), PR_ATOM);
            // an int literal needs a space before the dot
            boolean intLiteral = a.value() instanceof Constant c && c.value() instanceof BigInteger;
            out.append(intLiteral ? " ." : ".").append(a.attr());
        } else if (e instanceof Subscript s) {
            expr(s.value(), PR_ATOM);
            out.append('[');
            expr(s.slice(), PR_TUPLE);
            out.append(']');
        } else if (e instanceof Starred s) {
            out.append('*');
            expr(s.value(), PR_BOR);
        } else if (e instanceof Name n) {
            out.append(n.id());
        } else if (e instanceof ListExpr l) {
            out.append('[');
            elements(l.elts());
            out.append(']');
        } else if (e instanceof Tuple t) {
            if (t.elts().isEmpty()) {
                out.append("()");
            } else {
                open(level > PR_TUPLE);
                elements(t.elts());
                if (t.elts().size() == 1) out.append(',');
                close(level > PR_TUPLE);
            }
        } else if (e instanceof Slice s) {
            if (s.lower() != null) expr(s.lower(), PR_TEST);
            out.append(':');
            if (s.upper() != null) expr(s.upper(), PR_TEST);
            if (s.step() != null) {
                out.append(':');
                expr(s.step(), PR_TEST);
            }
        } else if (e instanceof NamedExpr n) {
            open(level > PR_TUPLE);
            expr(n.target(), PR_ATOM);
            out.append(" := ");
            expr(n.value(), PR_ATOM);
            close(level > PR_TUPLE);
        } else {
            throw new IllegalArgumentException("not an expression: " + e);
        }
    }

    private void elements(List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) out.append(", ");
            expr(elts.get(i), PR_TEST);
        }
    }

    private void comprehension(String open, Expr elt, Expr value, List<Comprehension> gens, String close) {
        out.append(open);
        expr(elt, PR_TEST);
        if (value != null) {
            out.append(": ");
            expr(value, PR_TEST);
        }
        for (Comprehension g : gens) {
            out.append(g.is_async() ? " async for " : " for ");
            expr(g.target(), PR_TUPLE);
            out.append(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
        out.append(close);
    }

    private void call(Call c) {
        expr(c.func(), PR_ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof GeneratorExp g) {
            expr(g, PR_TEST); // the generator's own parentheses serve as the call's
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            if (!first) out.append(", ");
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) out.append(", ");
            first = false;
            if (k.arg() == null) out.append("**");
            else out.append(k.arg()).append('=');
            expr(k.value(), PR_TEST);
        }
        out.append(')');
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int npos = a.posonlyargs().size(), nargs = a.args().size(), ndef = a.defaults().size();
        for (int i = 0; i < npos + nargs; i++) {
            if (!first) out.append(", ");
            first = false;
            arg(i < npos ? a.posonlyargs().get(i) : a.args().get(i - npos));
            int di = i - npos - nargs + ndef;
            if (di >= 0) {
                out.append('=');
                expr(a.defaults().get(di), PR_TEST);
            }
            if (npos > 0 && i + 1 == npos) out.append(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) out.append(", ");
            first = false;
            out.append('*');
            if (a.vararg() != null) arg(a.vararg());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            out.append(", ");
            arg(a.kwonlyargs().get(i));
            Expr d = a.kw_defaults().get(i);
            if (d != null) {
                out.append('=');
                expr(d, PR_TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!first) out.append(", ");
            out.append("**");
            arg(a.kwarg());
        }
    }

    private void arg(Arg a) {
        out.append(a.arg());
        if (a.annotation() != null) {
            out.append(": ");
            expr(a.annotation(), PR_TEST);
        }
    }

    private void constant(Constant c) {
        Object v = c.value();
        if (v == ConstantValue.ELLIPSIS) {
            out.append("...");
            return;
        }
        if (c.kind() != null) out.append(c.kind());
        if (v == ConstantValue.NONE) out.append("None");
        else if (v instanceof Boolean b) out.append(b ? "True" : "False");
        else if (v instanceof BigInteger i) out.append(i);
        else if (v instanceof Double d) out.append(infinityAsLiteral(FloatFormatter.repr(d)));
        else if (v instanceof ConstantValue.Imaginary im) {
            out.append(infinityAsLiteral(ComplexMethods.reprOf(new PyComplex(0.0, im.imag()))));
        } else if (v instanceof String s) out.append(StrRepr.repr(s));
        else if (v instanceof byte[] b) out.append(BytesSupport.repr(b, b.length, "b"));
        else out.append(v);
    }

    /** CPython writes an infinite float constant as 1e309, which reads back as inf. */
    private static String infinityAsLiteral(String repr) {
        return repr.replace("inf", "1e309");
    }

    /** The text between an f-string's quotes: literal braces doubled, replacement fields in braces. */
    private static String fstringBody(List<Expr> values, boolean formatSpec) {
        StringBuilder sb = new StringBuilder();
        for (Expr v : values) {
            if (v instanceof Constant c && c.value() instanceof String s) {
                sb.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof JoinedStr j) {
                if (formatSpec) sb.append(fstringBody(j.values(), true));
                else sb.append('f').append(StrRepr.repr(fstringBody(j.values(), false)));
            } else if (v instanceof FormattedValue f) {
                AnnotationUnparser inner = new AnnotationUnparser();
                inner.expr(f.value(), PR_TEST + 1);
                String text = inner.out.toString();
                sb.append(text.startsWith("{") ? "{ " : "{").append(text);
                if (f.conversion() > 0) sb.append('!').append((char) f.conversion());
                if (f.format_spec() != null) {
                    sb.append(':');
                    if (f.format_spec() instanceof JoinedStr spec) sb.append(fstringBody(spec.values(), true));
                    else sb.append(fstringBody(List.of(f.format_spec()), true));
                }
                sb.append('}');
            }
        }
        return sb.toString();
    }
}
