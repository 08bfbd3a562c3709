package org.pyston.launcher;

import java.io.InputStream;
import java.io.PrintStream;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.exception.TracebackPrinter;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.io.PyTextIOWrapper;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.Repr;
import org.pyston.indy.imports.ImportSystem;
import org.pyston.indy.support.ImportSupport;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;
import org.pyston.compiler.loader.SourceModules;
import org.pyston.indy.site.SiteCounters;

/**
 * Runs one program in a fresh interpreter on its own big-stack thread: compile the main module,
 * execute it as {@code __main__}, and turn the outcome into an exit status the way CPython does
 * (SystemExit codes, a traceback and status 1 for anything else).
 */
public final class Runner {
    static final String VERSION = "Python 3.11.3 (Pyston for the JVM 0.1)";
    static final String EXECUTABLE = "pyston";

    /** Runs the main module's code against its globals. */
    @FunctionalInterface
    public interface MainModule {
        void exec(PyDict globals) throws Throwable;
    }

    private final MainModule mainModule;
    private final String filename;
    private final String[] argv;
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Main.Options options;
    private int exitStatus;

    Runner(MainModule mainModule, String filename, String[] argv, InputStream stdin, PrintStream stdout, PrintStream stderr,
           Main.Options options) {
        this.mainModule = mainModule;
        this.filename = filename;
        this.argv = argv;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.options = options;
    }

