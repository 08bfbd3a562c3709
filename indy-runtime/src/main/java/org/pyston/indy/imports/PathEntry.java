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
    /**
     * For the runtime's own library folders and the folders inside them (which have precompiled
     * classes), the folder's path under the library's {@code lib/} ("python3.11/json"); else null.
     */
    String bundledFolder;

    PathEntry(String path) {
        this.path = path;
    }

    /** The folder of modules that {@code entry} names, or null when it is neither a directory nor inside an archive. */
    public static PathEntry of(String entry) {
        PathEntry e = find(entry);
        if (e != null) e.bundledFolder = ImportSystem.libraryFolderOf(entry);
        return e;
    }

    private static PathEntry find(String entry) {
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

    /** The names directly inside folder {@code rel} ("" for the entry itself), files and folders. */
    public abstract java.util.List<String> list(String rel);

    /** The path of {@code rel} as a Python path string ({@code __file__}, {@code __path__} items). */
    public String pathOf(String rel) {
        if (path.isEmpty()) return rel;
        return path.endsWith("/") ? path + rel : path + "/" + rel;
    }

    /** The file-system path of {@code rel} when it is a real file (cacheable), else null. */
    public abstract Path realFile(String rel);

    /** The archive resource name of {@code rel} ("lib/python3.11/os.py") when inside an archive, else null. */
    public abstract String archiveName(String rel);

    /**
     * The class compiled at build time for the module file {@code rel} of a bundled folder, or null.
     * The build keeps it beside the library folders: the class of {@code lib/python3.11/json/__init__.py}
     * is {@code lib/precompiled/python3.11/json/__init__.pyston.class}.
     */
    abstract ModuleSource.Precompiled precompiled(String rel) throws IOException;

    /** The name under {@code lib/} of the precompiled class of {@code rel} of this bundled folder. */
    String precompiledName(String rel) {
        String stem = rel.endsWith(".py") ? rel.substring(0, rel.length() - 3) : rel;
        return "precompiled/" + bundledFolder + "/" + stem + ".pyston.class";
    }

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
        public java.util.List<String> list(String rel) {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.util.stream.Stream<Path> s = Files.list(rel.isEmpty() ? dir : dir.resolve(rel))) {
                s.forEach(p -> names.add(p.getFileName().toString()));
            } catch (IOException | UncheckedIOException e) {
                // unreadable: nothing to list, as os.listdir's OSError in pkgutil
            }
            return names;
        }

        @Override
        public Path realFile(String rel) {
            return dir.resolve(rel);
        }

        @Override
        public String archiveName(String rel) {
            return null;
        }

        @Override
        ModuleSource.Precompiled precompiled(String rel) throws IOException {
            if (bundledFolder == null) return null;
            Path lib = dir.toAbsolutePath();
            for (int n = bundledFolder.split("/").length; n > 0 && lib != null; n--) lib = lib.getParent();
            if (lib == null) return null;
            Path cls = lib.resolve(precompiledName(rel));
            if (!Files.isRegularFile(cls)) return null;
            byte[] source = Files.readAllBytes(dir.resolve(rel));
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(source);
            return new ModuleSource.Precompiled(Files.readAllBytes(cls), source.length, crc.getValue(), lib.getParent());
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
        public java.util.List<String> list(String rel) {
            return archive.children(rel.isEmpty() ? prefix : prefix + rel + "/");
        }

        @Override
        public Path realFile(String rel) {
            return null;
        }

        @Override
        public String archiveName(String rel) {
            return prefix + rel;
        }

        @Override
        ModuleSource.Precompiled precompiled(String rel) throws IOException {
            // the class of "lib/python3.11/json/decoder.py" is "lib/precompiled/python3.11/json/decoder.pyston.class"
            if (bundledFolder == null || !prefix.equals("lib/" + bundledFolder + "/")) return null;
            String name = "lib/" + precompiledName(rel);
            ZipEntry cls = archive.zip.getEntry(name);
            ZipEntry source = archive.zip.getEntry(prefix + rel);
            if (cls == null || source == null || source.getCrc() < 0 || source.getSize() < 0) return null;
            return new ModuleSource.Precompiled(archive.read(name), source.getSize(), source.getCrc(), archive.file);
        }
    }

    /**
     * An opened zip/jar with the set of its files and folders. Archives are JVM-wide and never
     * closed: they are the runtime's own jar or files the program treats as read-only.
     */
    static final class Archive {
        private static final Map<Path, Archive> OPEN = new ConcurrentHashMap<>();

        private final ZipFile zip;
        /** The archive's file. */
        final Path file;
        /**
         * The archive's folders, listed on first use (opening pyston.jar at start-up costs nothing
         * until a module is looked for in a folder the archive has no entry for).
         */
        private volatile Index index;

        /** Every folder, ending with '/', including those only implied by the names of their files. */
        private record Index(Set<String> directories) {}

        private Archive(ZipFile zip, Path file) {
            this.zip = zip;
            this.file = file;
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

        /** The names of the files and folders directly inside {@code folder} (empty or ending with '/'). */
        java.util.List<String> children(String folder) {
            Set<String> names = new java.util.TreeSet<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                String n = en.nextElement().getName();
                if (!n.startsWith(folder) || n.length() == folder.length()) continue;
                int slash = n.indexOf('/', folder.length());
                names.add(slash < 0 ? n.substring(folder.length()) : n.substring(folder.length(), slash));
            }
            return new java.util.ArrayList<>(names);
        }

        static Archive open(Path file) {
            try {
                return OPEN.computeIfAbsent(file, f -> {
                    try {
                        return new Archive(new ZipFile(f.toFile()), f);
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
