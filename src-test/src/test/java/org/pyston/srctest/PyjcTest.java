package org.pyston.srctest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests of ./pyjc: ahead-of-time compilation of modules into a runnable, reproducible jar. */
class PyjcTest {
    private static final Path ROOT = Path.of(System.getProperty("pyston.root", "..")).toAbsolutePath().normalize();

    private record Result(int exit, String out, String err) {}

    private static Result run(Path cwd, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("pyjc-out", ".txt"), err = Files.createTempFile("pyjc-err", ".txt");
        Process p = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + Arrays.toString(command));
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        String home = System.getProperty("java.home");
        return Path.of(home, "bin", "java").toString();
    }

    @Test
    void testPyjc_jarRunsWithImportsAndArgs(@TempDir Path dir) throws Exception {
        // Tests that pyjc compiles a main module and a module it imports into a jar that java -jar runs.
        assertTrue(Files.isRegularFile(ROOT.resolve("lib-python/target/pyston.jar")), "pyston.jar missing: run mvn verify");
        Files.writeString(dir.resolve("main.py"), "import sys\nimport helper\nprint(sys.argv[1:], helper.double(21))\n");
        Files.writeString(dir.resolve("helper.py"), "def double(x):\n    return x * 2\n");
        Result c = run(dir, ROOT.resolve("pyjc").toString(), "-o", "app.jar", "main.py", "helper.py");
        assertEquals(0, c.exit(), c.err());
        // run from another directory, so helper.py cannot be found as a source file
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Result r = run(elsewhere, java(), "-jar", dir.resolve("app.jar").toString(), "a", "b");
        assertEquals("['a', 'b'] 42\n", r.out(), r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void testPyjc_reproducibleJar(@TempDir Path dir) throws Exception {
        // Tests that compiling the same sources twice gives byte-identical jars.
        Files.writeString(dir.resolve("m.py"), "def f(x):\n    return [i * x for i in range(3)]\nprint(f(2))\n");
        List<byte[]> jars = new ArrayList<>();
        for (String name : new String[] {"a.jar", "b.jar"}) {
            Result c = run(dir, ROOT.resolve("pyjc").toString(), "-o", name, "m.py");
            assertEquals(0, c.exit(), c.err());
            jars.add(Files.readAllBytes(dir.resolve(name)));
        }
        assertArrayEquals(jars.get(0), jars.get(1));
    }

    @Test
    void testPyjc_syntaxErrorFailsTheBuild(@TempDir Path dir) throws Exception {
        // Tests that a syntax error stops pyjc with a message naming the file and line, and no jar.
        Files.writeString(dir.resolve("bad.py"), "x = (1,\n");
        Result c = run(dir, ROOT.resolve("pyjc").toString(), "-o", "bad.jar", "bad.py");
        assertEquals(1, c.exit());
        assertTrue(c.err().contains("bad.py") && c.err().contains("line 1"), c.err());
        assertFalse(Files.exists(dir.resolve("bad.jar")));
    }
}
