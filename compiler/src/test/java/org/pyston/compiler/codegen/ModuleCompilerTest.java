package org.pyston.compiler.codegen;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.util.CheckClassAdapter;
import org.pyston.compiler.PythonCompiler;

/** Tests of the generated class files: their shape, their dynamic sites, and that they verify. */
class ModuleCompilerTest {

    private static byte[] compile(String src) {
        return PythonCompiler.compileModule(src, "t.py", "t").classBytes();
    }

    /** Names of the invokedynamic instructions of a method, in order. */
    private static List<String> indyNames(byte[] bytes, String method) {
        List<String> out = new ArrayList<>();
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                if (!name.equals(method)) return null;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bsm, Object... args) {
                        out.add(args.length > 0 ? n + ":" + args[0] : n);
                    }
                };
            }
        }, 0);
        return out;
    }

    private static String verify(byte[] bytes) {
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), ModuleCompilerTest.class.getClassLoader(), false, new PrintWriter(sw));
        return sw.toString();
    }

    @Test
    void testCompile_dynamicOperationsAreInvokedynamic() {
        // Tests that binary operations, calls, attribute loads and global loads are invokedynamic sites.
        byte[] b = compile("def f(a, b):\n    return g(a + b, a.x, a.m(b))\n");
        List<String> sites = indyNames(b, "f");
        assertTrue(sites.contains("global:g"), sites.toString());
        assertTrue(sites.contains("binop:Add"), sites.toString());
        assertTrue(sites.contains("getattr:x"), sites.toString());
        assertTrue(sites.contains("callmethod:m"), sites.toString());
        assertTrue(sites.contains("call:"), sites.toString());
    }

    @Test
    void testCompile_branchConditionsUseBooleanSites() {
        // Tests that `if a < b:` compiles to a boolean cmp site and a jump, not a truth test of an object.
        byte[] b = compile("def f(a, b):\n    if a < b:\n        return 1\n    return 2\n");
        List<String> sites = indyNames(b, "f");
        assertEquals(List.of("cmp:Lt"), sites);
    }

    @Test
    void testCompile_generatedClassesVerify() {
        // Tests that a module using every supported construct passes ASM's verifier.
        String src = String.join("\n",
                "import sys",
                "x = 1",
                "def outer(a, b=2, *args, k=3, **kw):",
                "    c = a",
                "    def inner(d):",
                "        nonlocal c",
                "        c += d",
                "        return c, [i * 2 for i in range(d) if i], {k: v for k, v in kw.items()}",
                "    return inner",
                "class C(object):",
                "    y = 2",
                "    def m(self, q):",
                "        self.q = q",
                "        return self.q",
                "try:",
                "    for i in range(3):",
                "        if i == 1:",
                "            continue",
                "        while i < 5:",
                "            i += 1",
                "            if i > 3: break",
                "        else:",
                "            pass",
                "except (ValueError, TypeError) as e:",
                "    print(e)",
                "except Exception:",
                "    raise",
                "else:",
                "    x = [1, *[2, 3]]",
                "finally:",
                "    del x",
                "a, (b, *c) = 1, (2, 3, 4)",
                "f = lambda z: z if z else -z",
                "s = f'{x!r:>10} and {y}'",
                "with open('f') as fh:",
                "    pass",
                "assert x, 'msg'",
                "");
        byte[] b = compile(src);
        assertEquals("", verify(b));
    }

    @Test
    void testCompile_reproducible() {
        // Tests that compiling the same source twice gives the same class bytes.
        String src = "def f(x):\n    return {'a': x, 'b': [x, x]}\nclass K:\n    pass\n";
        assertArrayEquals(compile(src), compile(src));
    }

    @Test
    void testCompile_lateSyntaxErrorNamesItsSpan() {
        // Tests that a syntax error found by code generation carries its line and its column span.
        var e = assertThrows(org.pyston.compiler.CompileError.class,
                () -> compile("x = 1\n*a, *b = [1, 2]\n"));
        assertEquals("SyntaxError", e.pythonType);
        assertEquals(2, e.lineno);
        assertEquals(1, e.offset);
        assertEquals(7, e.endOffset);
        assertTrue(e.msg.contains("multiple starred expressions"), e.msg);
    }
}
