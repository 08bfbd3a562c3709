package org.pyston.builtins.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pyston.builtins.module.MathModule;

class DeclarationIndexTest {
    private static Map<String, int[]> builtinsIndex() {
        return DeclarationIndex.load(DeclarationIndex.class.getClassLoader(), "org.pyston.builtins").classes();
    }

    @Test
    void testIndex_writtenByTheBuild() {
        // Tests that the build wrote the index of this module (process-classes runs before the tests).
        Map<String, int[]> index = builtinsIndex();
        assertFalse(index.isEmpty(), "no org/pyston/builtins/" + DeclarationIndex.RESOURCE + " on the class path");
        assertTrue(index.containsKey(MathModule.class.getName()));
    }

    @Test
    void testRead_sameAsReflection() throws ClassNotFoundException {
        // Tests that every indexed class reads back exactly the declarations reflection finds, in order.
        for (String name : builtinsIndex().keySet()) {
            Class<?> c = Class.forName(name, false, DeclarationIndex.class.getClassLoader());
            List<Declaration> indexed = DeclarationIndex.read(c);
            assertNotNull(indexed, name);
            assertEquals(Declaration.reflect(c), indexed, name);
        }
    }

    @Test
    void testHandle_resolvesIndexedMethod() throws Throwable {
        // Tests that a declaration read from the index links to its Java method.
        Declaration sqrt = DeclarationIndex.read(MathModule.class).stream()
                .filter(d -> d.name().equals("sqrt")).findFirst().orElseThrow();
        assertEquals(1, sqrt.parameterCount());
        Object r = sqrt.handle().invoke((Object) org.pyston.builtins.number.PyInt.valueOf(4));
        assertEquals("2.0", org.pyston.builtins.ops.Repr.repr(r).toString());
    }
}
