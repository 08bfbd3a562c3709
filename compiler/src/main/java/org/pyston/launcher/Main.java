package org.pyston.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code pyston} command: {@code pyston [options] script.py args}, {@code pyston -c CODE},
 * {@code pyston - < script.py}. Exit status as CPython's: 0, the SystemExit code, 1 after an
 * uncaught exception, 2 for a usage error.
 *
 * <p>{@link #run} is the embeddable form: it writes only to the streams it is given and never
 * calls {@code System.exit}, so tests run many programs in one JVM, each with its own interpreter.
 */
public final class Main {
    private Main() {}

    /** Stack size of the thread that runs Python code: deep recursion must hit RecursionError first. */
    static final long PYTHON_STACK_BYTES = 1L << 30;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        int rc = run(args, System.in, out, System.err);
        out.flush();
        System.err.flush();
        System.exit(rc);
    }

    /** Runs the command line {@code args} and returns the exit status. */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageError e) {
            stderr.println(e.getMessage());
            stderr.flush();
            return 2;
        }
        if (opts.help) {
            stdout.println(Options.usage().lines().findFirst().orElse(""));
            stdout.println("Options: -c cmd, -m mod, -B, -E, -I, -O, -P, -q, -s, -S, -u, -v, -V, -W arg, -X opt (see python3 -h)");
            stdout.flush();
            return 0;
        }
        if (opts.version) {
            stdout.println(Runner.VERSION);
            stdout.flush();
            return 0;
        }
        String source;
        String filename;
        byte[] scriptBytes = null;
        try {
            if (opts.command != null) {
                source = opts.command;
                filename = "<string>";
            } else if (opts.module != null) {
                source = null;
                filename = null;
            } else if (opts.script == null || opts.script.equals("-")) {
                source = new String(readAll(stdin), java.nio.charset.StandardCharsets.UTF_8);
                filename = "<stdin>";
                stdin = InputStream.nullInputStream();
            } else {
                Path p = Path.of(opts.script);
                // CPython 3.9+: the script's __file__ and traceback name are absolute (cwd joined, not normalised)
                filename = p.isAbsolute() ? opts.script : Path.of(System.getProperty("user.dir")) + "/" + opts.script;
                if (Files.isDirectory(p) || isZipArchive(p)) {
                    // a directory or zip archive (a zipapp) runs its __main__ module, found on a
                    // sys.path that starts with it, as CPython does
                    opts.mainPathEntry = filename;
                    source = null;
                    filename = null;
                } else {
                    try {
                        scriptBytes = Files.readAllBytes(p);
                        source = org.pyston.compiler.parser.PythonParser.decodeSource(scriptBytes, filename);
                    } catch (org.pyston.compiler.parser.ParseError e) {
                        // CPython reports an undecodable script before the program starts: no traceback
                        stderr.println(e.kind + ": " + e.msg);
                        stderr.flush();
                        return 1;
                    }
                }
            }
        } catch (NoSuchFileException e) {
            stderr.println(Runner.EXECUTABLE + ": can't open file '" + absolute(opts.script) + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            stderr.println(Runner.EXECUTABLE + ": can't open file '" + absolute(opts.script) + "': " + e.getMessage());
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(opts.command != null ? "-c" : opts.module != null ? "-m" : opts.script == null ? "-" : opts.script);
        argv.addAll(opts.scriptArgs);
        Runner.MainModule main = source == null ? null
                : scriptBytes != null ? Runner.fromScript(scriptBytes, Path.of(opts.script), filename)
                : Runner.fromSource(source, filename);
        Runner runner = new Runner(main, filename, argv.toArray(new String[0]), stdin, stdout, stderr, opts);
        return runner.runOnPythonThread();
    }

    /** Whether {@code p} is a zip archive: a file whose end holds the zip end-of-directory record. */
    private static boolean isZipArchive(Path p) {
        if (!Files.isRegularFile(p)) return false;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(p.toFile())) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        in.transferTo(bos);
        return bos.toByteArray();
    }

    /** Command-line options: CPython's letters and combination rules ({@code -IBc code}, {@code -Wd}, {@code -OO}). */
    static final class Options {
        String command;
        String module;
        String script;
        /** The directory or zip archive given as the script, made absolute; its __main__ runs. */
        String mainPathEntry;
        List<String> scriptArgs = new ArrayList<>();
        boolean version;
        boolean help;
        boolean icStats;
        boolean unbuffered;
        boolean isolated;
        boolean ignoreEnvironment;
        boolean noUserSite;
        boolean noSite;
        boolean dontWriteBytecode;
        boolean quiet;
        boolean safePath;
        int optimize;
        int verbose;
        int bytesWarning;
        List<String> warnOptions = new ArrayList<>();
        List<String> xOptions = new ArrayList<>();

        static final class UsageError extends Exception {
            UsageError(String msg) {
                super(msg, null, false, false);
            }
        }

        /** Letters that take an argument (attached or the next word). */
        private static final String WITH_ARGUMENT = "cmWX";
        /** Letters that are flags. */
        private static final String FLAGS = "bBdEhiIOPqsStuvVx?";

        static Options parse(String[] args) throws UsageError {
            Options o = new Options();
            int i = 0;
            while (i < args.length) {
                String a = args[i];
                if (a.equals("--version")) {
                    o.version = true;
                    i++;
                    continue;
                }
                if (a.equals("--help")) {
                    o.help = true;
                    i++;
                    continue;
                }
                if (a.equals("--")) {
                    i++;
                    break;
                }
                if (!a.startsWith("-") || a.equals("-")) break;
                if (a.startsWith("--")) throw new UsageError("unknown option " + a + "\n" + usage());
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    if (WITH_ARGUMENT.indexOf(c) >= 0) {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option\n" + usage());
                        }
                        switch (c) {
                            case 'c' -> {
                                o.command = value;
                                o.scriptArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
                                return o;
                            }
                            case 'm' -> {
                                o.module = value;
                                o.scriptArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
                                return o;
                            }
                            case 'W' -> o.warnOptions.add(value);
                            default -> {
                                o.xOptions.add(value);
                                if (value.equals("ic-stats")) o.icStats = true;
                            }
                        }
                        break;
                    }
                    if (FLAGS.indexOf(c) < 0) throw new UsageError("Unknown option: -" + c + "\n" + usage());
                    switch (c) {
                        case 'b' -> o.bytesWarning++;
                        case 'B' -> o.dontWriteBytecode = true;
                        case 'E' -> o.ignoreEnvironment = true;
                        case 'I' -> {
                            o.isolated = true;
                            o.ignoreEnvironment = true;
                            o.noUserSite = true;
                            o.safePath = true;
                        }
                        case 'O' -> o.optimize++;
                        case 'P' -> o.safePath = true;
                        case 'q' -> o.quiet = true;
                        case 's' -> o.noUserSite = true;
                        case 'S' -> o.noSite = true;
                        case 'u' -> o.unbuffered = true;
                        case 'v' -> o.verbose++;
                        case 'V' -> o.version = true;
                        case 'h', '?' -> o.help = true;
                        default -> {
                            // -d (parser debug), -i (inspect), -t, -x: accepted and without effect here
                        }
                    }
                }
                i++;
            }
            if (i < args.length) {
                o.script = args[i];
                o.scriptArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
            }
            return o;
        }

        static String usage() {
            return "usage: " + Runner.EXECUTABLE + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    + "Try `python -h' for more information.";
        }
    }
}
