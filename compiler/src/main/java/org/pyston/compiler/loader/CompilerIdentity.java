package org.pyston.compiler.loader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.pyston.compiler.codegen.ModuleCompiler;

/**
 * The identity of the code that generates and runs compiled modules (compiler, runtime, object
 * model): a SHA-256 over the names and bytes of every {@code org/pyston/} class where those
 * classes come from. It depends on the code only, never on file times, so the build-time
 * compiled library is reproducible, and a class compiled by a different compiler is never run.
 */
public final class CompilerIdentity {
    private CompilerIdentity() {}

    private static volatile String hash;

    /** The identity of the running code (computed once: it reads every class, so only when needed). */
    public static String hash() {
        String h = hash;
        if (h == null) {
            h = compute(codeSources());
            hash = h;
        }
        return h;
    }

    /** The jars or class folders the compiler, the runtime and the object model come from. */
    static List<Path> codeSources() {
        Set<Path> paths = new LinkedHashSet<>();
        for (Class<?> c : new Class<?>[] {ModuleCompiler.class, org.pyston.indy.Bootstraps.class,
                org.pyston.builtins.object.PyObject.class}) {
            Path p = codeSource(c);
            if (p != null) paths.add(p);
        }
        return new ArrayList<>(paths);
    }

    /** Where {@code c} was loaded from (a jar or a class folder), or null. */
    static Path codeSource(Class<?> c) {
        try {
            var cs = c.getProtectionDomain().getCodeSource();
            return cs == null ? null : Path.of(cs.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Hashes the {@code org/pyston/} classes of {@code sources}, in name order. */
    static String compute(List<Path> sources) {
        Map<String, byte[]> classes = new TreeMap<>();
        try {
            for (Path p : sources) {
                if (Files.isDirectory(p)) {
                    Path pkg = p.resolve("org/pyston");
                    if (!Files.isDirectory(pkg)) continue;
                    try (Stream<Path> files = Files.walk(pkg)) {
                        for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                            classes.put(p.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                } else if (Files.isRegularFile(p)) {
                    try (ZipFile zip = new ZipFile(p.toFile())) {
                        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                            ZipEntry e = en.nextElement();
                            if (!e.getName().startsWith("org/pyston/") || !e.getName().endsWith(".class")) continue;
                            try (InputStream in = zip.getInputStream(e)) {
                                classes.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
