package org.pyston.compiler.scopes;

/**
 * How a name used in one scope is stored and looked up: the code generator picks its load, store
 * and delete instructions from this alone. These are CPython's symtable scopes (LOCAL, CELL, FREE,
 * GLOBAL_EXPLICIT, GLOBAL_IMPLICIT) combined with the kind of block, which is how CPython's
 * compiler chooses between LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_GLOBAL and LOAD_NAME.
 */
public enum SymbolKind {
    /** Bound in this function-like scope and not captured: a JVM local (CPython's LOAD_FAST). */
    LOCAL,
    /** Bound in this function-like scope and captured by an inner scope: lives in a cell (LOAD_DEREF). */
    CELL,
    /** Taken from an enclosing function scope through a cell (LOAD_DEREF on a free variable). */
    FREE,
    /** Declared {@code global} in this scope: module globals, then builtins (LOAD_GLOBAL/STORE_GLOBAL). */
    GLOBAL_EXPLICIT,
    /**
     * Only read in a function-like scope and bound in no enclosing function: module globals, then
     * builtins (LOAD_GLOBAL). Never assigned in this scope (an assignment would make it LOCAL).
     */
    GLOBAL_IMPLICIT,
    /**
     * In a class body: the class namespace, then module globals, then builtins for loads; stores and
     * deletes go to the class namespace (CPython's LOAD_NAME/STORE_NAME/DELETE_NAME).
     */
    CLASS_LOCAL,
    /**
     * Free in a class body (an enclosing function binds it): loads look in the class namespace first,
     * then in the cell (CPython's LOAD_CLASSDEREF); stores and deletes (possible only after a
     * {@code nonlocal} declaration) go to the cell.
     */
    FREE_CLASS,
    /** At module level: the module's globals dict, then builtins for loads (CPython's LOAD_NAME/STORE_NAME). */
    MODULE_NAME
}
