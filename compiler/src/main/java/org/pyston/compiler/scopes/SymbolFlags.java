package org.pyston.compiler.scopes;

/** What the source does with a name inside one block: CPython's DEF_* flag bits from symtable.h. */
final class SymbolFlags {
    private SymbolFlags() {}

    /** Declared {@code global}. */
    static final int DEF_GLOBAL = 1;
    /** Assigned, deleted or otherwise bound by a statement of this block. */
    static final int DEF_LOCAL = 1 << 1;
    /** A parameter. */
    static final int DEF_PARAM = 1 << 2;
    /** Declared {@code nonlocal} (also: a walrus target inside a comprehension, in the comprehension). */
    static final int DEF_NONLOCAL = 1 << 3;
    /** Read. */
    static final int USE = 1 << 4;
    /** Class block only: bound here and also free in a method, so the class passes the outer cell on. */
    static final int DEF_FREE_CLASS = 1 << 6;
    /** Bound by an import. */
    static final int DEF_IMPORT = 1 << 7;
    /** Annotated ({@code x: int}). */
    static final int DEF_ANNOT = 1 << 8;
    /** A comprehension's iteration variable. */
    static final int DEF_COMP_ITER = 1 << 9;

    /**
     * Not CPython's: the name appears in code the compiler emits (everything but a bare
     * {@code x: int} in a function), which is what puts a local into co_varnames.
     */
    static final int IN_CODE = 1 << 12;

    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
