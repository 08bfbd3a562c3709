package org.pyston.cext.faulthandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.exception.FrameWalker;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.cext.libc.CArgs;

/**
 * The {@code faulthandler} module: {@code dump_traceback}, {@code dump_traceback_later} (a
 * watchdog thread that dumps every thread's Python stack after a timeout, and with {@code exit=True}
 * ends the process with status 1 as CPython's {@code _exit(1)}), {@code enable}/{@code disable}/
 * {@code is_enabled}. The dumps have CPython's format and are written straight to the descriptor of
 * {@code file}, after flushing it.
 *
 * <p>Limitation: {@code enable()} records the file and turns {@link #is_enabled} on, but the JVM
 * owns SIGSEGV, SIGFPE, SIGBUS, SIGILL and SIGABRT (it uses them itself), and a fatal error of the
 * JVM writes the JVM's own report ({@code hs_err_pid*.log}), not a Python traceback: Java code
 * cannot run at that point. {@code register}/{@code unregister} (dumps on a user signal) are not
 * provided, as on Windows, so programs that test {@code hasattr(faulthandler, "register")} skip them.
 * Another thread's frames are read from its Java stack trace ({@link FrameWalker#summary}).
 */
public final class FaulthandlerModule {
    private FaulthandlerModule() {}

    /** Per interpreter: the enabled file and the pending watchdog. */
    private static final class State {
        volatile boolean enabled;
        /** Keeps the enabled file object alive, as CPython does. */
        Object file;
        Thread watchdog;
    }

    private static State state() {
        return Interpreter.current().moduleState(FaulthandlerModule.class, State::new);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("faulthandler");
        DeclarationScanner.scanModule(FaulthandlerModule.class, "faulthandler", m.getDict());
        return m;
    }

    /** The descriptor to write to: {@code file} (default sys.stderr) as an int, or its fileno() after flush(). */
    private static int fileno(Object file) {
        if (file == null || file == PyNone.NONE) {
            file = Interpreter.current().getSys().getDict().getStr("stderr");
            if (file == null || file == PyNone.NONE) {
                throw PyExceptions.runtimeError("sys.stderr is None");
            }
        } else if (IntMath.isInt(file)) {
            int fd = CArgs.cInt(file);
            if (fd < 0) {
                throw PyExceptions.valueError("file is not a valid file descripter");
            }
            return fd;
        }
        Object r = CallOps.callMethod(file, "fileno", new Object[0], null);
        if (!IntMath.isInt(r) || CArgs.cLong(r) < 0) {
            throw PyExceptions.runtimeError("file.fileno() is not a valid file descriptor");
        }
        CallOps.callMethod(file, "flush", new Object[0], null);
        return CArgs.cInt(r);
    }

    @PyMethod(general = true)
    public static Object enable(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("enable", args, kwnames, 2, new String[] {"file", "all_threads"}, 0);
        fileno(a[0]);
        State s = state();
        s.file = a[0];
        s.enabled = true;
        return PyNone.NONE;
    }

    @PyMethod
    public static Object disable() {
        State s = state();
        boolean was = s.enabled;
        s.enabled = false;
        s.file = null;
        return PyBool.of(was);
    }

    @PyMethod
    public static Object is_enabled() {
        return PyBool.of(state().enabled);
    }

