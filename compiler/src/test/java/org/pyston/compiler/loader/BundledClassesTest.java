package org.pyston.compiler.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.pyston.compiler.PythonCompiler;

/** Classes compiled at build time: the file name placeholder is replaced when they are loaded. */
class BundledClassesTest {
    /** Every string constant of a class file. */
    private static List<String> strings(byte[] cls) throws java.io.IOException {
        ClassReader r = new ClassReader(cls);
        List<String> out = new ArrayList<>();
        for (int i = 1; i < r.getItemCount(); i++) {
            int at = r.getItem(i); // just after the entry's tag
            if (at > 0 && cls[at - 1] == 1) {
                out.add(new java.io.DataInputStream(new java.io.ByteArrayInputStream(cls, at, cls.length - at)).readUTF());
            }
        }
        return out;
    }

    @Test
    void testRelocate_replacesThePlaceholderEverywhere() throws Exception {
        // Tests that every use of the placeholder file name (module and function code objects) is
        // replaced, that other constants stay, and that the result is a valid class file.
        String placeholder = BundledClasses.placeholderFilename("lib/python3.11/m.py");
        String src = "import sys\ndef f(a, b=1.5):\n    return [x * 2 for x in range(a)]\nclass C:\n    def g(self): return 'm.py'\n";
        byte[] cls = PythonCompiler.compileModule(src, placeholder, "m").classBytes();
        assertTrue(strings(cls).contains(placeholder));
        String real = "/opt/pyston.jar/lib/python3.11/m.py";
        byte[] moved = BundledClasses.relocate(cls, placeholder, real);
        List<String> after = strings(moved);
        assertFalse(after.contains(placeholder));
        assertTrue(after.contains(real));
        assertTrue(after.contains("m.py"));
        assertEquals(strings(cls).size(), after.size());
        new ClassReader(moved).accept(new org.objectweb.asm.util.CheckClassAdapter(
                new org.objectweb.asm.ClassWriter(0), false), 0);
    }

    @Test
    void testRelocate_nonAsciiNames() throws Exception {
        String placeholder = BundledClasses.placeholderFilename("lib/python3.11/m.py");
        byte[] cls = PythonCompiler.compileModule("x = 'é'\n", placeholder, "m").classBytes();
        String real = "/tmp/dossier-été/pyston.jar/lib/python3.11/m.py";
        assertTrue(strings(BundledClasses.relocate(cls, placeholder, real)).contains(real));
    }
}
