package org.pyston.builtins.posix;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * Process functions of {@code posix}: ids, {@code kill}, {@code waitpid} over the interpreter's
 * {@link Children}, the wait-status macros ({@code WIFEXITED} ...), {@code times}, {@code _exit}.
 * User and group ids come from Linux's /proc/self/status (the JDK has no getuid).
 */
public final class ProcessFunctions {
    private ProcessFunctions() {}

    static final int WNOHANG = 1;

    /** {@code os.times_result}. */
    public static final PyType TIMES_RESULT = StructSequence.define("posix", "times_result", "posix.times_result",
            new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5);

    /** Real, effective uid, then real, effective gid (-1 each when unknown), from /proc. */
    static long[] ids() {
        long[] r = {-1, -1, -1, -1, -1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] f = line.trim().split("\\s+");
                if (f[0].equals("Uid:") && f.length >= 3) {
                    r[0] = Long.parseLong(f[1]);
                    r[1] = Long.parseLong(f[2]);
                } else if (f[0].equals("Gid:") && f.length >= 3) {
                    r[4] = Long.parseLong(f[1]);
                    r[5] = Long.parseLong(f[2]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return r;
    }

    private static Object id(int which) {
        long v = ids()[which];
        if (v < 0) {
            throw PyExceptions.notImplementedError("user and group ids need Linux's /proc");
        }
        return PyInt.valueOf(v);
    }

    @PyMethod
    public static Object getuid() {
        return id(0);
    }

    @PyMethod
    public static Object geteuid() {
        return id(1);
    }

    @PyMethod
    public static Object getgid() {
        return id(4);
    }

    @PyMethod
    public static Object getegid() {
        return id(5);
    }

    @PyMethod
    public static Object getgroups() {
        PyList out = new PyList();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Groups:")) {
                    for (String g : line.substring(7).trim().split("\\s+")) {
                        if (!g.isEmpty()) {
                            out.append(PyInt.valueOf(Long.parseLong(g)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw PosixErrors.fromIO(e);
        }
        return out;
    }

    @PyMethod
    public static Object getpid() {
        return PyInt.valueOf(ProcessHandle.current().pid());
    }

    @PyMethod
    public static Object getppid() {
        return PyInt.valueOf(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
    }

    @PyMethod
    public static Object kill(Object pidObj, Object sigObj) {
        long pid = UnaryOps.indexAsLong(pidObj);
        int sig = (int) UnaryOps.indexAsLong(sigObj);
        if (sig < 0 || sig > 64) {
            throw PosixErrors.error(ErrnoException.EINVAL);
        }
        Children.Child c = Children.current().get(pid);
        if (c != null && c.process == null) {
            return PyNone.NONE; // a failed exec: already gone, not yet reaped (a zombie takes signals)
        }
        Optional<ProcessHandle> h = c != null ? Optional.of(c.process.toHandle()) : ProcessHandle.of(pid);
        if (pid <= 0 || h.isEmpty() || (!h.get().isAlive() && c == null)) {
            throw PosixErrors.error(ErrnoException.ESRCH);
        }
        if (sig == 0) {
            return PyNone.NONE;
        }
        if (c != null) {
            c.signalled = sig;
        }
        if (sig == 15) {
            h.get().destroy();
        } else if (sig == 9) {
            h.get().destroyForcibly();
        } else {
            try {
                Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).start();
                if (k.waitFor() != 0) {
                    throw PosixErrors.error(ErrnoException.EPERM);
                }
            } catch (IOException e) {
                throw PyExceptions.notImplementedError("os.kill with signal %d needs the kill command", sig);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PosixErrors.error(ErrnoException.EINTR);
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object waitpid(Object pidObj, Object optionsObj) {
        long pid = UnaryOps.indexAsLong(pidObj);
        int options = (int) UnaryOps.indexAsLong(optionsObj);
        Children table = Children.current();
        try {
            while (true) {
                Children.Child found = null;
                if (pid > 0) {
                    found = table.get(pid);
                    if (found == null) {
                        throw PosixErrors.error(ErrnoException.ECHILD);
                    }
                    if (!found.exited() && (options & WNOHANG) == 0) {
                        found.process.waitFor();
                    }
                    if (!found.exited()) {
                        return PyTuple.of(PyInt.valueOf(0), PyInt.valueOf(0));
                    }
                } else {
                    java.util.List<Children.Child> all = table.all();
                    if (all.isEmpty()) {
                        throw PosixErrors.error(ErrnoException.ECHILD);
                    }
                    for (Children.Child c : all) {
                        if (c.exited()) {
                            found = c;
                            break;
                        }
                    }
                    if (found == null) {
                        if ((options & WNOHANG) != 0) {
                            return PyTuple.of(PyInt.valueOf(0), PyInt.valueOf(0));
                        }
                        Thread.sleep(5);
                        continue;
                    }
                }
                int status = found.await();
                table.remove(found.pid);
                return PyTuple.of(PyInt.valueOf(found.pid), PyInt.valueOf(status));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(ErrnoException.EINTR);
        }
    }

    @PyMethod
    public static Object wait_() {
        return waitpid(PyInt.valueOf(-1), PyInt.valueOf(0));
    }

    @PyMethod(name = "waitstatus_to_exitcode", general = true)
    public static Object waitstatusToExitcode(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("waitstatus_to_exitcode", args, kwnames, 1, new String[] {"status"}, 1);
        int st = (int) UnaryOps.indexAsLong(a[0]);
        if (PyBool.TRUE == wifexited(a[0])) {
            return PyInt.valueOf((st >> 8) & 0xff);
        }
        if (PyBool.TRUE == wifsignaled(a[0])) {
            return PyInt.valueOf(-(st & 0x7f));
        }
        if (PyBool.TRUE == wifstopped(a[0])) {
            throw PyExceptions.valueError("process stopped by delivery of signal %d", (st >> 8) & 0xff);
        }
        throw PyExceptions.valueError("invalid wait status: %d", st);
    }

    private static int status(Object o) {
        return (int) UnaryOps.indexAsLong(o);
    }

    @PyMethod(name = "WIFEXITED")
    public static Object wifexited(Object status) {
        return PyBool.of((status(status) & 0x7f) == 0);
    }

    @PyMethod(name = "WEXITSTATUS")
    public static Object wexitstatus(Object status) {
        return PyInt.valueOf((status(status) >> 8) & 0xff);
    }

    @PyMethod(name = "WIFSIGNALED")
    public static Object wifsignaled(Object status) {
        int s = status(status);
        return PyBool.of(((byte) ((s & 0x7f) + 1) >> 1) > 0);
    }

    @PyMethod(name = "WTERMSIG")
    public static Object wtermsig(Object status) {
        return PyInt.valueOf(status(status) & 0x7f);
    }

    @PyMethod(name = "WIFSTOPPED")
    public static Object wifstopped(Object status) {
        return PyBool.of((status(status) & 0xff) == 0x7f);
    }

    @PyMethod(name = "WSTOPSIG")
    public static Object wstopsig(Object status) {
        return PyInt.valueOf((status(status) >> 8) & 0xff);
    }

    @PyMethod(name = "WIFCONTINUED")
    public static Object wifcontinued(Object status) {
        return PyBool.of(status(status) == 0xffff);
    }

    @PyMethod(name = "WCOREDUMP")
    public static Object wcoredump(Object status) {
        return PyBool.of((status(status) & 0x80) != 0);
    }

    @PyMethod
    public static Object times() {
        var bean = ManagementFactory.getThreadMXBean();
        double user = 0;
        double cpu = 0;
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            cpu = sun.getProcessCpuTime() / 1e9;
        }
        // The JDK splits CPU time into user and system per thread only: sum the threads' user time.
        if (bean.isThreadCpuTimeSupported()) {
            for (long id : bean.getAllThreadIds()) {
                long u = bean.getThreadUserTime(id);
                if (u > 0) {
                    user += u / 1e9;
                }
            }
        }
        user = Math.min(user, cpu);
        double elapsed = System.nanoTime() / 1e9;
        return StructSequence.make(TIMES_RESULT, new PyFloat(round(user)), new PyFloat(round(cpu - user)),
                new PyFloat(0.0), new PyFloat(0.0), new PyFloat(round(elapsed)));
    }

    /** times(2) counts in clock ticks (1/100 s): values are multiples of 0.01, as CPython's. */
    private static double round(double s) {
        return Math.floor(s * 100) / 100;
    }

    /** {@code os._exit(n)}: ends the process at once, without cleanup, after flushing our streams. */
    @PyMethod(name = "_exit")
    public static Object exit(Object status) {
        long n = UnaryOps.indexAsLong(status);
        Interpreter.current().flush();
        Runtime.getRuntime().halt((int) n);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object abort() {
        Interpreter.current().flush();
        Runtime.getRuntime().halt(134);
        return PyNone.NONE;
    }

    /** {@code os.system(command)}: /bin/sh -c command with our standard streams; the wait status. */
    @PyMethod
    public static Object system(Object command) {
        PathArg c = PathArg.of("system", "command", command, false);
        long pid = PosixSubprocessModule.spawn(new String[] {"/bin/sh", "-c", c.text}, null, null, -1, -1, -1);
        PyTuple r = (PyTuple) waitpid(PyInt.valueOf(pid), PyInt.valueOf(0));
        return r.items[1];
    }
}
