package org.pyston.compiler.ast;

/** {@code name as asname} in an import (CPython's {@code alias}); name may be dotted or {@code *}. */
public record Alias(String name, String asname, Span span) implements Node {}
