package org.pyston.srctest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs a few cases through the real {@code ./pyston} script as a subprocess (cwd = the case's
 * directory, argument "name.py", just as src-test/regen runs python3), plus the {@code -c} and
 * stdin ({@code -}) forms. This pins what the in-process test cannot: the script, the shaded
 * jar's manifest, real stdout/stderr encoding and the process exit status. The jar must exist
 * (mvn verify builds it before this module); a missing jar fails, it is never skipped.
 */
class PystonScriptTest {

  /** Cases chosen to cover: normal output, big ints, unicode output, tracebacks, exit codes, SyntaxError. */
  private static final List<String> CASES = List.of(
      "core/for_else_break",
      "numbers/int_overflow_promotion",
      "strings/str_unicode_emoji",
      "tracebacks/uncaught_through_three_levels",
      "sys/sys_exit_code",
      "sys/sys_exit_message",
      "syntax/syntax_error_unclosed_paren");

  private static final long TIMEOUT_SECONDS = Long.getLong("pyston.caseTimeoutSeconds", 60);

  private static Path root;
  private static Path script;

  @BeforeAll
  static void findScriptAndJar() {
    root = Paths.get(System.getProperty("pyston.root", "..")).toAbsolutePath().normalize();
    script = root.resolve("pyston");
    assertTrue(Files.isExecutable(script), "launcher script not found or not executable: " + script);
    String override = System.getenv("PYSTON_JAR");
    Path jar = override != null && !override.isEmpty()
        ? Paths.get(override) : root.resolve("lib-python/target/pyston.jar");
    if (!Files.isRegularFile(jar)) {
      fail("pyston.jar not found at " + jar + ". Build it first: `mvn -B verify` at the repo root"
          + " builds it before src-test, or `mvn -o -DskipTests package -pl lib-python -am`.");
    }
  }

  @TestFactory
  Stream<DynamicTest> casesThroughScript() {
    return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Path py = Case.casesRoot().resolve(name + ".py");
      Case c = Case.load(name, py);
      Result r = run(c.dir(), null, c.fileName());
      String report = c.compare(r.exit, r.stdout, r.stderr);
      if (report != null) {
        fail("./pyston " + c.fileName() + " (cwd " + c.dir() + ")\n" + report);
      }
    }));
  }

  /** Tests that -c runs a program given on the command line. */
  @Test
  void dashC() throws Exception {
    Result r = run(root, null, "-c", "print(1+1)");
    assertEquals("", r.stderr, "stderr of ./pyston -c");
    assertEquals(0, r.exit, "exit status of ./pyston -c");
    assertEquals("2\n", r.stdout, "stdout of ./pyston -c \"print(1+1)\"");
  }

  /** Tests that "-" reads the program from stdin and that the script passes stdin through. */
  @Test
  void programFromStdin() throws Exception {
    String name = "core/for_else_break";
    Case c = Case.load(name, Case.casesRoot().resolve(name + ".py"));
    Result r = run(c.dir(), c.script().toFile(), "-");
    String report = c.compare(r.exit, r.stdout, r.stderr);
    if (report != null) {
      fail("./pyston - < " + c.fileName() + "\n" + report);
    }
  }

  /** Tests that the exit status of sys.exit(n) comes through the script unchanged. */
  @Test
  void exitStatusPassesThrough() throws Exception {
    Result r = run(root, null, "-c", "import sys; print('x'); sys.exit(42)");
    assertEquals("x\n", r.stdout);
    assertEquals(42, r.exit, "exit status; stderr was:\n" + r.stderr);
  }

  /** A zip archive as the script (a zipapp): its __main__ runs with the archive as sys.path[0]. */
  @Test
  void zipappRunsItsMain() throws Exception {
    Path dir = Files.createTempDirectory("pyston-zipapp");
    Path app = dir.resolve("app.pyz");
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(app))) {
      zipEntry(z, "__main__.py", "import sys, helper\n"
          + "print(__name__, __file__.endswith('app.pyz/__main__.py'), type(__loader__).__name__)\n"
          + "print(sys.path[0].endswith('app.pyz'), sys.argv, helper.twice(21))\n");
      zipEntry(z, "helper.py", "def twice(x):\n    return 2 * x\n");
    }
    Result r = run(dir, null, "app.pyz", "a", "b");
    assertEquals("", r.stderr, "stderr of ./pyston app.pyz");
    assertEquals("__main__ True zipimporter\nTrue ['app.pyz', 'a', 'b'] 42\n", r.stdout);
    assertEquals(0, r.exit);
  }

  /** A directory as the script runs its __main__.py; without one, CPython's message and status 1. */
  @Test
  void directoryRunsItsMain() throws Exception {
    Path dir = Files.createTempDirectory("pyston-dirapp");
    Files.createDirectory(dir.resolve("app"));
    Files.writeString(dir.resolve("app/__main__.py"), "import sys\nprint(__name__, sys.argv, sys.path[0].endswith('/app'))\n");
    Result r = run(dir, null, "app", "x");
    assertEquals("", r.stderr, "stderr of ./pyston app");
    assertEquals("__main__ ['app', 'x'] True\n", r.stdout);
    Files.createDirectory(dir.resolve("empty"));
    r = run(dir, null, "empty");
    assertEquals("pyston: can't find '__main__' module in '" + dir.resolve("empty") + "'\n", r.stderr);
    assertEquals(1, r.exit);
  }

  /** A script that is not UTF-8 and declares no encoding: CPython's SyntaxError, no traceback. */
  @Test
  void nonUtf8ScriptIsASyntaxError() throws Exception {
    Path dir = Files.createTempDirectory("pyston-latin1");
    Files.write(dir.resolve("latin.py"), "x = 1\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    Result r = run(dir, null, "latin.py");
    assertEquals("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + dir.resolve("latin.py")
        + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", r.stderr);
    assertEquals(1, r.exit);
  }

  private static void zipEntry(java.util.zip.ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new java.util.zip.ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  private record Result(int exit, String stdout, String stderr) {}

  private static Result run(Path cwd, File stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    if (stdin != null) {
      pb.redirectInput(stdin);
    } else {
      pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    }
    Process p = pb.start();
    if (stdin == null) {
      p.getOutputStream().close();
    }
    CompletableFuture<String> out = drain(p.getInputStream());
    CompletableFuture<String> err = drain(p.getErrorStream());
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail(String.join(" ", command) + " (cwd " + cwd + "): still running after "
          + TIMEOUT_SECONDS + " s");
    }
    return new Result(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
  }

  /** Reads a stream to its end on a thread of its own, so a full pipe can never block the child. */
  private static CompletableFuture<String> drain(InputStream in) {
    CompletableFuture<String> result = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try (in) {
        result.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        result.complete("<error reading stream: " + e + ">");
      }
    }, "drain");
    t.setDaemon(true);
    t.start();
    return result;
  }
}
