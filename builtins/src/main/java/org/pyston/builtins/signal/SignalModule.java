package org.pyston.builtins.signal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.BuiltinsModule;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _signal} module (what {@code signal} wraps): Linux's signal numbers, the per-interpreter
 * table of Python-level handlers kept by {@code signal}/{@code getsignal} with CPython's checks and
 * messages, {@code default_int_handler}, {@code strsignal}, {@code valid_signals}, and
 * {@code raise_signal}, which runs the installed handler synchronously as CPython does for a signal
 * raised by the process itself. Not here: delivery of signals sent from outside the process to Python
 * handlers (the JVM owns the process's signal handling), alarm/setitimer, sigmask and sigwait.
 */
public final class SignalModule {
    private SignalModule() {}

    /** Linux's NSIG: signal numbers are 1 .. NSIG-1. */
    private static final int NSIG = 65;
    private static final int SIG_DFL = 0;
    private static final int SIG_IGN = 1;
    private static final int SIGINT = 2;
    private static final int SIGKILL = 9;
    private static final int SIGPIPE = 13;
    private static final int SIGSTOP = 19;
    private static final int SIGRTMIN = 34;

    private static final Object[][] NAMES = {
        {"SIGHUP", 1, "Hangup"}, {"SIGINT", 2, "Interrupt"}, {"SIGQUIT", 3, "Quit"},
        {"SIGILL", 4, "Illegal instruction"}, {"SIGTRAP", 5, "Trace/breakpoint trap"}, {"SIGABRT", 6, "Aborted"},
        {"SIGBUS", 7, "Bus error"}, {"SIGFPE", 8, "Floating point exception"}, {"SIGKILL", 9, "Killed"},
        {"SIGUSR1", 10, "User defined signal 1"}, {"SIGSEGV", 11, "Segmentation fault"},
        {"SIGUSR2", 12, "User defined signal 2"}, {"SIGPIPE", 13, "Broken pipe"}, {"SIGALRM", 14, "Alarm clock"},
        {"SIGTERM", 15, "Terminated"}, {"SIGSTKFLT", 16, "Stack fault"}, {"SIGCHLD", 17, "Child exited"},
        {"SIGCONT", 18, "Continued"}, {"SIGSTOP", 19, "Stopped (signal)"}, {"SIGTSTP", 20, "Stopped"},
        {"SIGTTIN", 21, "Stopped (tty input)"}, {"SIGTTOU", 22, "Stopped (tty output)"},
        {"SIGURG", 23, "Urgent I/O condition"}, {"SIGXCPU", 24, "CPU time limit exceeded"},
        {"SIGXFSZ", 25, "File size limit exceeded"}, {"SIGVTALRM", 26, "Virtual timer expired"},
        {"SIGPROF", 27, "Profiling timer expired"}, {"SIGWINCH", 28, "Window changed"},
        {"SIGIO", 29, "I/O possible"}, {"SIGPWR", 30, "Power failure"}, {"SIGSYS", 31, "Bad system call"},
    };

    /** Each interpreter's handlers, indexed by signal number (null: never set, i.e. SIG_DFL). */
    private static final Map<Interpreter, Object[]> HANDLERS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Builds {@code _signal} for one interpreter: SIGINT starts with default_int_handler, SIGPIPE ignored. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_signal");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(SignalModule.class, "_signal", d);
        for (Object[] n : NAMES) {
            d.putStr((String) n[0], new PyInt((Integer) n[1]));
        }
        d.putStr("SIGIOT", new PyInt(6));
        d.putStr("SIGCLD", new PyInt(17));
        d.putStr("SIGPOLL", new PyInt(29));
        d.putStr("SIGRTMIN", new PyInt(SIGRTMIN));
        d.putStr("SIGRTMAX", new PyInt(NSIG - 1));
        d.putStr("NSIG", new PyInt(NSIG));
        d.putStr("SIG_DFL", new PyInt(SIG_DFL));
        d.putStr("SIG_IGN", new PyInt(SIG_IGN));
        Object[] table = new Object[NSIG];
        table[SIGINT] = d.getStr("default_int_handler");
        table[SIGPIPE] = new PyInt(SIG_IGN);
        HANDLERS.put(interp, table);
        return m;
    }

    private static Object[] table() {
        Object[] t = HANDLERS.get(Interpreter.current());
        if (t == null) {
            throw PyExceptions.runtimeError("_signal is not initialised in this interpreter");
        }
        return t;
    }

    private static int signum(Object o) {
        Object i = UnaryOps.index(o);
        if (!IntMath.isSmall(i) || IntMath.small(i) < 1 || IntMath.small(i) >= NSIG) {
            throw PyExceptions.valueError("signal number out of range");
        }
        return (int) IntMath.small(i);
    }

    private static boolean isIntValue(Object o, int v) {
        return IntMath.isInt(o) && IntMath.isSmall(o) && IntMath.small(o) == v;
    }

    @PyMethod
    public static Object signal(Object signalnum, Object handler) {
        int sig = signum(signalnum);
        if (!isIntValue(handler, SIG_DFL) && !isIntValue(handler, SIG_IGN) && !BuiltinsModule.callable(handler)) {
            throw PyExceptions.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (sig == SIGKILL || sig == SIGSTOP) {
            throw PyExceptions.create(PyExceptions.OS_ERROR, new PyInt(22), PyStr.of("Invalid argument"));
        }
        Object[] t = table();
        synchronized (t) {
            Object old = t[sig] == null ? new PyInt(SIG_DFL) : t[sig];
            t[sig] = handler;
            return old;
        }
    }

    @PyMethod
    public static Object getsignal(Object signalnum) {
        int sig = signum(signalnum);
        Object[] t = table();
        synchronized (t) {
            return t[sig] == null ? new PyInt(SIG_DFL) : t[sig];
        }
    }

    @PyMethod(name = "default_int_handler", required = 0)
    public static Object defaultIntHandler(Object signalnum, Object frame) {
        throw PyExceptions.create(PyExceptions.KEYBOARD_INTERRUPT);
    }

    @PyMethod
    public static Object raise_signal(Object signalnum) {
        int sig = signum(signalnum);
        Object h;
        Object[] t = table();
        synchronized (t) {
            h = t[sig];
        }
        if (h == null || isIntValue(h, SIG_DFL)) {
            if (sig == SIGINT) {
                // the process's own default action for SIGINT under the JVM: stop, as when killed by it
                Interpreter.current().flush();
                Runtime.getRuntime().halt(128 + sig);
            }
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "raise_signal(%d) with the default action is not supported", sig);
        }
        if (!isIntValue(h, SIG_IGN)) {
            CallOps.call(h, new Object[] {new PyInt(sig), PyNone.NONE}, null);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object strsignal(Object signalnum) {
        int sig = signum(signalnum);
        for (Object[] n : NAMES) {
            if ((Integer) n[1] == sig) {
                return PyStr.of((String) n[2]);
            }
        }
        if (sig >= SIGRTMIN) {
            return PyStr.of("Real-time signal " + (sig - SIGRTMIN));
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object valid_signals() {
        PySet s = new PySet();
        for (int i = 1; i < NSIG; i++) {
            if (i != 32 && i != 33) {
                s.add(new PyInt(i));
            }
        }
        return s;
    }
}
