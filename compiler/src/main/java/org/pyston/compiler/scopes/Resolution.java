package org.pyston.compiler.scopes;

/** CPython's symtable scope of a name inside one block, before {@link Scope#lookup} adds the block kind. */
enum Resolution { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT }
