package org.pyston.srctest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;
import org.pyston.compiler.CompileError;
import org.pyston.compiler.PythonCompiler;
import org.pyston.compiler.parser.ParseError;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.scopes.ScopeError;

/**
 * Runs ASM's verifier (CheckClassAdapter) over the class compiled from every case of the corpus,
 * so bad bytecode fails a test here rather than a user's program. Cases that are compile errors
 * on purpose (the syntax/ area) are skipped by their error, not by name.
 */
class BytecodeVerificationTest {

    @TestFactory
    Stream<DynamicTest> everyCaseVerifies() throws Exception {
        Path root = Path.of(System.getProperty("pyston.cases", "cases"));
        return Files.walk(root).filter(p -> p.toString().endsWith(".py")).sorted()
                .map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> verify(p)));
    }

    private static void verify(Path file) throws Exception {
        String src = PythonParser.decodeSource(Files.readAllBytes(file));
        PythonCompiler.CompiledModule m;
        try {
            m = PythonCompiler.compileModule(src, file.getFileName().toString(), "__main__");
        } catch (ParseError | ScopeError | CompileError e) {
            return; // the differential test checks the error itself
        }
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(m.classBytes()), BytecodeVerificationTest.class.getClassLoader(), false,
                new PrintWriter(sw));
        assertEquals("", sw.toString(), "verifier output for " + file);
    }
}
