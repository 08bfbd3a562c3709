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