    int runOnPythonThread() {
        Thread t = new org.pyston.builtins.runtime.PythonThread(this::runHere, "MainThread", Main.PYTHON_STACK_BYTES);
        t.start();
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                t.interrupt();
            }
        }
        return exitStatus;
    }

    private void runHere() {
        SourceModules.register();
        Interpreter interp = new Interpreter(argv, stdin, stdout, stderr);
        interp.enter();
        String hashSeed = options.ignoreEnvironment ? null : System.getenv("PYTHONHASHSEED");
        if (hashSeed != null && !hashSeed.isEmpty() && !hashSeed.equals("random")) {
            long seed = -1;
            try {
                seed = Long.parseLong(hashSeed);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (seed < 0 || seed > 4294967295L) {
                stderr.println("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
                stderr.println("Python runtime state: preinitialized");
                stderr.flush();
                exitStatus = 1;
                return;
            }
        }
        int maxStrDigits;
        try {
            maxStrDigits = StartupConfig.intMaxStrDigits(options);
        } catch (IllegalArgumentException e) {
            stderr.println("Fatal Python error: config_init_int_max_str_digits: " + e.getMessage()
                    + ": invalid limit; must be >= 640 or 0 for unlimited.");
            stderr.println("Python runtime state: preinitialized");
            stderr.flush();
            exitStatus = 1;
            return;
        }
        StartupConfig.apply(interp, options, hashSeed, maxStrDigits);
        try {
            exitStatus = execMain(interp);
            org.pyston.builtins.module.AtexitModule.runExitFuncs(interp);
            org.pyston.builtins.runtime.MainTeardown.run(interp);
        } finally {
            interp.flush();
            if (options.icStats) SiteCounters.print(stderr);
            stderr.flush();
        }
    }

    private int execMain(Interpreter interp) {
        PyModule main = new PyModule("__main__");
        PyDict globals = main.getDict();
        interp.getModules().putStr("__main__", main);
        // CPython: __main__ holds the builtins module (imported modules get the builtins dict)
        globals.putStr("__builtins__", interp.getBuiltins());
        if (filename != null && !filename.startsWith("<")) globals.putStr("__file__", PyStr.of(filename));
        // CPython imports site at start-up, before sys.path[0] is added; -S skips it, and so does a
        // runtime without its bundled library (site.py is part of it). Importing it costs about a
        // second of start-up here (os and _collections_abc run first), so it is imported only when
        // it has something to add: see SiteWork.
        if (!interp.getFlags().noSite() && !ImportSystem.libraryPath().isEmpty() && SiteWork.present(interp)) {
            try {
                ImportSystem.importModule("site");
            } catch (Throwable t) {
                return handleUncaught(interp, org.pyston.indy.support.ExceptionSupport.translate(t));
            }
        }
        // sys.path[0]: the script's directory, the current directory for -m, '' for -c and stdin
        // (CPython's rule); nothing with -I or -P
        if (options.mainPathEntry != null) {
            // a directory or zipapp as the script: it is sys.path[0] even with -I/-P, as CPython
            ImportSupport.sysPath(interp).insert(0, PyStr.of(options.mainPathEntry));
        } else if (!options.safePath) {
            String dir = "";
            if (filename == null) {
                dir = System.getProperty("user.dir");
            } else if (!filename.startsWith("<")) {
                // the real directory of the script, as CPython's
                java.nio.file.Path script = java.nio.file.Path.of(filename).toAbsolutePath();
                try {
                    script = script.toRealPath();
                } catch (java.io.IOException | RuntimeException e) {
                    script = script.normalize();
                }
                java.nio.file.Path parent = script.getParent();
                dir = parent == null ? "" : parent.toString();
            }
            ImportSupport.sysPath(interp).insert(0, PyStr.of(dir));
        }
        try {
            if (options.mainPathEntry != null) {
                try {
                    ImportSystem.runModuleAsMain("__main__", main, file -> { });
                } catch (ImportSystem.MainModuleError e) {
                    interp.flush();
                    writeStderr(interp, EXECUTABLE + ": can't find '__main__' module in "
                            + Repr.repr(PyStr.of(options.mainPathEntry)) + "\n");
                    return 1;
                }
                return 0;
            }
            if (options.module != null) {
                try {
                    ImportSystem.runModuleAsMain(options.module, main, file -> {
                        Object argv0 = interp.getSys().getDict().getStr("argv");
                        if (argv0 instanceof org.pyston.builtins.container.PyList l && l.size() > 0) l.set(0, PyStr.of(file));
                    });
                } catch (ImportSystem.MainModuleError e) {
                    interp.flush();
                    writeStderr(interp, EXECUTABLE + ": " + e.getMessage() + "\n");
                    return 1;
                }
                return 0;
            }
            mainModule.exec(globals);
            return 0;
        } catch (Throwable t) {
            PyBaseException e = org.pyston.indy.support.ExceptionSupport.translate(t);
            return handleUncaught(interp, e);
        }
    }

    /**
     * CPython's handling of an exception that ends the program: SystemExit gives its code (None is
     * 0, an int is itself, anything else is printed to stderr and gives 1); any other exception
     * prints its traceback to stderr and gives 1.
     */
    static int handleUncaught(Interpreter interp, PyBaseException e) {
        interp.getOriginalStdout().flushQuietly();
        if (e.isInstance(PyExceptions.SYSTEM_EXIT)) {
            Object code = e.getAttribute("code");
            if (code == null || code == PyNone.NONE) return 0;
            if (code instanceof PyInt i) return (int) i.value;
            if (code instanceof PyBool b) return b.value ? 1 : 0;
            writeStderr(interp, Repr.str(code) + "\n");
            return 1;
        }
        StringBuilder sb = new StringBuilder();
        TracebackPrinter.print(e, sb);
        writeStderr(interp, sb.toString());
        return 1;
    }

    private static void writeStderr(Interpreter interp, String text) {
        PyTextIOWrapper err = interp.getOriginalStderr();
        try {
            err.writeString(text);
        } catch (RuntimeException e) {
            // stderr closed or broken: nowhere left to report to
        }
        err.flushQuietly();
    }

    /** The main module from source: compiled now (compile errors raise as CPython's SyntaxError). */
    static MainModule fromSource(String source, String filename) {
        return globals -> SourceModules.compileAndExec(source, filename, "__main__", globals);
    }

    /**
     * The main module from a script file: its class comes from the compiled-module cache when the
     * script is unchanged since a previous run, else it is compiled now and cached.
     */
    static MainModule fromScript(byte[] bytes, java.nio.file.Path file, String filename) {
        return globals -> SourceModules.execScript(bytes, file, filename, globals);
    }

    /** Runs a program the way the launcher does; used by pyjc-built jars too. */
    public static int run(MainModule main, String filename, String[] argv, InputStream in, PrintStream out, PrintStream err) {
        return new Runner(main, filename, argv, in, out, err, new Main.Options()).runOnPythonThread();
    }
}
