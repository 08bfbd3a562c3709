package org.pyston.precompile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.pyston.compiler.PythonCompiler;
import org.pyston.compiler.loader.BundledClasses;
import org.pyston.compiler.loader.CompilerIdentity;
import org.pyston.compiler.parser.PythonParser;

/**
 * The build step that compiles the bundled library: every {@code .py} under {@code lib/python3.11}
 * and {@code lib/pyston} of a class folder becomes an entry under {@code lib/precompiled/} (see
 * {@link BundledClasses}), so that importing it at run time neither parses nor generates code.
 * Files that do not compile are listed (they are compiled at run time, which raises their error).
 * The output depends only on the sources and the compiler, never on the order the work finishes
 * in, so the jar stays reproducible.
 *
 * <pre>java org.pyston.precompile.Main CLASS_FOLDER REPORT_FILE</pre>
 */
public final class Main {
    private Main() {}

    /** The library folders under {@code lib/} that are compiled. */
    private static final List<String> FOLDERS = List.of("python3.11", "pyston");

    private record Result(String resource, String error) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java org.pyston.precompile.Main CLASS_FOLDER REPORT_FILE");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path report = Path.of(args[1]);
        long start = System.nanoTime();
        Path lib = classes.resolve("lib");
        Path out = lib.resolve("precompiled");
        deleteTree(out);
        List<String[]> work = new ArrayList<>(); // folder, relative path
        for (String folder : FOLDERS) {
            Path dir = lib.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
                        .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(rel -> work.add(new String[] {folder, rel}));
            }
        }
        String identity = CompilerIdentity.hash();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ForkJoinPool pool = new ForkJoinPool(threads);
        List<Result> results;
        try {
            results = pool.submit(() -> work.parallelStream()
                    .map(w -> compileOne(lib, out, w[0], w[1], identity))
                    .toList()).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } finally {
            pool.shutdown();
        }
        List<Result> failed = results.stream().filter(r -> r.error() != null)
                .sorted(Comparator.comparing(Result::resource)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("# Bundled modules that did not compile at build time (compiled at run time instead)\n");
        for (Result r : failed) sb.append(r.resource()).append(": ").append(r.error()).append('\n');
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, sb.toString(), StandardCharsets.UTF_8);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("precompile: %d of %d bundled modules compiled in %.1f s on %d threads; %d failed (%s)%n",
                results.size() - failed.size(), results.size(), ms / 1000.0, threads, failed.size(), report);
        for (Result r : failed) System.out.println("  " + r.resource() + ": " + r.error());
    }

    private static Result compileOne(Path lib, Path out, String folder, String rel, String identity) {
        String resource = "lib/" + folder + "/" + rel;
        try {
            byte[] source = Files.readAllBytes(lib.resolve(folder).resolve(rel));
            String name = moduleName(rel);
            PythonCompiler.CompiledModule compiled = PythonCompiler.compileModule(
                    PythonParser.decodeSource(source), BundledClasses.placeholderFilename(resource), name);
            byte[] entry = BundledClasses.entry(identity, source, name, compiled);
            String stem = rel.substring(0, rel.length() - 3);
            Path target = out.resolve(folder).resolve(stem + ".pyston.class");
            Files.createDirectories(target.getParent());
            Files.write(target, entry);
            return new Result(resource, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | StackOverflowError e) {
            String msg = String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    .replace(BundledClasses.placeholderFilename(resource), resource);
            return new Result(resource, e.getClass().getSimpleName() + ": " + msg);
        }
    }

    /** "json/__init__.py" is module "json", "json/decoder.py" is "json.decoder". */
    static String moduleName(String rel) {
        String stem = rel.substring(0, rel.length() - 3);
        if (stem.endsWith("/__init__")) stem = stem.substring(0, stem.length() - 9);
        return stem.replace('/', '.');
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.delete(f);
        }
    }
}
