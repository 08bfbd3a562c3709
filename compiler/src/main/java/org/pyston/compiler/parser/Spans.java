package org.pyston.compiler.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.pyston.compiler.ast.Node;
import org.pyston.compiler.ast.Span;

/** Spans from tokens and parse-tree contexts; every token is a {@link PyToken}. */
final class Spans {
    private Spans() {}

    static Span of(Token t) {
        PyToken p = (PyToken) t;
        return new Span(p.getLine(), p.getCharPositionInLine(), p.endLine, p.endCol);
    }

    static Span of(Token start, Token stop) {
        PyToken a = (PyToken) start;
        PyToken b = (PyToken) stop;
        return new Span(a.getLine(), a.getCharPositionInLine(), b.endLine, b.endCol);
    }

    static Span of(ParserRuleContext ctx) {
        return of(ctx.start, ctx.stop);
    }

    static Span of(Token start, Node end) {
        PyToken a = (PyToken) start;
        return new Span(a.getLine(), a.getCharPositionInLine(), end.span().end_lineno(), end.span().end_col_offset());
    }

    static Span of(Token start, Span end) {
        PyToken a = (PyToken) start;
        return new Span(a.getLine(), a.getCharPositionInLine(), end.end_lineno(), end.end_col_offset());
    }

    static Span of(Span start, Token stop) {
        PyToken b = (PyToken) stop;
        return new Span(start.lineno(), start.col_offset(), b.endLine, b.endCol);
    }
}
