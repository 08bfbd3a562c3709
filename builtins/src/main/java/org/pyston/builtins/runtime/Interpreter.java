package org.pyston.builtins.runtime;

import java.io.InputStream;
import java.io.PrintStream;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.module.BuiltinsModule;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.io.IOModule;
import org.pyston.builtins.io.PyTextIOWrapper;
import org.pyston.builtins.module.SysModule;
import org.pyston.builtins.text.PyStr;

/**
 * One Python interpreter: everything mutable that Python code can reach through {@code sys} and
 * {@code builtins}. Several may live in one JVM; they share only the immutable built-in types.
 * A thread runs Python code for the interpreter it is attached to ({@link ThreadState}).
 */
public final class Interpreter {
    private static volatile Interpreter defaultInstance;

    private final PyModule builtins;
    private final PyModule sys;
    /** {@code sys.modules}. */
    private final PyDict modules = new PyDict();
    private volatile int recursionLimit = 1000;
    private PyTextIOWrapper stdout;
    private PyTextIOWrapper stderr;
    private PyTextIOWrapper stdin;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    /** The import system's per-interpreter state (owned by indy-runtime's ImportSystem); null until installed. */
    private volatile Object importState;
    /** Values of {@code sys.flags} and start-up options (-I, -E, -B ...), set by the launcher. */
    private volatile RuntimeFlags flags = RuntimeFlags.DEFAULT;
    /** {@code sys.get_int_max_str_digits()}: the decimal int&lt;-&gt;str conversion limit, 0 for none. */
    private volatile int intMaxStrDigits = org.pyston.builtins.format.IntParser.DEFAULT_MAX_STR_DIGITS;

    /**
     * Modules written in Java, by name: each factory makes a fresh module for one interpreter.
     * JVM-wide and fixed at class initialisation (factories hold no state).
     */
    private static final java.util.Map<String, java.util.function.Function<Interpreter, PyModule>> BUILTIN_MODULES =
            BuiltinModuleRegistry.create();

    /**
     * An interpreter whose {@code sys.argv} is {@code argv} and whose standard streams wrap the
     * given Java streams: {@code _io.TextIOWrapper}s over descriptors 0, 1, 2 (stdout block-buffered
     * unless a terminal, stderr line-buffered; flushed by {@link #flush()} at exit).
     */
    public Interpreter(String[] argv, InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
        makeStdStreams(false, null);
        this.builtins = BuiltinsModule.create(this);
        this.sys = SysModule.create(this, argv);
        modules.put(PyStr.of("builtins"), builtins);
        modules.put(PyStr.of("sys"), sys);
    }

    /** Whether a module written in Java is available under {@code name} ({@code sys.builtin_module_names}). */
    public static boolean isBuiltinModule(String name) {
        return BUILTIN_MODULES.containsKey(name) || BuiltinModuleRegistry.provided().containsKey(name);
    }

