package org.pyston.indy.imports;

import java.nio.file.Path;

/**
 * The source of one module to compile and run.
 *
 * @param name        the module's full name ("__main__" for a script)
 * @param filename    the file name shown in tracebacks ({@code __file__})
 * @param bytes       the undecoded source
 * @param realFile    the file on disk, when there is one (the compiled class may be cached beside it)
 * @param archiveName the resource name inside the runtime's archive (bundled stdlib), else null;
 *                    such modules may have been compiled when the archive was built
 */
public record ModuleSource(String name, String filename, byte[] bytes, Path realFile, String archiveName) {
    /** Compiles and runs module sources; the compiler registers one at start-up. */
    public interface Executor {
        /** Compiles {@code source} (or reuses its cached class) and runs it against {@code globals}. */
        void exec(ModuleSource source, org.pyston.builtins.container.PyDict globals) throws Throwable;

        /** Decodes source bytes the way the tokenizer does (coding cookie, BOM, UTF-8). */
        String decode(byte[] bytes);
    }
}
