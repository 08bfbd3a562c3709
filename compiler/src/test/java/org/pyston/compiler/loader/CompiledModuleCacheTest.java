package org.pyston.compiler.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyston.indy.imports.ModuleSource;

/** The on-disk cache of compiled modules: where entries go and when they are (not) reused. */
class CompiledModuleCacheTest {
    @TempDir
    Path tmp;

    private ModuleSource source(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return new ModuleSource("mod", file.toString(), text.getBytes(StandardCharsets.UTF_8), file, null);
    }

    @Test
    void testStoreThenLookup_besideTheSource() throws IOException {
        // Tests that a stored entry lands in __pycache__ beside the source and is found again.
        ModuleSource src = source(tmp.resolve("mod.py"), "x = 1\n");
        byte[] cls = {1, 2, 3};
        CompiledModuleCache.store(src, "py/mod", cls, java.util.List.of(), false);
        assertTrue(Files.isRegularFile(tmp.resolve("__pycache__/mod.pyston.class")));
        CompiledModuleCache.Entry e = CompiledModuleCache.lookup(src);
        assertEquals("py/mod", e.className());
        assertArrayEquals(cls, e.classBytes());
    }

    @Test
    void testLookup_changedSourceIsAMiss() throws IOException {
        // Tests that an entry is not reused once the source's bytes change.
        ModuleSource src = source(tmp.resolve("mod.py"), "x = 1\n");
        CompiledModuleCache.store(src, "py/mod", new byte[] {1}, java.util.List.of(), false);
        ModuleSource changed = source(tmp.resolve("mod.py"), "x = 2\n");
        assertNull(CompiledModuleCache.lookup(changed));
    }

    @Test
    void testLookup_otherModuleNameOrFilenameIsAMiss() throws IOException {
        // Tests that the module name and the file name compiled in are part of the key.
        ModuleSource src = source(tmp.resolve("mod.py"), "x = 1\n");
        CompiledModuleCache.store(src, "py/mod", new byte[] {1}, java.util.List.of(), false);
        assertNull(CompiledModuleCache.lookup(new ModuleSource("other", src.filename(), src.bytes(), src.realFile(), null)));
        assertNull(CompiledModuleCache.lookup(new ModuleSource("mod", "elsewhere.py", src.bytes(), src.realFile(), null)));
    }

    @Test
    void testLookup_corruptEntryIsAMiss() throws IOException {
        // Tests that a truncated or foreign file in the cache is ignored, not trusted.
        ModuleSource src = source(tmp.resolve("mod.py"), "x = 1\n");
        Files.createDirectories(tmp.resolve("__pycache__"));
        Files.write(tmp.resolve("__pycache__/mod.pyston.class"), new byte[] {0x50, 0x59});
        assertNull(CompiledModuleCache.lookup(src));
    }

    @Test
    void testStore_leavesNoTemporaryFiles() throws IOException {
        // Tests that the atomic write removes its temporary file.
        ModuleSource src = source(tmp.resolve("mod.py"), "x = 1\n");
        CompiledModuleCache.store(src, "py/mod", new byte[] {1}, java.util.List.of(), false);
        try (var files = Files.list(tmp.resolve("__pycache__"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void testCandidates_archiveModuleGoesToUserCache() {
        // Tests that a module inside an archive is cached under the user cache directory.
        ModuleSource src = new ModuleSource("os", "/x/pyston.jar/lib/python3.11/os.py", new byte[0], null, "lib/python3.11/os.py");
        Path[] where = CompiledModuleCache.candidates(src);
        assertEquals(1, where.length);
        assertTrue(where[0].startsWith(CompiledModuleCache.userCacheDir()), where[0].toString());
        assertTrue(where[0].getFileName().toString().endsWith("-os.pyston.class"));
    }

    @Test
    void testStore_unwritableSourceFolderGoesToUserCache() throws IOException {
        // Tests that when __pycache__ cannot be made beside the source (here a file is in the way,
        // as a read-only folder would), the entry goes to the user cache directory and is found there.
        ModuleSource src = source(tmp.resolve("ro.py"), "y = 2\n");
        Files.writeString(tmp.resolve("__pycache__"), "not a folder");
        Path user = CompiledModuleCache.candidates(src)[1];
        try {
            CompiledModuleCache.store(src, "py/ro", new byte[] {7}, java.util.List.of(), false);
            assertTrue(Files.isRegularFile(user), "entry in the user cache: " + user);
            assertArrayEquals(new byte[] {7}, CompiledModuleCache.lookup(src).classBytes());
        } finally {
            Files.deleteIfExists(user);
        }
    }

    @Test
    void testStore_userCacheOnlyWritesNothingBesideTheSource() throws IOException {
        // Tests that with -B (userCacheOnly) no __pycache__ appears beside the source, and the
        // entry is still found, from the user cache directory.
        ModuleSource src = source(tmp.resolve("nob.py"), "z = 3\n");
        Path user = CompiledModuleCache.candidates(src)[1];
        try {
            CompiledModuleCache.store(src, "py/nob", new byte[] {9}, java.util.List.of(), true);
            assertTrue(Files.notExists(tmp.resolve("__pycache__")), "nothing beside the source");
            assertTrue(Files.isRegularFile(user), "entry in the user cache: " + user);
            assertArrayEquals(new byte[] {9}, CompiledModuleCache.lookup(src).classBytes());
        } finally {
            Files.deleteIfExists(user);
        }
    }

    @Test
    void testMainScript_cachedInUserCacheOnly() throws IOException {
        // Tests that a script run as __main__ is never cached beside itself (CPython writes no .pyc
        // for it) and that a changed script misses the cache.
        Path file = tmp.resolve("script.py");
        Files.writeString(file, "print(1)\n");
        ModuleSource src = new ModuleSource("__main__", file.toString(), "print(1)\n".getBytes(StandardCharsets.UTF_8), file, null);
        Path[] where = CompiledModuleCache.candidates(src);
        assertEquals(1, where.length);
        try {
            CompiledModuleCache.store(src, "py/script", new byte[] {5}, java.util.List.of(), false);
            assertTrue(Files.notExists(tmp.resolve("__pycache__")), "nothing beside the script");
            assertArrayEquals(new byte[] {5}, CompiledModuleCache.lookup(src).classBytes());
            ModuleSource changed = new ModuleSource("__main__", file.toString(), "print(2)\n".getBytes(StandardCharsets.UTF_8), file, null);
            assertNull(CompiledModuleCache.lookup(changed));
        } finally {
            Files.deleteIfExists(where[0]);
        }
    }

    @Test
    void testStore_keepsCompileWarnings(@TempDir Path tmp) throws Exception {
        // Tests that the compiler's warnings come back with the cached class (a cached load issues them again).
        ModuleSource src = source(tmp.resolve("warns.py"), "x = 1 is 1\n");
        org.pyston.compiler.scopes.CompileWarning w = new org.pyston.compiler.scopes.CompileWarning("SyntaxWarning",
                "\"is\" with a literal. Did you mean \"==\"?", new org.pyston.compiler.ast.Span(1, 4, 1, 10));
        CompiledModuleCache.store(src, "py/warns", new byte[] {5}, java.util.List.of(w), false);
        assertEquals(java.util.List.of(w), CompiledModuleCache.lookup(src).warnings());
    }
}
