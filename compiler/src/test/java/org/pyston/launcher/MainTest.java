package org.pyston.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's command line: CPython's options, messages and exit statuses. */
class MainTest {
    @TempDir
    Path tmp;

    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            rc = Main.run(args, new ByteArrayInputStream(new byte[0]), o, e);
        }
        return new Result(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void testVersion_printsPython311AndOurName() {
        // Tests that -V and --version print "Python 3.11.x" followed by our name.
        for (String flag : new String[] {"-V", "--version"}) {
            Result r = run(flag);
            assertEquals(0, r.status);
            assertTrue(r.out.matches("Python 3\\.11\\.\\d+ \\(Pyston for the JVM [^)]*\\)\\n"), r.out);
        }
    }

    @Test
    void testUnknownOption_status2WithUsage() {
        // Tests that an unknown option exits with 2 and CPython's message.
        Result r = run("-Z");
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("Unknown option: -Z\nusage: pyston [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"), r.err);
    }

    @Test
    void testMissingArgument_status2() {
        // Tests that -c, -m, -W and -X without their argument exit with 2.
        for (String flag : new String[] {"-c", "-m", "-W", "-X"}) {
            Result r = run(flag);
            assertEquals(2, r.status, flag);
            assertTrue(r.err.startsWith("Argument expected for the " + flag + " option\n"), r.err);
        }
    }

    @Test
    void testMissingScript_status2() {
        // Tests that a script that does not exist exits with 2 and CPython's message.
        Result r = run(tmp.resolve("nosuch.py").toString());
        assertEquals(2, r.status);
        assertEquals("pyston: can't open file '" + tmp.resolve("nosuch.py") + "': [Errno 2] No such file or directory\n", r.err);
    }

    @Test
    void testCombinedFlags_setSysFlags() {
        // Tests that combined letters (-IBO) and attached arguments (-Wd) reach sys.flags and sys.warnoptions.
        Result r = run("-IBO", "-Wd", "-X", "dev", "-Xfoo=1", "-c",
                "import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.no_user_site, "
                        + "f.dont_write_bytecode, f.optimize, f.safe_path, f.dev_mode, sys.warnoptions, sys._xoptions)");
        assertEquals("", r.err);
        assertEquals("1 1 1 1 1 True True ['default', 'd'] {'dev': True, 'foo': '1'}\n", r.out);
    }

    @Test
    void testXIntMaxStrDigits_setsLimitAndFlag() {
        // Tests that -X int_max_str_digits=N sets sys.flags.int_max_str_digits and the interpreter's limit.
        Result r = run("-X", "int_max_str_digits=700", "-c",
                "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())\n"
                        + "try: str(10**700)\nexcept ValueError as e: print(e)");
        assertEquals("", r.err);
        assertEquals("700 700\nExceeds the limit (700 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit\n", r.out);
    }

    @Test
    void testXIntMaxStrDigits_invalidIsFatal() {
        // Tests that a limit below 640 (other than 0) stops start-up with CPython's fatal error and status 1.
        for (String x : new String[] {"int_max_str_digits=5", "int_max_str_digits", "int_max_str_digits=x"}) {
            Result r = run("-X", x, "-c", "print(1)");
            assertEquals(1, r.status, x);
            assertEquals("Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; "
                    + "must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n", r.err, x);
        }
    }

    @Test
    void testIsolated_noScriptDirectoryOnPath() {
        // Tests that -c puts '' first on sys.path and -I puts nothing there.
        assertEquals("''\n", run("-c", "import sys; print(repr(sys.path[0]))").out);
        assertEquals("False\n", run("-I", "-c", "import sys; print('' in sys.path)").out);
    }

    @Test
    void testDashM_runsModuleAndPackageMain() throws IOException {
        // Tests that -m runs a module as __main__, and a package's __main__, with argv[0] the file.
        Path pkg = Files.createDirectories(tmp.resolve("mpkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("__main__.py"), "import sys\nprint(__name__, __package__, sys.argv[1:])\n");
        Files.writeString(pkg.resolve("tool.py"), "print(__name__, __spec__.name)\n");
        String old = System.getProperty("user.dir");
        System.setProperty("user.dir", tmp.toString());
        try {
            Result r = run("-B", "-m", "mpkg", "a", "b");
            assertEquals("__main__ mpkg ['a', 'b']\n", r.out, r.err);
            r = run("-B", "-m", "mpkg.tool");
            assertEquals("__main__ mpkg.tool\n", r.out, r.err);
            r = run("-m", "no_such_module_here");
            assertEquals(1, r.status);
            assertEquals("pyston: No module named no_such_module_here\n", r.err);
        } finally {
            System.setProperty("user.dir", old);
        }
    }

    @Test
    void testDashM_moduleAlreadyImportedByItsPackageWarns() throws IOException {
        // Tests runpy's RuntimeWarning when the package's __init__ already imported the module
        // that -m then runs again as __main__ (the module still runs).
        Path pkg = Files.createDirectories(tmp.resolve("wpkg"));
        Files.writeString(pkg.resolve("__init__.py"), "from . import tool\n");
        Files.writeString(pkg.resolve("tool.py"), "print('tool', __name__)\n");
        Files.writeString(pkg.resolve("quiet.py"), "print('quiet', __name__)\n");
        String old = System.getProperty("user.dir");
        System.setProperty("user.dir", tmp.toString());
        try {
            Result r = run("-B", "-m", "wpkg.tool");
            assertEquals("tool wpkg.tool\ntool __main__\n", r.out, r.err);
            assertEquals("<frozen runpy>:128: RuntimeWarning: 'wpkg.tool' found in sys.modules after import of package"
                    + " 'wpkg', but prior to execution of 'wpkg.tool'; this may result in unpredictable behaviour\n",
                    r.err);
            r = run("-B", "-m", "wpkg.quiet");
            assertEquals("tool wpkg.tool\nquiet __main__\n", r.out, r.err);
            assertEquals("", r.err);
        } finally {
            System.setProperty("user.dir", old);
        }
    }

    @Test
    void testDashM_packageWithoutMain() throws IOException {
        // Tests CPython's message for -m on a package that has no __main__.
        Path pkg = Files.createDirectories(tmp.resolve("nomain"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        String old = System.getProperty("user.dir");
        System.setProperty("user.dir", tmp.toString());
        try {
            Result r = run("-B", "-m", "nomain");
            assertEquals(1, r.status);
            assertEquals("pyston: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed\n", r.err);
        } finally {
            System.setProperty("user.dir", old);
        }
    }
}
