package org.pyston.indy.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One {@code sys.path} entry seen as a folder of modules: a directory of the file system, or a
 * folder inside a zip/jar archive (the path {@code /x/pyston.jar/lib/python3.11}, as CPython's
 * zipimport spells it). The bundled standard library is such an archive folder. Names given to
 * the methods are relative to the entry, with '/' separators.
 */
public abstract sealed class PathEntry permits PathEntry.Directory, PathEntry.ArchiveFolder {
    /** The entry as it appears on sys.path. */
    final String path;

    PathEntry(String path) {
        this.path = path;
    }

    /** The folder of modules that {@code entry} names, or null when it is neither a directory nor inside an archive. */
    public static PathEntry of(String entry) {
        Path p = Path.of(entry.isEmpty() ? "." : entry);
        if (Files.isDirectory(p)) return new Directory(entry, p);
        // inside an archive: the longest existing prefix is a regular file
        Path archive = p.toAbsolutePath().normalize();
        StringBuilder inner = new StringBuilder();
        while (archive != null && !Files.exists(archive)) {
            Path name = archive.getFileName();
            if (name == null) return null;
            inner.insert(0, inner.length() == 0 ? name.toString() : name + "/");
            archive = archive.getParent();
        }
        if (archive == null || !Files.isRegularFile(archive)) return null;
        Archive a = Archive.open(archive);
        if (a == null) return null;
        String prefix = inner.length() == 0 ? "" : inner + "/";
        if (!prefix.isEmpty() && !a.hasDirectory(prefix)) return null;
        return new ArchiveFolder(entry, a, prefix);
    }

    /** Whether {@code rel} is a regular file of this entry. */
    public abstract boolean isFile(String rel);

    /** Whether {@code rel} is a directory of this entry. */
    public abstract boolean isDirectory(String rel);

    /** The bytes of the file {@code rel}. */
    public abstract byte[] read(String rel) throws IOException;

    /** The path of {@code rel} as a Python path string ({@code __file__}, {@code __path__} items). */
    public String pathOf(String rel) {
        if (path.isEmpty()) return rel;
        return path.endsWith("/") ? path + rel : path + "/" + rel;
    }

    /** The file-system path of {@code rel} when it is a real file (cacheable), else null. */
    public abstract Path realFile(String rel);

    /** The archive resource name of {@code rel} ("lib/python3.11/os.py") when inside an archive, else null. */
    public abstract String archiveName(String rel);

    /** A directory of the file system. */
    static final class Directory extends PathEntry {
        private final Path dir;

        Directory(String path, Path dir) {
            super(path);
            this.dir = dir;
        }

        @Override
        public boolean isFile(String rel) {
            return Files.isRegularFile(dir.resolve(rel));
        }

        @Override
        public boolean isDirectory(String rel) {
            return Files.isDirectory(dir.resolve(rel));
        }

        @Override
        public byte[] read(String rel) throws IOException {
            return Files.readAllBytes(dir.resolve(rel));
        }

        @Override
        public Path realFile(String rel) {
            return dir.resolve(rel);
        }

        @Override
        public String archiveName(String rel) {
            return null;
        }
    }

    /** A folder inside an archive. */
    static final class ArchiveFolder extends PathEntry {
        private final Archive archive;
        /** The folder's name inside the archive, empty or ending with '/'. */
        private final String prefix;

        ArchiveFolder(String path, Archive archive, String prefix) {
            super(path);
            this.archive = archive;
            this.prefix = prefix;
        }

        @Override
        public boolean isFile(String rel) {
            return archive.hasFile(prefix + rel);
        }

        @Override
        public boolean isDirectory(String rel) {
            return archive.hasDirectory(prefix + rel + "/");
        }

        @Override
        public byte[] read(String rel) throws IOException {
            return archive.read(prefix + rel);
        }

        @Override
        public Path realFile(String rel) {
            return null;
        }

        @Override
        public String archiveName(String rel) {
            return prefix + rel;
        }
    }

    /**
     * An opened zip/jar with the set of its files and folders. Archives are JVM-wide and never
     * closed: they are the runtime's own jar or files the program treats as read-only.
     */
    static final class Archive {
        private static final Map<Path, Archive> OPEN = new ConcurrentHashMap<>();

        private final ZipFile zip;
        /**
         * The archive's folders, listed on first use (opening pyston.jar at start-up costs nothing
         * until a module is looked for in a folder the archive has no entry for).
         */
        private volatile Index index;

        /** Every folder, ending with '/', including those only implied by the names of their files. */
        private record Index(Set<String> directories) {}

        private Archive(ZipFile zip) {
            this.zip = zip;
        }

        private Index index() {
            Index i = index;
            if (i == null) {
                Set<String> directories = new HashSet<>();
                for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    String n = e.getName();
                    for (int k = n.indexOf('/'); k >= 0; k = n.indexOf('/', k + 1)) directories.add(n.substring(0, k + 1));
                }
                i = new Index(directories);
                index = i;
            }
            return i;
        }

        /** Every file has its own entry, so no listing is needed. */
        boolean hasFile(String name) {
            ZipEntry e = zip.getEntry(name);
            return e != null && !e.isDirectory();
        }

        /** {@code name} ends with '/'. A folder may be only implied by its files' names: then the listing decides. */
        boolean hasDirectory(String name) {
            ZipEntry e = zip.getEntry(name);
            if (e != null && e.isDirectory()) return true;
            return index().directories.contains(name);
        }

        static Archive open(Path file) {
            try {
                return OPEN.computeIfAbsent(file, f -> {
                    try {
                        return new Archive(new ZipFile(f.toFile()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                return null;
            }
        }

        byte[] read(String name) throws IOException {
            ZipEntry e = zip.getEntry(name);
            if (e == null) throw new IOException("no entry " + name);
            try (InputStream in = zip.getInputStream(e)) {
                return in.readAllBytes();
            }
        }
    }
}
