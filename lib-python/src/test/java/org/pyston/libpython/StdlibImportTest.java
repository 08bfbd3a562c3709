package org.pyston.libpython;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pyston.launcher.Main;

/**
 * Imports every top-level module of the bundled standard library, each in its own interpreter
 * ({@code pyston -B -c "__import__('NAME')"} run in-process), and reports how many import cleanly in
 * {@code target/stdlib-imports.txt} (one line per module: "ok" or the last line of the error).
 * Fails when fewer than {@link #FLOOR} import: raise the floor as modules start to work, so a
 * regression cannot pass unnoticed.
 */
class StdlibImportTest {
    /** The number of modules known to import; the README shows the current figure. */
    static final int FLOOR = 184;

    /** Modules not imported by the test, with the reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "antigravity", "opens a web browser when imported");

    static final int TIMEOUT_SECONDS = 120;

    @Test
    void testImportEveryTopLevelModule() throws Exception {
        Path lib = Path.of("target/classes/lib/python3.11");
        assertTrue(Files.isDirectory(lib), "the bundled stdlib is missing: " + lib.toAbsolutePath());
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(lib)) {
            s.forEach(p -> {
                String f = p.getFileName().toString();
                if (f.endsWith(".py")) names.add(f.substring(0, f.length() - 3));
                else if (Files.isRegularFile(p.resolve("__init__.py"))) names.add(f);
            });
        }
        names.removeAll(EXCLUDED.keySet());
        names.sort(null);
        // Two lanes take modules from a queue; each import runs on its own daemon thread, so one that
        // hangs (waits on a lock, reads a terminal) costs its timeout and is left behind, not the run.
        java.util.concurrent.ConcurrentLinkedQueue<String> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(names);
        Map<String, String> outcome = new java.util.concurrent.ConcurrentSkipListMap<>();
        Runnable lane = () -> {
            for (String n = queue.poll(); n != null; n = queue.poll()) {
                String name = n;
                String[] result = {null};
                Thread t = new Thread(() -> {
                    try {
                        result[0] = importOne(name);
                    } catch (Throwable e) {
                        result[0] = "harness error: " + e;
                    }
                }, "import-" + name);
                t.setDaemon(true);
                t.start();
                try {
                    t.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                outcome.put(name, t.isAlive() || result[0] == null ? "timed out after " + TIMEOUT_SECONDS + " s" : result[0]);
            }
        };
        Thread[] lanes = new Thread[Math.max(2, Runtime.getRuntime().availableProcessors())];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Thread(lane, "import-lane-" + i);
            lanes[i].start();
        }
        for (Thread t : lanes) {
            t.join();
        }
        int ok = 0;
        for (String r : outcome.values()) {
            if (r.equals("ok")) ok++;
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("%d of %d top-level stdlib modules import (%.1f%%)%n", ok, names.size(),
                100.0 * ok / names.size()));
        outcome.forEach((k, v) -> report.append(k).append(": ").append(v).append('\n'));
        EXCLUDED.forEach((k, v) -> report.append(k).append(": not tried (").append(v).append(")\n"));
        Files.writeString(Path.of("target/stdlib-imports.txt"), report);
        System.out.println("StdlibImportTest: " + report.toString().lines().findFirst().orElse(""));
        assertTrue(ok >= FLOOR, "only " + ok + " modules import, fewer than the floor " + FLOOR
                + "; see target/stdlib-imports.txt");
    }

    private static String importOne(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            // __import__, not an import statement: some module names are not identifiers ("_sysconfigdata__linux...")
            rc = Main.run(new String[] {"-B", "-c", "__import__('" + name + "')"}, new ByteArrayInputStream(new byte[0]), o, e);
        }
        if (rc == 0) return "ok";
        String text = err.toString(StandardCharsets.UTF_8).strip();
        String last = text.isEmpty() ? "exit status " + rc : text.substring(text.lastIndexOf('\n') + 1);
        return last.replace(Path.of("target/classes/lib/python3.11").toAbsolutePath() + "/", "");
    }
}
