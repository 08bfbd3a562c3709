package org.pyston.srctest.regrtest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * CPython's own regression tests (Lib/test, unpacked into target/cpython-test by this module's
 * pom) run under Pyston: one dynamic test per module of {@code regrtest/modules.txt}. Each module
 * runs in its own {@code ./pyston} process through {@code regrtest/driver.py} (see
 * {@link ModuleRunner}); a module's test fails only when a test ID listed in its tag file
 * ({@link TagFile}) no longer passes. New passes are printed, not failures.
 *
 * <p>Properties: {@code -Dregrtest.update=true} rewrites the tag files (and counts CPython's passes
 * with {@code python3}, or {@code -Dregrtest.cpython=CMD}) and the table in regrtest/README.md;
 * {@code -Dregrtest.modules=test_int,test_list} runs only those; {@code -Dregrtest.parallelism}
 * (2); {@code -Dregrtest.tags=DIR} and {@code -Dregrtest.readme=FILE} read and write tags and
 * table elsewhere (for exploring with {@code -Dregrtest.pythonpath=DIR}, which puts DIR on the
 * interpreter's PYTHONPATH and is never used to record the committed tags); limits in seconds of CPU time without a new result line (a process blocked without
 * using CPU is stopped after three times as long, -Dregrtest.blockedFactor): {@code -Dregrtest.startTimeout} (120, until the
 * first test starts), {@code -Dregrtest.testTimeout} (60); of wall time:
 * {@code -Dregrtest.moduleTimeout} (1200, a module with its resumptions), {@code -Dregrtest.budget}
 * (1500, the whole run: modules not started by then are reported as not run, and their tests
 * as aborted, not failed).
 */
@Isolated("runs its own pool of interpreter processes; the in-process cases' timeouts must not compete with it")
class RegrTest {

  private static final Path ROOT =
      Paths.get(System.getProperty("pyston.root", "..")).toAbsolutePath().normalize();
  private static final Path REGRTEST = ROOT.resolve("src-test/regrtest");
  private static final Path TAGS = Paths.get(System.getProperty("regrtest.tags", REGRTEST.resolve("tags").toString()));
  private static final Path README = Paths.get(System.getProperty("regrtest.readme", REGRTEST.resolve("README.md").toString()));
  private static final Path TEST_DIR = ROOT.resolve(
      "src-test/target/cpython-test/org/bytedeco/cpython/linux-x86_64/lib/python3.11");
  private static final Path WORK = ROOT.resolve("src-test/target/regrtest");
  private static final boolean UPDATE = Boolean.getBoolean("regrtest.update");
  /** Tests asserting a wall-clock limit ({@code wall-clock-tests.txt}): run, never recorded or required. */
  private static final Set<String> WALL_CLOCK = readWallClockTests(REGRTEST.resolve("wall-clock-tests.txt"));

