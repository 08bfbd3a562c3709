package org.pyston.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.runtime.RuntimeFlags;
import org.pyston.builtins.text.PyStr;

/** When site is imported at start-up: only when it has a site-packages or a customize module to run. */
class SiteWorkTest {
    private static Interpreter interpreter(Path pathEntry) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        Interpreter interp = new Interpreter(new String[] {""}, InputStream.nullInputStream(), sink, sink);
        // no user site: the machine's ~/.local must not decide the test
        interp.setFlags(new RuntimeFlags(false, false, true, false, false, 0, false, 0, false, null, List.of(), List.of()));
        ((PyList) interp.getSysAttribute("path")).append(PyStr.of(pathEntry.toString()));
        return interp;
    }

    @Test
    void nothingToDo(@TempDir Path dir) {
        assertFalse(SiteWork.present(interpreter(dir)));
    }

    @Test
    void sitecustomizeOnThePath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sitecustomize.py"), "x = 1\n");
        assertTrue(SiteWork.present(interpreter(dir)));
    }

    @Test
    void usercustomizePackageOnThePath(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("usercustomize"));
        assertTrue(SiteWork.present(interpreter(dir)));
    }
}