    @PyMethod(general = true)
    public static Object dump_traceback(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("dump_traceback", args, kwnames, 2, new String[] {"file", "all_threads"}, 0);
        int fd = fileno(a[0]);
        boolean all = a[1] == null || Truth.isTrue(a[1]);
        String text = all ? allThreads(Thread.currentThread()) : "Stack (most recent call first):\n"
                + frames(Thread.currentThread());
        write(fd, text);
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object dump_traceback_later(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("dump_traceback_later", args, kwnames, 4,
                new String[] {"timeout", "repeat", "file", "exit"}, 1);
        double timeout = org.pyston.builtins.module.MathModule.real(a[0]);
        if (timeout * 1e6 >= Long.MAX_VALUE) {
            throw PyExceptions.overflowError("timeout value is too large");
        }
        long us = (long) (timeout * 1e6);
        if (us <= 0) {
            throw PyExceptions.valueError("timeout must be greater than 0");
        }
        int fd = fileno(a[2]);
        boolean repeat = a[1] != null && Truth.isTrue(a[1]);
        boolean exit = a[3] != null && Truth.isTrue(a[3]);
        String header = header(us);
        State s = state();
        Interpreter interp = Interpreter.current();
        synchronized (s) {
            cancel(s);
            Thread t = new Thread(() -> watch(interp, s, us, repeat, exit, fd, header), "faulthandler watchdog");
            t.setDaemon(true);
            s.watchdog = t;
            t.start();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object cancel_dump_traceback_later() {
        State s = state();
        synchronized (s) {
            cancel(s);
        }
        return PyNone.NONE;
    }

    private static void cancel(State s) {
        Thread t = s.watchdog;
        s.watchdog = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The watchdog: sleeps, dumps every thread, then repeats, ends the process, or stops. */
    private static void watch(Interpreter interp, State s, long us, boolean repeat, boolean exit, int fd, String header) {
        try {
            do {
                Thread.sleep(us / 1000, (int) (us % 1000) * 1000);
                String text = header + allThreads(null);
                synchronized (FileDescriptors.of(interp)) {
                    writeTo(FileDescriptors.of(interp).lookup(fd), text);
                }
                if (exit) {
                    Runtime.getRuntime().halt(1);
                }
            } while (repeat);
        } catch (InterruptedException e) {
            // cancelled
        }
    }

    /** CPython's "Timeout (H:MM:SS[.ffffff])!" line. */
    private static String header(long us) {
        long sec = us / 1_000_000;
        long frac = us % 1_000_000;
        String t = String.format("%d:%02d:%02d", sec / 3600, (sec / 60) % 60, sec % 60);
        return "Timeout (" + t + (frac != 0 ? String.format(".%06d", frac) : "") + ")!\n";
    }

    /**
     * Every thread that runs Python code, and the current one, newest first as CPython lists them.
     * (The JVM's own threads, the launcher's first thread included, run none and are left out.)
     */
    private static String allThreads(Thread current) {
        List<Thread> threads = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (t == current || !FrameWalker.summary(t).isEmpty()) {
                threads.add(t);
            }
        }
        threads.sort((x, y) -> Long.compare(id(y), id(x)));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < threads.size(); i++) {
            Thread t = threads.get(i);
            if (i > 0) {
                b.append('\n');
            }
            b.append(t == current ? "Current thread 0x" : "Thread 0x").append(String.format("%016x", id(t)))
                    .append(" (most recent call first):\n").append(frames(t));
        }
        return b.toString();
    }

    @SuppressWarnings("deprecation") // Thread.threadId() needs Java 19; _thread.get_ident() uses getId() too
    private static long id(Thread t) {
        return t.getId();
    }

    private static String frames(Thread t) {
        List<FrameWalker.Summary> frames = FrameWalker.summary(t);
        if (frames.isEmpty()) {
            return "  <no Python frame>\n";
        }
        StringBuilder b = new StringBuilder();
        for (FrameWalker.Summary f : frames) {
            b.append("  File \"").append(f.filename()).append("\", line ").append(f.lineno()).append(" in ")
                    .append(f.name()).append('\n');
        }
        return b.toString();
    }

    private static void write(int fd, String text) {
        OpenFile f;
        try {
            f = FileDescriptors.current().get(fd);
        } catch (ErrnoException e) {
            throw OsErrors.error(e.errno, null, null);
        }
        writeTo(f, text);
    }

    private static void writeTo(OpenFile f, String text) {
        if (f == null) {
            return; // the descriptor was closed meanwhile: CPython's write fails silently too
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        try {
            for (int off = 0; off < b.length; ) {
                off += f.write(b, off, b.length - off);
            }
        } catch (IOException e) {
            // as CPython's dump, which ignores write errors
        }
    }
}
