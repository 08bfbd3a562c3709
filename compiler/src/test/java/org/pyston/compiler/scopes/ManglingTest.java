package org.pyston.compiler.scopes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ManglingTest {

    @Test
    void testMangle_privateName() {
        // Tests that __x inside C becomes _C__x and leading underscores of the class name are dropped.
        assertEquals("_C__x", Mangling.mangle("C", "__x"));
        assertEquals("_C__x", Mangling.mangle("__C", "__x"));
    }

    @Test
    void testMangle_leftAlone() {
        // Tests the names CPython never mangles: dunder names, single underscore, dotted, no class, all-underscore class.
        assertEquals("__init__", Mangling.mangle("C", "__init__"));
        assertEquals("_x", Mangling.mangle("C", "_x"));
        assertEquals("__", Mangling.mangle("C", "__"));
        assertEquals("__a.b", Mangling.mangle("C", "__a.b"));
        assertEquals("__x", Mangling.mangle(null, "__x"));
        assertEquals("__x", Mangling.mangle("___", "__x"));
    }
}
