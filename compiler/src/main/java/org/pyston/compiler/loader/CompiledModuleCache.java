package org.pyston.compiler.loader;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.pyston.compiler.ast.Span;
import org.pyston.compiler.codegen.ModuleCompiler;
import org.pyston.compiler.scopes.CompileWarning;
import org.pyston.indy.imports.ModuleSource;

/**
 * Compiled modules cached on disk, like CPython's {@code __pycache__}: the class of
 * {@code dir/x.py} is kept in {@code dir/__pycache__/x.pyston.class}, or, when that directory
 * cannot be written, under the user cache directory ({@code $XDG_CACHE_HOME/pyston} or
 * {@code ~/.cache/pyston}) in a file named after the source's absolute path. Modules inside an
 * archive (the bundled stdlib in pyston.jar) are cached in the user cache directory, named after
 * their path inside the archive.
 *
 * <p>An entry is used only when its header matches exactly: the SHA-256 of the source bytes, the
 * module name, the file name the class was compiled with (it is in tracebacks) and the
 * {@link #compilerStamp() stamp} of the compiler and runtime that made it. Entries are written
 * to a temporary file and moved into place atomically, so a reader never sees half an entry and
 * concurrent writers of the same module both leave a complete one.
 */
public final class CompiledModuleCache {
    private CompiledModuleCache() {}

    private static final int MAGIC = 0x50594a43; // "PYJC"

    /** A cached module class, with the warnings its compilation issued (issued again on each load). */
    public record Entry(String className, byte[] classBytes, List<CompileWarning> warnings) {}

    private static volatile String stamp;

    /** The cached class of {@code src}, or null (absent, stale, unreadable, or no real file). */
    public static Entry lookup(ModuleSource src) {
        Path[] where = candidates(src);
        if (where == null) return null;
        String hash = sha256(src.bytes());
        for (Path p : where) {
            Entry e = read(p, src, hash);
            if (e != null) return e;
        }
        return null;
    }

    /**
     * Stores the class of {@code src}; failures (read-only places everywhere) are silent, as
     * CPython's. With {@code userCacheOnly}, nothing is written beside the source.
     */
    public static void store(ModuleSource src, String className, byte[] classBytes, List<CompileWarning> warnings,
            boolean userCacheOnly) {
        Path[] where = candidates(src);
        if (where == null) return;
        if (userCacheOnly && where.length > 1) where = new Path[] {where[where.length - 1]};
        byte[] data;
        try {
            ByteArrayOutputStream bos = new ByteArrayOutputStream(classBytes.length + 256);
            DataOutputStream out = new DataOutputStream(bos);
            out.writeInt(MAGIC);
            out.writeUTF(compilerStamp());
            out.writeUTF(sha256(src.bytes()));
            out.writeUTF(src.name());
            out.writeUTF(src.filename());
            out.writeUTF(className);
            out.writeInt(classBytes.length);
            out.write(classBytes);
            out.writeInt(warnings.size());
            for (CompileWarning w : warnings) {
                out.writeUTF(w.category());
                out.writeUTF(w.message());
                Span at = w.at();
                out.writeInt(at.lineno());
                out.writeInt(at.col_offset());
                out.writeInt(at.end_lineno());
                out.writeInt(at.end_col_offset());
            }
            out.flush();
            data = bos.toByteArray();
        } catch (IOException e) {
            return;
        }
        for (Path p : where) {
            if (writeAtomically(p, data)) return;
        }
    }

    /**
     * Where the entry of {@code src} may live, preferred first; null when it cannot be cached. A
     * script run as {@code __main__} is cached in the user cache directory only: as CPython, which
     * writes no {@code .pyc} for it, nothing appears beside the user's script.
     */
    static Path[] candidates(ModuleSource src) {
        if (src.realFile() != null && src.name().equals("__main__")) {
            return new Path[] {candidates(src.realFile())[1]};
        }
        if (src.realFile() != null) return candidates(src.realFile());
        if (src.archiveName() == null) return null;
        String name = src.archiveName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (base.endsWith(".py")) base = base.substring(0, base.length() - 3);
        return new Path[] {userCacheDir().resolve(sha256(src.filename().getBytes(StandardCharsets.UTF_8)).substring(0, 32)
                + "-" + base + ".pyston.class")};
    }

    /** Where the entry of {@code source} may live, preferred first. */
    static Path[] candidates(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        String base = abs.getFileName().toString();
        if (base.endsWith(".py")) base = base.substring(0, base.length() - 3);
        Path beside = abs.resolveSibling("__pycache__").resolve(base + ".pyston.class");
        Path user = userCacheDir().resolve(sha256(abs.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32)
                + "-" + base + ".pyston.class");
        return new Path[] {beside, user};
    }

    static Path userCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("pyston");
    }

    private static Entry read(Path p, ModuleSource src, String hash) {
        byte[] all;
        try {
            all = Files.readAllBytes(p);
        } catch (IOException e) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all))) {
            if (in.readInt() != MAGIC) return null;
            if (!in.readUTF().equals(compilerStamp())) return null;
            if (!in.readUTF().equals(hash)) return null;
            if (!in.readUTF().equals(src.name())) return null;
            if (!in.readUTF().equals(src.filename())) return null;
            String className = in.readUTF();
            int n = in.readInt();
            byte[] cls = new byte[n];
            in.readFully(cls);
            int nw = in.readInt();
            List<CompileWarning> warnings = new ArrayList<>(nw);
            for (int i = 0; i < nw; i++) {
                String category = in.readUTF();
                String message = in.readUTF();
                warnings.add(new CompileWarning(category, message, new Span(in.readInt(), in.readInt(), in.readInt(), in.readInt())));
            }
            return new Entry(className, cls, warnings);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean writeAtomically(Path target, byte[] data) {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (AccessDeniedException e) {
            return false;
        } catch (FileSystemException e) {
            return false;
        } catch (IOException | SecurityException e) {
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is harmless
                }
            }
        }
    }

    /**
     * Identifies the code that generated a class: the compiler, the runtime it links against and
     * the object model. For jars, their size and modification time; for class folders (a
     * development build), the newest modification time and the number of files under them. A
     * rebuild therefore invalidates every entry, so a stale class never outlives a compiler change.
     */
    public static String compilerStamp() {
        String s = stamp;
        if (s == null) {
            StringBuilder sb = new StringBuilder("pyston-0.1");
            for (Class<?> c : new Class<?>[] {ModuleCompiler.class, org.pyston.indy.Bootstraps.class,
                    org.pyston.builtins.object.PyObject.class}) {
                sb.append(';').append(codeStamp(c));
            }
            s = sb.toString();
            stamp = s;
        }
        return s;
    }

    private static String codeStamp(Class<?> c) {
        try {
            var cs = c.getProtectionDomain().getCodeSource();
            if (cs == null) return "?";
            Path p = Path.of(cs.getLocation().toURI());
            if (Files.isRegularFile(p)) return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
            long[] acc = new long[2];
            try (Stream<Path> files = Files.walk(p)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    try {
                        acc[0] = Math.max(acc[0], Files.getLastModifiedTime(f).toMillis());
                        acc[1]++;
                    } catch (IOException ignored) {
                        acc[1] += 1000;
                    }
                });
            }
            return acc[1] + "@" + acc[0];
        } catch (IOException | URISyntaxException | SecurityException e) {
            return "?";
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