    /** The names of the modules written in Java, sorted. */
    public static String[] builtinModuleNames() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(BUILTIN_MODULES.keySet());
        all.addAll(BuiltinModuleRegistry.provided().keySet());
        String[] names = all.toArray(new String[0]);
        return names;
    }

    /**
     * A new instance of the Java module {@code name} for this interpreter ({@code sys} and
     * {@code builtins} are this interpreter's own), or null when there is none. Not stored in
     * sys.modules: the import system does that.
     */
    public PyModule createBuiltinModule(String name) {
        var f = BUILTIN_MODULES.get(name);
        if (f == null) f = BuiltinModuleRegistry.provided().get(name);
        return f == null ? null : f.apply(this);
    }

    /** State of Java modules kept per interpreter (atexit's callbacks, gc's switch), by owner class. */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> moduleState = new java.util.concurrent.ConcurrentHashMap<>();

    /** The state {@code owner} keeps in this interpreter, made by {@code init} on first use. */
    @SuppressWarnings("unchecked")
    public <T> T moduleState(Class<?> owner, java.util.function.Supplier<T> init) {
        return (T) moduleState.computeIfAbsent(owner, k -> init.get());
    }

    public Object getImportState() {
        return importState;
    }

    public void setImportState(Object state) {
        this.importState = state;
    }

    /** The start-up flags ({@code sys.flags}). */
    public RuntimeFlags getFlags() {
        return flags;
    }

    public void setFlags(RuntimeFlags flags) {
        this.flags = flags;
        String ioEncoding = flags.ignoreEnvironment() ? null : System.getenv("PYTHONIOENCODING");
        if (flags.unbuffered() || (ioEncoding != null && !ioEncoding.isEmpty())) {
            makeStdStreams(flags.unbuffered(), ioEncoding);
            PyDict d = sys.getDict();
            d.putStr("stdout", stdout);
            d.putStr("stderr", stderr);
            d.putStr("stdin", stdin);
            d.putStr("__stdout__", stdout);
            d.putStr("__stderr__", stderr);
            d.putStr("__stdin__", stdin);
        }
    }

    /** (Re)makes the standard streams; {@code ioEncoding} is PYTHONIOENCODING ("encoding[:errors]") or null. */
    private void makeStdStreams(boolean unbuffered, String ioEncoding) {
        String enc = null;
        String errors = null;
        if (ioEncoding != null && !ioEncoding.isEmpty()) {
            int colon = ioEncoding.indexOf(':');
            enc = colon < 0 ? ioEncoding : ioEncoding.substring(0, colon);
            errors = colon < 0 ? null : ioEncoding.substring(colon + 1);
            enc = enc.isEmpty() ? null : enc;
            errors = errors == null || errors.isEmpty() ? null : errors;
        }
        if (stdout != null) {
            stdout.flushQuietly();
            stderr.flushQuietly();
        }
        PyTextIOWrapper[] s = IOModule.stdStreams(this, in, out, err, unbuffered, enc, errors);
        stdin = s[0];
        stdout = s[1];
        stderr = s[2];
    }

    /** The interpreter of threads never attached explicitly (created on first use, on System streams). */
    public static Interpreter defaultInterpreter() {
        Interpreter i = defaultInstance;
        if (i == null) {
            synchronized (Interpreter.class) {
                i = defaultInstance;
                if (i == null) {
                    i = new Interpreter(new String[] {""}, System.in, System.out, System.err);
                    defaultInstance = i;
                }
            }
        }
        return i;
    }

    /** The interpreter of the current thread. */
    public static Interpreter current() {
        return ThreadState.current().getInterpreter();
    }

    /** Attaches the current thread to this interpreter. */
    public ThreadState enter() {
        return ThreadState.attach(this);
    }

    public PyModule getBuiltins() {
        return builtins;
    }

    /** The builtins module's dictionary (what global lookups fall back to). */
    public PyDict getBuiltinsDict() {
        return builtins.getDict();
    }

    public PyModule getSys() {
        return sys;
    }

    /** {@code sys.modules}. */
    public PyDict getModules() {
        return modules;
    }

    public int getIntMaxStrDigits() {
        return intMaxStrDigits;
    }

    /** Sets {@code sys.set_int_max_str_digits}; the caller has checked the value (0 or at least 640). */
    public void setIntMaxStrDigits(int limit) {
        intMaxStrDigits = limit;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** The current {@code sys.stdout} object (may be replaced by Python code). */
    public Object getStdout() {
        Object o = sys.getDict().getStr("stdout");
        return o == null ? stdout : o;
    }

    /** The attribute {@code name} of the sys module, or null when it is not set. */
    public Object getSysAttribute(String name) {
        return sys.getDict().getStr(name);
    }

    /** The current {@code sys.stderr} object. */
    public Object getStderr() {
        Object o = sys.getDict().getStr("stderr");
        return o == null ? stderr : o;
    }

    /** The original stdout stream (sys.__stdout__). */
    public PyTextIOWrapper getOriginalStdout() {
        return stdout;
    }

    public PyTextIOWrapper getOriginalStderr() {
        return stderr;
    }

    public PyTextIOWrapper getOriginalStdin() {
        return stdin;
    }

    /**
     * Flushes the buffered files still open, then sys.stdout and sys.stderr (at exit, as CPython's
     * finalization does); errors are ignored.
     */
    public void flush() {
        IOModule.flushOpenWriters(this);
        for (Object o : new Object[] {getStdout(), getStderr()}) {
            if (o instanceof PyTextIOWrapper t) {
                t.flushQuietly();
            } else {
                try {
                    org.pyston.builtins.ops.CallOps.callMethod(o, "flush", new Object[0], null);
                } catch (RuntimeException e) {
                    // CPython ignores a failing flush at exit too
                }
            }
        }
        stdout.flushQuietly();
        stderr.flushQuietly();
    }
}
