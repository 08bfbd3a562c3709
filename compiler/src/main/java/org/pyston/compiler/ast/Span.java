package org.pyston.compiler.ast;

/**
 * Source position of a node: 1-based lines, 0-based columns counted in code points. The end is
 * exclusive, as CPython's end_col_offset.
 */
public record Span(int lineno, int col_offset, int end_lineno, int end_col_offset) {
    /** For nodes synthesised by the compiler that have no source text of their own. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** A span from the start of {@code a} to the end of {@code b}. */
    public static Span cover(Span a, Span b) {
        return new Span(a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
    }
}
