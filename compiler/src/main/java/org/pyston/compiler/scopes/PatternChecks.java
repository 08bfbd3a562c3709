package org.pyston.compiler.scopes;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pyston.builtins.format.FloatFormatter;
import org.pyston.builtins.format.StrRepr;
import org.pyston.builtins.number.ComplexMethods;
import org.pyston.builtins.number.PyComplex;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Operator;
import org.pyston.compiler.ast.Pattern;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.ast.UnaryOperator;

/**
 * The SyntaxErrors CPython's compiler (not its parser or symtable) raises for the patterns of a
 * match statement: an irrefutable pattern ({@code case x:}, {@code case _:}, an alternative of an
 * or-pattern) that makes later ones unreachable, a name bound twice in one pattern, alternatives
 * binding different names, a keyword attribute repeated in a class pattern, a literal key repeated
 * in a mapping pattern (compared as Python values: {@code 0}, {@code False}, {@code -0.0} are one
 * key), and a capture of {@code __debug__}.
 *
 * <p>Positions follow compile.c's: an error is reported at the pattern compiled last (its
 * {@code SET_LOC} is never undone), except a duplicate key (at the mapping pattern) and a repeated
 * attribute (at that keyword's sub-pattern).
 */
final class PatternChecks {
    private final String filename;
    /** Names bound so far by the pattern being checked (compile.c's {@code pc->stores}). */
    private List<String> stores = new ArrayList<>();
    /** Whether an irrefutable pattern is allowed where the walk is ({@code pc->allow_irrefutable}). */
    private boolean allowIrrefutable;
    /** The span of the pattern entered last: compile.c's current location. */
    private Span loc;

    private PatternChecks(String filename) {
        this.filename = filename;
    }

