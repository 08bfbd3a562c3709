package org.pyston.srctest.regrtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs one CPython test module through the driver (regrtest/driver.py) in its own process, with
 * a watchdog: a process that writes no result line for too long is killed. When the process
 * crashes or is killed in the middle of a test, that test is recorded as CRASH or TIMEOUT and the
 * module is resumed in a new process without the tests already done, so one bad test does not
 * lose the rest of the module.
 */
final class ModuleRunner {

  /** Limits of one module's run, in seconds. */
  record Limits(long startSeconds, long testSeconds, long moduleSeconds, int maxResumes) {}

  private final List<String> interpreter;
  private final Path driver;
  private final Path testDir;
  private final Path workRoot;
  private final Map<String, String> environment;
  private final Limits limits;

  /**
   * @param interpreter the command that runs a Python file (e.g. {@code bash <root>/pyston})
   * @param testDir the directory that holds CPython's {@code test} package
   * @param workRoot where each module gets a directory for its results, log and working directory
   */
  ModuleRunner(List<String> interpreter, Path driver, Path testDir, Path workRoot,
      Map<String, String> environment, Limits limits) {
    this.interpreter = interpreter;
    this.driver = driver;
    this.testDir = testDir;
    this.workRoot = workRoot;
    this.environment = environment;
    this.limits = limits;
  }

  /** Directory holding a module's results, log ({@code log.txt}) and working directory. */
  Path workDir(String module) {
    return workRoot.resolve(module);
  }

  ModuleResult run(String module) throws IOException, InterruptedException {
    ModuleResult result = new ModuleResult(module);
    Path work = workDir(module);
    deleteTree(work);
    Path cwd = Files.createDirectories(work.resolve("cwd"));
    Path log = work.resolve("log.txt");
    long start = System.nanoTime();
    long moduleDeadline = start + limits.moduleSeconds() * 1_000_000_000L;
    for (int attempt = 0; ; attempt++) {
      Path out = work.resolve("results-" + attempt + ".txt");
      List<String> command = new ArrayList<>(interpreter);
      command.add(driver.toString());
      command.add(testDir.toString());
      command.add(module);
      command.add(out.toString());
      if (attempt > 0) {
        Path exclude = work.resolve("exclude-" + attempt + ".txt");
        Files.write(exclude, result.outcomes.keySet(), StandardCharsets.UTF_8);
        command.add(exclude.toString());
      }
      Files.createFile(out);
      ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.environment().remove("PYTHONPATH");
      pb.environment().putAll(environment);
      Process process = pb.start();
      boolean killed = watch(process, out, moduleDeadline);

      String running = null;
      boolean done = false;
      String moduleError = null;
      for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        String word = space < 0 ? line : line.substring(0, space);
        String rest = space < 0 ? "" : line.substring(space + 1);
        Outcome outcome = Outcome.ofDriverWord(word);
        if (outcome != null) {
          // A test can report twice (an error in tearDown after a pass): the worse one stays.
          Outcome before = result.outcomes.get(rest);
          if (before == null || before == Outcome.PASS) {
            result.outcomes.put(rest, outcome);
          }
          if (rest.equals(running)) {
            running = null;
          }
        } else if (word.equals("START")) {
          running = rest;
        } else if (word.equals("DONE")) {
          done = true;
        } else if (word.equals("MODULE-ERROR")) {
          moduleError = rest;
        }
      }
      if (moduleError != null) {
        result.notes.add(moduleError);
      }
      if (done) {
        result.finished = true;
        break;
      }
      String how = killed ? "no progress within the time limit" : "exit status " + process.exitValue();
      if (running == null) {
        if (moduleError == null) {
          result.notes.add("stopped between tests (" + how + ")");
        }
        break;
      }
      result.outcomes.put(running, killed ? Outcome.TIMEOUT : Outcome.CRASH);
      result.notes.add((killed ? "timed out in " : "crashed in ") + running + " (" + how + ")");
      if (attempt >= limits.maxResumes() || System.nanoTime() > moduleDeadline) {
        result.notes.add("not resumed (limit reached)");
        break;
      }
    }
    result.millis = (System.nanoTime() - start) / 1_000_000;
    return result;
  }

  /**
   * Waits for the process, killing it (and its children) when its results file stops growing while
   * it spends more than the start or per-test limit of CPU time (a loop), or {@link #BLOCKED_FACTOR}
   * times that limit of wall time (a process blocked in a wait: a deadlocked thread test), or when the module's deadline passes. CPU time, so
   * that a machine loaded by other work does not turn slow tests into timeouts. Returns whether it
   * was killed.
   */
  /**
   * Wall-time multiple of a CPU limit after which a process without progress counts as blocked
   * ({@code -Dregrtest.blockedFactor}): small enough that a deadlock costs CI minutes, not ten.
   */
  static final long BLOCKED_FACTOR = Long.getLong("regrtest.blockedFactor", 3);

  private boolean watch(Process process, Path out, long moduleDeadline) throws InterruptedException, IOException {
    long lastSize = 0;
    long lastProgress = System.nanoTime();
    long cpuAtProgress = cpuNanos(process);
    while (true) {
      if (process.waitFor(250, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        return false;
      }
      long now = System.nanoTime();
      long cpu = cpuNanos(process);
      long size = Files.size(out);
      if (size != lastSize) {
        lastSize = size;
        lastProgress = now;
        cpuAtProgress = cpu;
      }
      long allowed = (size == 0 ? limits.startSeconds() : limits.testSeconds()) * 1_000_000_000L;
      if (cpu - cpuAtProgress > allowed || now - lastProgress > BLOCKED_FACTOR * allowed || now > moduleDeadline) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        return true;
      }
    }
  }

  /** CPU time used so far by the process and its children (the launcher script execs java). */
  private static long cpuNanos(Process process) {
    long total = process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    for (ProcessHandle child : (Iterable<ProcessHandle>) process.descendants()::iterator) {
      total += child.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }
    return total;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
