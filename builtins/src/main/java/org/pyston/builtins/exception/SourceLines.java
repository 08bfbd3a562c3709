package org.pyston.builtins.exception;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The source lines of a code object's file, for tracebacks and {@code co_positions()}: a file of
 * the file system, or a module inside an archive on sys.path (the bundled standard library's
 * {@code /x/pyston.jar/lib/python3.11/os.py}, as zipimport spells such paths). The last file read
 * is kept, since a traceback or a positions table asks for many lines of the same file.
 */
public final class SourceLines {
    private SourceLines() {
    }

    private static String cachedName;
    private static List<String> cachedLines;

    /**
     * Set on the thread tearing an interpreter down: CPython's tracebacks show no source lines
     * during its shutdown. Per thread, because several interpreters can share one JVM.
     */
    private static final ThreadLocal<Boolean> SHUTDOWN = new ThreadLocal<>();

    /** Runs {@code r} with tracebacks printed without source lines on this thread. */
    public static void withoutSource(Runnable r) {
        SHUTDOWN.set(Boolean.TRUE);
        try {
            r.run();
        } finally {
            SHUTDOWN.remove();
        }
    }

    /** Line {@code lineno} (1-based) as written, without its line end; null when unknown. */
    public static String line(String filename, int lineno) {
        if (filename == null || SHUTDOWN.get() != null || filename.startsWith("<") || lineno < 1) return null;
        List<String> lines = lines(filename);
        return lines == null || lineno > lines.size() ? null : lines.get(lineno - 1);
    }

    private static synchronized List<String> lines(String filename) {
        if (filename.equals(cachedName)) return cachedLines;
        List<String> lines;
        try {
            lines = read(filename);
        } catch (IOException | RuntimeException e) {
            lines = null;
        }
        cachedName = filename;
        cachedLines = lines;
        return lines;
    }

    private static List<String> read(String filename) throws IOException {
        Path p = Path.of(filename);
        if (Files.isRegularFile(p)) return Files.readAllLines(p, StandardCharsets.UTF_8);
        // inside an archive: the longest existing prefix of the path is the archive file
        Path archive = p.toAbsolutePath().normalize();
        String inner = "";
        while (archive != null && !Files.exists(archive)) {
            Path name = archive.getFileName();
            if (name == null) return null;
            inner = inner.isEmpty() ? name.toString() : name + "/" + inner;
            archive = archive.getParent();
        }
        if (archive == null || !Files.isRegularFile(archive) || inner.isEmpty()) return null;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry e = zip.getEntry(inner);
            if (e == null) return null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(e), StandardCharsets.UTF_8))) {
                return r.lines().toList();
            }
        }
    }
}
