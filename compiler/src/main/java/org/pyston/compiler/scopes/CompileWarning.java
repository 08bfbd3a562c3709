package org.pyston.compiler.scopes;

import org.pyston.compiler.ast.Span;

/**
 * A warning CPython's compiler issues while compiling (not while running): {@code category} is
 * the warning class's name ("SyntaxWarning"), {@code message} CPython 3.11's text, {@code at} the
 * node it is about. Issued with {@code warnings.warn_explicit} for the file and line before the
 * code runs; under an "error" filter CPython raises a SyntaxError at {@code at} instead.
 */
public record CompileWarning(String category, String message, Span at) {}
