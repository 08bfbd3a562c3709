package org.pyston.srctest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the differential corpus: {@code cases/<area>/<name>.py} with the results CPython
 * 3.11 produced, {@code <name>.out} (stdout) and, when CPython wrote to stderr or exited non-zero,
 * {@code <name>.err} ("# exit: N" then the normalised stderr). No {@code .err} means exit status
 * 0 and empty stderr.
 *
 * @param name the path relative to the cases directory without ".py", e.g. "core/for_else_break"
 * @param script the absolute, normalised path of the .py file
 * @param expectedStdout the contents of the .out file
 * @param expectedExit the exit status CPython returned
 * @param expectedStderr the normalised stderr CPython wrote
 */
record Case(String name, Path script, String expectedStdout, int expectedExit, String expectedStderr) {

  static final String EXIT_PREFIX = "# exit: ";

  /** The directory the cases live in: system property pyston.cases, else ./cases. */
  static Path casesRoot() {
    return Paths.get(System.getProperty("pyston.cases", "cases")).toAbsolutePath().normalize();
  }

  /**
   * Every case under the cases root, sorted by name, restricted by the system property
   * {@code case} when it is set: a comma-separated list of case names ("core/for_else_break"),
   * area names ("core") or name prefixes ("core/for_"); a trailing ".py" is ignored.
   */
  static List<Case> discover() {
    Path root = casesRoot();
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("cases directory not found: " + root
          + " (set -Dpyston.cases=/path/to/src-test/cases)");
    }
    String filter = System.getProperty("case", "").trim();
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
          .sorted()
          .forEach(p -> {
            String rel = root.relativize(p).toString().replace('\\', '/');
            String name = rel.substring(0, rel.length() - 3);
            // cases are <area>/<name>.py; deeper files are modules the cases import
            if (name.indexOf('/') == name.lastIndexOf('/') && matches(name, filter)) {
              cases.add(load(name, p));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (cases.isEmpty()) {
      throw new IllegalStateException("no case matches -Dcase=" + filter + " under " + root);
    }
    return cases;
  }

  private static boolean matches(String name, String filter) {
    if (filter.isEmpty()) {
      return true;
    }
    for (String want : filter.split(",")) {
      want = want.trim();
      if (want.endsWith(".py")) {
        want = want.substring(0, want.length() - 3);
      }
      if (!want.isEmpty() && (name.equals(want) || name.startsWith(want))) {
        return true;
      }
    }
    return false;
  }

  /** Loads the expected results of the case whose script is {@code script}. */
  static Case load(String name, Path script) {
    String base = script.toString().substring(0, script.toString().length() - 3);
    Path out = Paths.get(base + ".out");
    Path err = Paths.get(base + ".err");
    if (!Files.exists(out)) {
      throw new IllegalStateException("missing " + out + ": run src-test/regen " + name);
    }
    String stdout = read(out);
    int exit = 0;
    String stderr = "";
    if (Files.exists(err)) {
      String text = read(err);
      int nl = text.indexOf('\n');
      String first = nl < 0 ? text : text.substring(0, nl);
      if (!first.startsWith(EXIT_PREFIX)) {
        throw new IllegalStateException(err + " must start with \"" + EXIT_PREFIX + "N\"");
      }
      exit = Integer.parseInt(first.substring(EXIT_PREFIX.length()).trim());
      stderr = nl < 0 ? "" : text.substring(nl + 1);
    }
    return new Case(name, script.toAbsolutePath().normalize(), stdout, exit, stderr);
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory holding the script, absolute. */
  Path dir() {
    return script.getParent();
  }

  /** The script's file name, e.g. "for_else_break.py". */
  String fileName() {
    return script.getFileName().toString();
  }

  /**
   * Compares what a run produced with what CPython produced. Returns null when they agree,
   * otherwise a report with a unified-style diff of each part that differs.
   */
  String compare(int exit, String stdout, String stderr) {
    String gotOut = Normalizer.normaliseStdout(stdout);
    String gotErr = Normalizer.normaliseStderr(stderr, dir().toString());
    StringBuilder report = new StringBuilder();
    if (!gotOut.equals(expectedStdout)) {
      report.append("stdout differs:\n")
          .append(TextDiff.unified(name + ".out (python3)", expectedStdout, "stdout (pyston)", gotOut));
    }
    if (exit != expectedExit) {
      report.append("exit status differs: python3 ").append(expectedExit)
          .append(", pyston ").append(exit).append('\n');
    }
    if (!gotErr.equals(expectedStderr)) {
      report.append("stderr differs (normalised):\n")
          .append(TextDiff.unified(name + ".err (python3)", expectedStderr, "stderr (pyston)", gotErr));
    }
    return report.length() == 0 ? null : "case " + name + ":\n" + report;
  }
}
