package org.pyston.indy.imports;

import java.io.IOException;
import java.nio.file.Path;

import org.pyston.builtins.exception.PyExceptions;

/**
 * The source of one module to compile and run. The source bytes are read on first use, so a
 * bundled module run from its {@linkplain #precompiled() precompiled class} never reads them.
 */
public final class ModuleSource {
    private final String name;
    private final String filename;
    private final Path realFile;
    private final String archiveName;
    /** Where the source is read from when it was not given; null when it was. */
    private final PathEntry entry;
    private final String rel;
    private byte[] bytes;

    /**
     * @param name        the module's full name ("__main__" for a script)
     * @param filename    the file name shown in tracebacks ({@code __file__})
     * @param bytes       the undecoded source
     * @param realFile    the file on disk, when there is one (the compiled class may be cached beside it)
     * @param archiveName the resource name inside an archive, else null (the class is then cached
     *                    in the user cache directory)
     */
    public ModuleSource(String name, String filename, byte[] bytes, Path realFile, String archiveName) {
        this.name = name;
        this.filename = filename;
        this.bytes = bytes;
        this.realFile = realFile;
        this.archiveName = archiveName;
        this.entry = null;
        this.rel = null;
    }

    /** The file {@code rel} of a path entry, read when first needed. */
    ModuleSource(String name, PathEntry entry, String rel) {
        this.name = name;
        this.filename = entry.pathOf(rel);
        this.realFile = entry.realFile(rel);
        this.archiveName = entry.archiveName(rel);
        this.entry = entry;
        this.rel = rel;
    }

    /** The module's full name ("__main__" for a script). */
    public String name() {
        return name;
    }

    /** The file name shown in tracebacks ({@code __file__}). */
    public String filename() {
        return filename;
    }

    /** The file on disk, when there is one. */
    public Path realFile() {
        return realFile;
    }

    /** The resource name inside an archive, else null. */
    public String archiveName() {
        return archiveName;
    }

    /** The undecoded source; an unreadable file raises ImportError. */
    public byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try {
                b = entry.read(rel);
            } catch (IOException e) {
                throw PyExceptions.importError("cannot read '%s': %s", filename, e.getMessage());
            }
            bytes = b;
        }
        return b;
    }

    /**
     * Whether the module is part of the runtime's bundled library (pyston.jar's {@code lib/}),
     * whose classes were compiled when the runtime was built.
     */
    public boolean isBundled() {
        return entry != null && entry.bundledFolder != null;
    }

    /** The class compiled for this module when the runtime was built, or null (not bundled, or none). */
    public Precompiled precompiled() {
        if (!isBundled()) return null;
        try {
            return entry.precompiled(rel);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A module's class compiled at build time, as stored in the library, with what the source
     * looks like now so that the compiler can tell whether the class still belongs to it.
     *
     * @param data       the stored entry (header and class file; its format is the compiler's)
     * @param sourceSize the current source's size in bytes
     * @param sourceCrc  the current source's CRC-32 (a jar records it, so the source is not read)
     * @param container  the jar or folder holding the library
     */
    public record Precompiled(byte[] data, long sourceSize, long sourceCrc, Path container) {}

    /** Compiles and runs module sources; the compiler registers one at start-up. */
    public interface Executor {
        /** Compiles {@code source} (or reuses its cached class) and runs it against {@code globals}. */
        void exec(ModuleSource source, org.pyston.builtins.container.PyDict globals) throws Throwable;

        /** Decodes source bytes the way the tokenizer does (coding cookie, BOM, UTF-8). */
        String decode(byte[] bytes);
    }
}
