package org.pyston.compiler.ast;

import java.util.List;

/**
 * Match-statement patterns (CPython's {@code pattern}).
 *
 * <p>Generated once from CPython 3.11's ASDL (Parser/Python.asdl); field names are CPython's so
 * that the {@code _ast} module can expose them unchanged. {@code span} holds lineno, col_offset,
 * end_lineno and end_col_offset (columns count code points of the line, 0-based; the {@code _ast} module converts to CPython's UTF-8 byte offsets).
 */
public sealed interface Pattern extends Node {

    <R> R accept(Visitor<R> v);

    /** One method per node type; codegen and analyses implement it. */
    interface Visitor<R> {
        R visit(MatchValue node);
        R visit(MatchSingleton node);
        R visit(MatchSequence node);
        R visit(MatchMapping node);
        R visit(MatchClass node);
        R visit(MatchStar node);
        R visit(MatchAs node);
        R visit(MatchOr node);
    }

    /** CPython's {@code MatchValue}. */
    record MatchValue(Expr value, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code MatchSingleton}. */
    record MatchSingleton(Object value, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code MatchSequence}. */
    record MatchSequence(List<Pattern> patterns, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code MatchMapping}. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code MatchClass}. */
    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwd_attrs, List<Pattern> kwd_patterns, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code MatchStar}. */
    record MatchStar(String name, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code MatchAs}. */
    record MatchAs(Pattern pattern, String name, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

    /** CPython's {@code MatchOr}. */
    record MatchOr(List<Pattern> patterns, Span span) implements Pattern {
        @Override public <R> R accept(Visitor<R> v) { return v.visit(this); }
    }

}
