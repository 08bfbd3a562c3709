package org.pyston.builtins.posix;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _posixsubprocess}: {@code fork_exec} as {@code subprocess.Popen} calls it, over
 * {@link ProcessBuilder} instead of fork+exec. The child's stdin/stdout/stderr are the table's
 * descriptors {@code p2cread}/{@code c2pwrite}/{@code errwrite} (or our 0, 1, 2 when -1):
 * the JVM's own standard streams are inherited, /dev/null is discarded, anything else (pipes,
 * files, streams an embedder gave us) is pumped ({@link Children}). An exec failure is reported
 * as CPython's child reports it, through {@code errpipe_write} ("OSError:errno-in-hex:"), so
 * Popen raises the same exception. Not possible without fork: {@code preexec_fn},
 * {@code pass_fds} (descriptors beyond 0-2), uid/gid/groups changes, {@code process_group};
 * each raises rather than being ignored.
 */
public final class PosixSubprocessModule {
    private PosixSubprocessModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_posixsubprocess");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(PosixSubprocessModule.class, "_posixsubprocess", d);
        return m;
    }

    private static String text(Object o) {
        if (o instanceof PyBytes b) {
            return PathArg.decode(b.value);
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        return PathArg.of("fork_exec", "args", o, false).text;
    }

    private static boolean given(Object o) {
        return o != null && o != PyNone.NONE;
    }

    @PyMethod(name = "fork_exec", general = true)
    public static Object forkExec(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("fork_exec() takes no keyword arguments");
        }
        if (args.length != 23) {
            throw PyExceptions.typeError("fork_exec() takes exactly 23 arguments (%d given)", args.length);
        }
        Object[] argv = given(args[0]) ? IterOps.toArray(args[0]) : new Object[0];
        Object[] executables = IterOps.toArray(args[1]);
        Object[] fdsToKeep = IterOps.toArray(args[3]);
        Object cwd = args[4];
        Object envList = args[5];
        int p2cread = FdFunctions.fdArg(args[6]);
        int c2pwrite = FdFunctions.fdArg(args[9]);
        int errwrite = FdFunctions.fdArg(args[11]);
        int errpipeWrite = FdFunctions.fdArg(args[13]);
        boolean newSession = Truth.isTrue(args[15]);
        if (given(args[21])) {
            throw PyExceptions.notImplementedError("subprocess: preexec_fn is not supported (the JVM cannot fork)");
        }
        for (Object fd : fdsToKeep) {
            if (FdFunctions.fdArg(fd) != errpipeWrite) {
                throw PyExceptions.notImplementedError("subprocess: pass_fds is not supported (children get only 0, 1, 2)");
            }
        }
        if ((given(args[16]) && UnaryOps.indexAsLong(args[16]) != -1) || given(args[17]) || given(args[18])
                || given(args[19])) {
            throw PyExceptions.notImplementedError("subprocess: process_group, user, group and extra_groups are not supported");
        }
        if (UnaryOps.indexAsLong(args[20]) != -1) {
            throw PyExceptions.notImplementedError("subprocess: umask is not supported");
        }
        PosixState state = PosixState.current();
        // What the child's exec would do: try each candidate; remember the first telling error.
        String exe = null;
        int err = ErrnoException.ENOENT;
        boolean saved = false;
        for (Object e : executables) {
            Path p = state.resolve(text(e));
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                exe = p.toString();
                break;
            }
            if (!saved && Files.exists(p)) {
                err = ErrnoException.EACCES;
                saved = true;
            }
        }
        String dir = null;
        if (given(cwd)) {
            Path d = state.resolve(text(cwd));
            if (!Files.isDirectory(d)) {
                return failed(errpipeWrite, Files.exists(d) ? ErrnoException.ENOTDIR : ErrnoException.ENOENT, "noexec");
            }
            dir = d.toString();
        }
        if (exe == null) {
            return failed(errpipeWrite, err, "");
        }
        List<String> command = new ArrayList<>();
        if (newSession) {
            command.add("setsid");
        }
        command.add(exe);
        for (int i = 1; i < argv.length; i++) {
            command.add(text(argv[i]));
        }
        Map<String, String> env = null;
        if (given(envList)) {
            env = new java.util.LinkedHashMap<>();
            for (Object kv : IterOps.toArray(envList)) {
                String s = text(kv);
                int eq = s.indexOf('=');
                if (eq > 0) {
                    env.put(s.substring(0, eq), s.substring(eq + 1));
                }
            }
        }
        return PyInt.valueOf(spawn(command.toArray(new String[0]), dir, env, p2cread, c2pwrite, errwrite));
    }

    /** Reports a failed exec through the error pipe, as CPython's child does, and "reaps" as status 255. */
    private static Object failed(int errpipeWrite, int errno, String detail) {
        byte[] msg = ("OSError:" + Integer.toHexString(errno) + ":" + detail).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try {
            FileDescriptors.current().get(errpipeWrite).write(msg, 0, msg.length);
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
        return PyInt.valueOf(Children.current().addFailed(255 << 8));
    }

    /**
     * Starts {@code command} in {@code dir} (null: our working directory) with {@code env} (null:
     * our environment), its stdin/stdout/stderr being our descriptors {@code in}/{@code out}/{@code err}
     * (-1: 0, 1, 2). Returns the pid.
     */
    static long spawn(String[] command, String dir, Map<String, String> env, int in, int out, int err) {
        PosixState state = PosixState.current();
        FileDescriptors fds = FileDescriptors.current();
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(new File(dir != null ? dir : state.cwd().toString()));
        Map<String, String> pe = pb.environment();
        pe.clear();
        pe.putAll(env != null ? env : state.environment());
        OpenFile fin;
        OpenFile fout;
        OpenFile ferr;
        try {
            fin = fds.get(in < 0 ? 0 : in);
            fout = fds.get(out < 0 ? 1 : out);
            ferr = fds.get(err < 0 ? 2 : err);
        } catch (ErrnoException e) {
            throw PosixErrors.error(e.errno);
        }
        boolean pumpIn = redirectIn(pb, fin);
        boolean pumpOut = redirectOut(pb, fout, 1);
        boolean merged = ferr == fout;
        boolean pumpErr = false;
        if (merged) {
            pb.redirectErrorStream(true);
        } else {
            pumpErr = redirectOut(pb, ferr, 2);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw PosixErrors.error(ErrnoException.ENOENT, PyStr.of(command[0]), null);
        }
        Children.Child c = Children.current().add(p);
        String name = "pyston-child-" + p.pid();
        if (pumpIn) {
            c.inputPumps.add(Children.pumpIn(fin.retain(), p.getOutputStream(), name + "-stdin"));
        }
        if (pumpOut) {
            c.outputPumps.add(Children.pumpOut(p.getInputStream(), fout.retain(), name + "-stdout"));
        }
        if (pumpErr) {
            c.outputPumps.add(Children.pumpOut(p.getErrorStream(), ferr.retain(), name + "-stderr"));
        }
        return p.pid();
    }

    private static boolean isDevNull(OpenFile f) {
        return f instanceof ChannelFile && f.path() != null && f.path().toString().equals("/dev/null");
    }

    /** Sets the child's stdin; true when a pump must feed it. */
    private static boolean redirectIn(ProcessBuilder pb, OpenFile f) {
        if (f instanceof StreamFile s && s.processStream() == 0) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            return false;
        }
        if (isDevNull(f)) {
            pb.redirectInput(new File("/dev/null"));
            return false;
        }
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        return true;
    }

    /** Sets the child's stdout (n = 1) or stderr (n = 2); true when a pump must drain it. */
    private static boolean redirectOut(ProcessBuilder pb, OpenFile f, int n) {
        ProcessBuilder.Redirect r;
        boolean pump = false;
        if (f instanceof StreamFile s && s.processStream() == n) {
            r = ProcessBuilder.Redirect.INHERIT;
        } else if (isDevNull(f)) {
            r = ProcessBuilder.Redirect.DISCARD;
        } else {
            r = ProcessBuilder.Redirect.PIPE;
            pump = true;
        }
        if (n == 1) {
            pb.redirectOutput(r);
        } else {
            pb.redirectError(r);
        }
        return pump;
    }
}
