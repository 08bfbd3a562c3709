package org.pyston.compiler.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Operator;
import org.pyston.compiler.ast.Pattern;
import org.pyston.compiler.ast.Span;
import org.pyston.compiler.ast.UnaryOperator;

/**
 * Builds match-statement patterns. The grammar parses names, dotted names and class patterns with
 * one rule and parenthesised groups and tuples with another; this class tells them apart the way
 * CPython's pattern rules do ('_' is the wildcard, a dotted name is a value pattern, one element
 * without a comma in parentheses is a group).
 */
final class PatternBuilder {
    private final ExprBuilder eb;

    PatternBuilder(ExprBuilder eb) { this.eb = eb; }

    /** The pattern after 'case': an open sequence becomes a MatchSequence. */
    Pattern patterns(PythonGrammar.PatternsContext ctx) {
        var items = ctx.seq_pattern_item();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            if (items.get(0).STAR() != null) {
                // a lone star pattern needs a comma (open_sequence_pattern): CPython stops at the next token
                var cb = (PythonGrammar.Case_blockContext) ctx.getParent();
                throw eb.error("invalid syntax", Spans.of(cb.IF() != null ? cb.IF().getSymbol() : cb.COLON().getSymbol()));
            }
            return pattern(items.get(0).pattern());
        }
        return new Pattern.MatchSequence(seqItems(items), Spans.of(ctx));
    }

    private List<Pattern> seqItems(List<PythonGrammar.Seq_pattern_itemContext> items) {
        List<Pattern> out = new ArrayList<>(items.size());
        for (var it : items) {
            if (it.STAR() != null) {
                String name = it.NAME().getText();
                out.add(new Pattern.MatchStar(name.equals("_") ? null : name, Spans.of(it)));
            } else {
                out.add(pattern(it.pattern()));
            }
        }
        return out;
    }

    Pattern pattern(PythonGrammar.PatternContext ctx) {
        Pattern p = orPattern(ctx.or_pattern());
        if (ctx.AS() == null) return p;
        String name = ctx.NAME().getText();
        if (name.equals("_")) throw eb.error("cannot use '_' as a target", Spans.of(ctx.NAME().getSymbol()));
        return new Pattern.MatchAs(p, name, Spans.of(ctx));
    }

    private Pattern orPattern(PythonGrammar.Or_patternContext ctx) {
        if (ctx.closed_pattern().size() == 1) return closed(ctx.closed_pattern(0));
        List<Pattern> alts = new ArrayList<>();
        for (var c : ctx.closed_pattern()) alts.add(closed(c));
        return new Pattern.MatchOr(alts, Spans.of(ctx));
    }

    private Pattern closed(PythonGrammar.Closed_patternContext ctx) {
        Span span = Spans.of(ctx);
        if (ctx instanceof PythonGrammar.LiteralPatternContext lp) {
            PythonGrammar.Literal_patternContext l = lp.literal_pattern();
            int type = l.start.getType();
            if (type == PythonGrammar.NONE) return new Pattern.MatchSingleton(ConstantValue.NONE, span);
            if (type == PythonGrammar.TRUE) return new Pattern.MatchSingleton(Boolean.TRUE, span);
            if (type == PythonGrammar.FALSE) return new Pattern.MatchSingleton(Boolean.FALSE, span);
            return new Pattern.MatchValue(literal(l), span);
        }
        if (ctx instanceof PythonGrammar.NamePatternContext np) {
            List<TerminalNode> names = np.NAME();
            if (np.LPAR() == null) {
                if (names.size() == 1) {
                    String n = names.get(0).getText();
                    return new Pattern.MatchAs(null, n.equals("_") ? null : n, span);
                }
                return new Pattern.MatchValue(dotted(names), span);
            }
            return classPattern(dotted(names), np.class_args(), span);
        }
        if (ctx instanceof PythonGrammar.ParenPatternContext pp) {
            var items = pp.seq_pattern_item();
            if (items.size() == 1 && pp.COMMA().isEmpty()) {
                if (items.get(0).STAR() != null) throw eb.error("invalid syntax", Spans.of(pp.stop));
                return pattern(items.get(0).pattern());
            }
            return new Pattern.MatchSequence(seqItems(items), span);
        }
        if (ctx instanceof PythonGrammar.ListPatternContext lp) {
            return new Pattern.MatchSequence(seqItems(lp.seq_pattern_item()), span);
        }
        var mp = (PythonGrammar.MappingPatternContext) ctx;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        for (var item : mp.mapping_item()) {
            if (rest != null) {
                // CPython's parser stops at the first token after "**rest,"
                throw eb.error("invalid syntax", item.literal_pattern() != null ? Spans.of(item.literal_pattern())
                    : Spans.of(item.NAME(0).getSymbol()));
            }
            if (item.DOUBLESTAR() != null) {
                rest = item.NAME(0).getText();
                if (rest.equals("_")) throw eb.error("invalid syntax", Spans.of(item.NAME(0).getSymbol()));
                continue;
            }
            Expr key = item.literal_pattern() != null ? literal(item.literal_pattern()) : dotted(item.NAME());
            keys.add(key);
            values.add(pattern(item.pattern()));
        }
        return new Pattern.MatchMapping(keys, values, rest, span);
    }

    private Pattern classPattern(Expr cls, PythonGrammar.Class_argsContext args, Span span) {
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        if (args != null) {
            for (var a : args.class_arg()) {
                if (a.EQUAL() != null) {
                    kwdAttrs.add(a.NAME().getText());
                    kwdPatterns.add(pattern(a.pattern()));
                } else {
                    if (!kwdAttrs.isEmpty()) throw eb.error("positional patterns follow keyword patterns", Spans.of(a));
                    positional.add(pattern(a.pattern()));
                }
            }
        }
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, span);
    }

    private static Expr dotted(List<TerminalNode> names) {
        PyToken first = (PyToken) names.get(0).getSymbol();
        Expr e = new Expr.Name(first.getText(), ExprContext.Load, Spans.of(first));
        for (int i = 1; i < names.size(); i++) {
            e = new Expr.Attribute(e, names.get(i).getText(), ExprContext.Load, Spans.of(first, names.get(i).getSymbol()));
        }
        return e;
    }

    /** A literal in a pattern: number (signed, or complex as a ± b j), string, None/True/False. */
    private Expr literal(PythonGrammar.Literal_patternContext l) {
        Span span = Spans.of(l);
        int type = l.start.getType();
        if (type == PythonGrammar.NONE) return new Expr.Constant(ConstantValue.NONE, null, span);
        if (type == PythonGrammar.TRUE) return new Expr.Constant(Boolean.TRUE, null, span);
        if (type == PythonGrammar.FALSE) return new Expr.Constant(Boolean.FALSE, null, span);
        if (type == PythonGrammar.STRING) {
            Expr s = eb.strings(l.STRING(), l);
            if (s instanceof Expr.JoinedStr) {
                throw eb.error("patterns may only match literals and attribute lookups", span);
            }
            return s;
        }
        List<TerminalNode> nums = l.NUMBER();
        PyToken n0 = (PyToken) nums.get(0).getSymbol();
        Expr left = new Expr.Constant(StringLiterals.number(n0.getText()), null, Spans.of(n0));
        if (l.start.getType() == PythonGrammar.MINUS) {
            left = new Expr.UnaryOp(UnaryOperator.USub, left, Spans.of(l.start, n0));
        }
        if (nums.size() == 1) return left;
        PyToken n1 = (PyToken) nums.get(1).getSymbol();
        Object rv = StringLiterals.number(n1.getText());
        if (left instanceof Expr.Constant c && c.value() instanceof ConstantValue.Imaginary
            || left instanceof Expr.UnaryOp u && ((Expr.Constant) u.operand()).value() instanceof ConstantValue.Imaginary) {
            throw eb.error("real number required in complex literal", left.span());
        }
        Expr right = new Expr.Constant(rv, null, Spans.of(n1));
        if (!(rv instanceof ConstantValue.Imaginary)) {
            throw eb.error("imaginary number required in complex literal", right.span());
        }
        Operator op = ((TerminalNode) l.getChild(l.getChildCount() - 2)).getSymbol().getType() == PythonGrammar.PLUS
            ? Operator.Add : Operator.Sub;
        return new Expr.BinOp(left, op, right, span);
    }
}