    /** Checks the cases of one match statement, in order; throws the first error found. */
    static void checkCase(String filename, List<MatchCase> cases, int index) {
        MatchCase m = cases.get(index);
        int n = cases.size();
        boolean hasDefault = n > 1 && isWildcard(cases.get(n - 1).pattern());
        if (hasDefault && index == n - 1) {
            return; // a trailing "case _" is not compiled as a pattern
        }
        PatternChecks c = new PatternChecks(filename);
        c.loc = m.pattern().span();
        c.allowIrrefutable = m.guard() != null || index == n - 1;
        c.pattern(m.pattern());
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    private ScopeError error(String msg) {
        return new ScopeError(msg, filename, loc);
    }

    private void pattern(Pattern p) {
        loc = p.span();
        if (p instanceof Pattern.MatchAs as) {
            if (as.pattern() == null) {
                if (!allowIrrefutable) {
                    throw error(as.name() != null
                            ? "name capture '" + as.name() + "' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable");
                }
                store(as.name());
                return;
            }
            pattern(as.pattern());
            store(as.name());
        } else if (p instanceof Pattern.MatchStar s) {
            store(s.name());
        } else if (p instanceof Pattern.MatchSequence seq) {
            boolean starred = false;
            for (Pattern sub : seq.patterns()) {
                if (sub instanceof Pattern.MatchStar) {
                    if (starred) {
                        throw error("multiple starred names in sequence pattern");
                    }
                    starred = true;
                }
            }
            for (Pattern sub : seq.patterns()) {
                subpattern(sub);
            }
        } else if (p instanceof Pattern.MatchMapping map) {
            Span at = loc;
            Set<Object> seen = new HashSet<>();
            for (Expr key : map.keys()) {
                Object k = constantKey(key);
                if (k != null && !seen.add(k)) {
                    loc = at;
                    throw error("mapping pattern checks duplicate key (" + constantRepr(key) + ")");
                }
            }
            for (Pattern sub : map.patterns()) {
                subpattern(sub);
            }
            store(map.rest());
        } else if (p instanceof Pattern.MatchClass cls) {
            List<String> attrs = cls.kwd_attrs();
            for (int i = 0; i < attrs.size(); i++) {
                if (attrs.get(i).equals("__debug__")) {
                    loc = cls.kwd_patterns().get(i).span();
                    throw error("cannot assign to __debug__");
                }
                for (int j = i + 1; j < attrs.size(); j++) {
                    if (attrs.get(i).equals(attrs.get(j))) {
                        loc = cls.kwd_patterns().get(j).span();
                        throw error("attribute name repeated in class pattern: " + attrs.get(i));
                    }
                }
            }
            loc = p.span();
            for (Pattern sub : cls.patterns()) {
                subpattern(sub);
            }
            for (Pattern sub : cls.kwd_patterns()) {
                subpattern(sub);
            }
        } else if (p instanceof Pattern.MatchOr or) {
            List<String> outer = stores;
            boolean outerAllow = allowIrrefutable;
            List<String> control = null;
            List<Pattern> alts = or.patterns();
            for (int i = 0; i < alts.size(); i++) {
                stores = new ArrayList<>();
                allowIrrefutable = i == alts.size() - 1 && outerAllow;
                pattern(alts.get(i));
                if (control == null) {
                    control = stores;
                } else if (stores.size() != control.size() || !new HashSet<>(stores).equals(new HashSet<>(control))) {
                    throw error("alternative patterns bind different names");
                }
            }
            stores = outer;
            allowIrrefutable = outerAllow;
            for (String name : control) {
                store(name);
            }
        }
    }

    /** A sub-pattern of a sequence, mapping or class pattern: irrefutable is fine there. */
    private void subpattern(Pattern p) {
        boolean old = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = old;
    }

    private void store(String name) {
        if (name == null) {
            return;
        }
        if (name.equals("__debug__")) {
            throw error("cannot assign to __debug__");
        }
        if (stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern");
        }
        stores.add(name);
    }

    // ---- literal keys as Python values -----------------------------------------------------------

    /** A number as (real, imaginary) with integral reals as BigInteger, so that 1 == 1.0 == True == (1+0j). */
    private record Num(Object real, double imag) {}

    /**
     * A Java value equal (by {@code equals}) to the one of another key exactly when the Python
     * constants are equal; null for a key that is not a literal (a value pattern's attribute).
     */
    private static Object constantKey(Expr key) {
        Object v = constantValue(key);
        if (v == null) {
            return null;
        }
        if (v instanceof String || v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS) {
            return v;
        }
        if (v instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        double re;
        double im = 0;
        if (v instanceof PyComplex z) {
            re = z.real;
            im = z.imag;
        } else if (v instanceof Boolean b) {
            return new Num(b ? BigInteger.ONE : BigInteger.ZERO, 0);
        } else if (v instanceof BigInteger i) {
            return new Num(i, 0);
        } else {
            re = (Double) v;
        }
        Object real;
        if (!Double.isInfinite(re) && !Double.isNaN(re) && re == Math.rint(re)) {
            real = new BigDecimal(re).toBigIntegerExact();
        } else {
            real = re;
        }
        return new Num(real, im == 0 ? 0.0 : im);
    }

    /**
     * The constant a key denotes: BigInteger, Double, PyComplex, String, byte[], Boolean or a
     * {@link ConstantValue}; negative numbers and complex sums folded as CPython's AST optimizer
     * does. Null when the key is not a literal.
     */
    private static Object constantValue(Expr key) {
        if (key instanceof Expr.Constant c) {
            Object v = c.value();
            if (v instanceof ConstantValue.Imaginary im) {
                return new PyComplex(0, im.imag());
            }
            return v;
        }
        if (key instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            Object v = constantValue(u.operand());
            if (v instanceof BigInteger i) {
                return i.negate();
            }
            if (v instanceof Double d) {
                return -d;
            }
            if (v instanceof PyComplex z) {
                return new PyComplex(-z.real, -z.imag);
            }
            return null;
        }
        if (key instanceof Expr.BinOp b && (b.op() == Operator.Add || b.op() == Operator.Sub)) {
            Object l = constantValue(b.left());
            Object r = constantValue(b.right());
            if (!(r instanceof PyComplex z)) {
                return null;
            }
            double re = l instanceof BigInteger i ? i.doubleValue() : l instanceof Double d ? d : Double.NaN;
            return b.op() == Operator.Add ? new PyComplex(re + z.real, z.imag) : new PyComplex(re - z.real, -z.imag);
        }
        return null;
    }

    /** The repr CPython's message shows for a literal key. */
    private static String constantRepr(Expr key) {
        Object v = constantValue(key);
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof byte[] b) {
            return StrRepr.bytesRepr(b);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v == ConstantValue.NONE) {
            return "None";
        }
        if (v instanceof BigInteger i) {
            return i.toString();
        }
        if (v instanceof Double d) {
            return FloatFormatter.repr(d);
        }
        if (v instanceof PyComplex z) {
            return ComplexMethods.reprOf(z);
        }
        return String.valueOf(v);
    }
}
