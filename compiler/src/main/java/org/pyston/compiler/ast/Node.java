package org.pyston.compiler.ast;

/** Any AST node that carries a source position. */
public interface Node {
    Span span();
}