  private static Set<String> readWallClockTests(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    } catch (IOException e) {
      return Set.of();
    }
  }

  private static final ModuleRunner.Limits LIMITS = new ModuleRunner.Limits(
      Long.getLong("regrtest.startTimeout", 120), Long.getLong("regrtest.testTimeout", 60),
      Long.getLong("regrtest.moduleTimeout", 1200), Integer.getInteger("regrtest.maxResumes", 8));
  private static final long BUDGET_SECONDS = Long.getLong("regrtest.budget", 1500);

  private static ExecutorService pool;

  @TestFactory
  Stream<DynamicTest> cpythonTestModules() throws IOException, InterruptedException {
    assertTrue(Files.isDirectory(TEST_DIR.resolve("test")),
        "CPython's Lib/test is not unpacked at " + TEST_DIR + " (src-test's generate-test-resources phase does it)");
    List<String> modules = selectedModules();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PYTHONHASHSEED", "0");
    env.put("PYTHONIOENCODING", "utf-8");
    env.put("LC_ALL", "C.UTF-8");
    String extraPath = System.getProperty("regrtest.pythonpath", "");
    if (!extraPath.isEmpty()) {
      env.put("PYTHONPATH", extraPath);  // exploration only: never used to record tags
    }
    Path driver = REGRTEST.resolve("driver.py");
    ModuleRunner pyston = new ModuleRunner(List.of("bash", ROOT.resolve("pyston").toString()),
        driver, TEST_DIR, WORK.resolve("pyston"), env, LIMITS);
    ModuleRunner cpython = UPDATE ? cpythonRunner(driver, env) : null;

    // One process first: when unittest or test.support cannot be imported, every module would
    // fail the same way, so none is started (each start costs seconds of CPU).
    ModuleResult preflight = pyston.run("--preflight");
    String blocked = preflight.finished ? null
        : "not run: unittest/test.support do not import (" + String.join("; ", preflight.notes)
            + "; see " + pyston.workDir("--preflight").resolve("log.txt") + ")";
    if (blocked != null) {
      System.out.println("[regrtest] " + blocked);
    }

    pool = Executors.newFixedThreadPool(Integer.getInteger("regrtest.parallelism", 2));
    long deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
    Map<String, Future<ModuleResult[]>> runs = new LinkedHashMap<>();
    for (String module : modules) {
      runs.put(module, pool.submit(() -> {
        if (System.nanoTime() > deadline) {
          return null;
        }
        ModuleResult ours;
        if (blocked != null) {
          ours = new ModuleResult(module);
          ours.notes.add(blocked);
        } else {
          ours = pyston.run(module);
        }
        System.out.println("[regrtest] " + ours.summary());
        return new ModuleResult[] {ours, cpython == null ? null : cpython.run(module)};
      }));
    }
    pool.shutdown();
    return runs.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      ModuleResult[] results = e.getValue().get();
      if (results == null) {
        String why = e.getKey() + " not run: the regrtest time budget (" + BUDGET_SECONDS
            + "s, -Dregrtest.budget) was used up before it started";
        System.out.println("[regrtest] WARNING " + why);
        Assumptions.abort(why);
      }
      check(results[0], results[1], pyston.workDir(e.getKey()));
    }));
  }

  @AfterAll
  static void writeReadmeTable() throws IOException {
    if (pool != null) {
      pool.shutdownNow();
    }
    if (UPDATE) {
      Readme.writeTable(README, TAGS, allModules());
    }
  }

  /** Compares one module's run with its tags (or, when updating, records it as the new tags). */
  private static void check(ModuleResult ours, ModuleResult cpython, Path workDir) throws IOException {
    TagFile tags = TagFile.read(TAGS, ours.module);
    Set<String> passing = ours.outcomes.entrySet().stream().filter(e -> e.getValue() == Outcome.PASS)
        .map(Map.Entry::getKey).filter(id -> !WALL_CLOCK.contains(id))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> newPasses = passing.stream().filter(id -> !tags.passing().contains(id)).sorted().toList();
    List<String> regressions = new ArrayList<>();
    for (String id : tags.passing()) {
      if (!passing.contains(id) && !WALL_CLOCK.contains(id)) {
        Outcome o = ours.outcomes.get(id);
        regressions.add(id + ": " + (o == null ? "not run" : o.name()));
      }
    }
    if (UPDATE) {
      int cpythonPasses = cpython == null || !cpython.finished
          ? tags.cpythonPasses() : (int) cpython.count(Outcome.PASS);
      new TagFile(ours.module, passing, cpythonPasses).write(TAGS, ours.outcomes.size());
      System.out.println("[regrtest] " + ours.module + ": recorded " + passing.size() + " passing IDs ("
          + newPasses.size() + " new, " + regressions.size() + " no longer passing)");
      return;
    }
    if (!newPasses.isEmpty()) {
      System.out.println("[regrtest] " + ours.module + ": " + newPasses.size()
          + " new passes (record them with -Dregrtest.update=true): " + String.join(", ", newPasses));
    }
    if (!regressions.isEmpty()) {
      fail(ours.module + ": " + regressions.size() + " test(s) that passed before no longer pass ("
          + ours.summary() + "; output in " + workDir.resolve("log.txt") + "):\n  "
          + String.join("\n  ", regressions));
    }
  }

  private static ModuleRunner cpythonRunner(Path driver, Map<String, String> env) {
    String command = System.getProperty("regrtest.cpython", "python3");
    try {
      Process p = new ProcessBuilder(command, "-c", "import sys; print(sys.version_info[:2] == (3, 11))")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() == 0 && out.equals("True")) {
        return new ModuleRunner(List.of(command), driver, TEST_DIR, WORK.resolve("cpython"), env, LIMITS);
      }
    } catch (IOException | InterruptedException e) {
      // no CPython 3.11: keep the CPython counts already in the tag files
    }
    System.out.println("[regrtest] " + command + " is not CPython 3.11: CPython pass counts are kept as they were");
    return null;
  }

  private static List<String> allModules() throws IOException {
    return Files.readAllLines(REGRTEST.resolve("modules.txt"), StandardCharsets.UTF_8).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static List<String> selectedModules() throws IOException {
    String chosen = System.getProperty("regrtest.modules", "");
    if (chosen.isBlank()) {
      return allModules();
    }
    return Arrays.stream(chosen.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
