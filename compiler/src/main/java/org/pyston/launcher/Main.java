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
        if (opts.version) {
            stdout.println(Runner.VERSION);
            stdout.flush();
            return 0;
        }
        String source;
        String filename;
        try {
            if (opts.command != null) {
                source = opts.command;
                filename = "<string>";
            } else if (opts.script == null || opts.script.equals("-")) {
                source = new String(readAll(stdin), java.nio.charset.StandardCharsets.UTF_8);
                filename = "<stdin>";
                stdin = InputStream.nullInputStream();
            } else {
                filename = opts.script;
                Path p = Path.of(opts.script);
                if (Files.isDirectory(p)) {
                    stderr.println(Runner.EXECUTABLE + ": can't find '__main__' module in '" + opts.script + "'");
                    return 1;
                }
                source = org.pyston.compiler.parser.PythonParser.decodeSource(Files.readAllBytes(p));
            }
        } catch (NoSuchFileException e) {
            stderr.println(Runner.EXECUTABLE + ": can't open file '" + absolute(opts.script) + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            stderr.println(Runner.EXECUTABLE + ": can't open file '" + absolute(opts.script) + "': " + e.getMessage());
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(opts.command != null ? "-c" : opts.script == null ? "-" : opts.script);
        argv.addAll(opts.scriptArgs);
        Runner runner = new Runner(Runner.fromSource(source, filename), filename, argv.toArray(new String[0]), stdin, stdout, stderr, opts);
        return runner.runOnPythonThread();
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize().toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        in.transferTo(bos);
        return bos.toByteArray();
    }

    /** Command-line options, CPython's subset that we support. */
    static final class Options {
        String command;
        String script;
        List<String> scriptArgs = new ArrayList<>();
        boolean version;
        boolean icStats;
        boolean unbuffered;

        static final class UsageError extends Exception {
            UsageError(String msg) {
                super(msg, null, false, false);
            }
        }

        static Options parse(String[] args) throws UsageError {
            Options o = new Options();
            int i = 0;
            while (i < args.length) {
                String a = args[i];
                if (a.equals("-c")) {
                    if (i + 1 >= args.length) throw new UsageError("Argument expected for the -c option\n" + usage());
                    o.command = args[i + 1];
                    o.scriptArgs.addAll(Arrays.asList(args).subList(i + 2, args.length));
                    return o;
                } else if (a.startsWith("-c") && a.length() > 2) {
                    o.command = a.substring(2);
                    o.scriptArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    return o;
                } else if (a.equals("-V") || a.equals("--version")) {
                    o.version = true;
                    return o;
                } else if (a.equals("-X")) {
                    if (i + 1 >= args.length) throw new UsageError("Argument expected for the -X option\n" + usage());
                    if (args[i + 1].equals("ic-stats")) o.icStats = true;
                    i += 2;
                    continue;
                } else if (a.startsWith("-X")) {
                    if (a.substring(2).equals("ic-stats")) o.icStats = true;
                } else if (a.equals("-u")) {
                    o.unbuffered = true;
                } else if (a.equals("-B") || a.equals("-E") || a.equals("-s") || a.equals("-S") || a.equals("-I")
                        || a.equals("-O") || a.equals("-OO") || a.equals("-q")) {
                    // accepted; their effects arrive with the import system
                } else if (a.equals("-")) {
                    o.script = "-";
                    o.scriptArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    return o;
                } else if (a.startsWith("-") && a.length() > 1) {
                    throw new UsageError("Unknown option: " + a + "\n" + usage());
                } else {
                    o.script = a;
                    o.scriptArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    return o;
                }
                i++;
            }
            return o;
        }

        static String usage() {
            return "usage: " + Runner.EXECUTABLE + " [option] ... [-c cmd | file | -] [arg] ...\n"
                    + "Try `python -h' for more information.";
        }
    }
}
