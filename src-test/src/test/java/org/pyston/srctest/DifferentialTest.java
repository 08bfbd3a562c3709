package org.pyston.srctest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of the differential corpus in this JVM through the launcher's public entry
 * point, {@code org.pyston.launcher.Main.run(args, stdin, stdout, stderr)}, exactly as
 * {@code ./pyston <absolute path of case>.py} would, and compares stdout, exit status and
 * normalised stderr with what CPython 3.11 produced (see {@link Case} and {@link Normalizer}).
 *
 * <p>One dynamic test per case, named by its path under cases/ ("core/for_else_break"). Select
 * cases with {@code -Dcase=core/for_else_break} (comma-separated; an area name or a prefix
 * selects several). Cases run in parallel as configured in junit-platform.properties. A case
 * that runs longer than {@code -Dpyston.caseTimeoutSeconds} (default 60) fails.
 */
class DifferentialTest {

  private static final long TIMEOUT_SECONDS = Long.getLong("pyston.caseTimeoutSeconds", 60);

  @TestFactory
  Stream<DynamicTest> corpus() {
    List<Case> cases = Case.discover();
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.script().toUri(), () -> runCase(c)));
  }

  private static void runCase(Case c) throws InterruptedException {
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    String[] args = {c.script().toString()};
    AtomicInteger status = new AtomicInteger();
    AtomicReference<Throwable> crash = new AtomicReference<>();
    // The launcher runs the program on its own big-stack thread; this thread only lets a hung
    // case fail after the timeout instead of hanging the build.
    Thread runner = new Thread(() -> {
      try {
        status.set(org.pyston.launcher.Main.run(args, new ByteArrayInputStream(new byte[0]), out, err));
      } catch (Throwable t) {
        crash.set(t);
      }
    }, "case " + c.name());
    runner.setDaemon(true);
    runner.start();
    runner.join(TIMEOUT_SECONDS * 1000);
    out.flush();
    err.flush();
    String stdout = outBytes.toString(StandardCharsets.UTF_8);
    String stderr = errBytes.toString(StandardCharsets.UTF_8);
    if (runner.isAlive()) {
      runner.interrupt();
      fail("case " + c.name() + ": still running after " + TIMEOUT_SECONDS + " s"
          + partial(stdout, stderr));
    }
    if (crash.get() != null) {
      StringWriter trace = new StringWriter();
      crash.get().printStackTrace(new PrintWriter(trace));
      fail("case " + c.name() + ": Main.run threw instead of returning an exit status\n"
          + trace + partial(stdout, stderr));
    }
    String report = c.compare(status.get(), stdout, stderr);
    if (report != null) {
      fail(report);
    }
  }

  private static String partial(String stdout, String stderr) {
    return "\n--- stdout so far ---\n" + stdout + "\n--- stderr so far ---\n" + stderr;
  }
}
