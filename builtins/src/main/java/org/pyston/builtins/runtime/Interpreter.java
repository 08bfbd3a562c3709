package org.pyston.builtins.runtime;

import java.io.InputStream;
import java.io.PrintStream;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.module.BuiltinsModule;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.module.PyTextStream;
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
    private final PyTextStream stdout;
    private final PyTextStream stderr;
    private final PyTextStream stdin;
    /** The import system's per-interpreter state (owned by indy-runtime's ImportSystem); null until installed. */
    private volatile Object importState;
    /** Values of {@code sys.flags} and start-up options (-I, -E, -B ...), set by the launcher. */
    private volatile RuntimeFlags flags = RuntimeFlags.DEFAULT;

    /**
     * Modules written in Java, by name: each factory makes a fresh module for one interpreter.
     * JVM-wide and fixed at class initialisation (factories hold no state).
     */
    private static final java.util.Map<String, java.util.function.Function<Interpreter, PyModule>> BUILTIN_MODULES =
            BuiltinModuleRegistry.create();

    /**
     * An interpreter whose {@code sys.argv} is {@code argv} and whose standard streams wrap the
     * given Java streams (stdout buffered; flushed by {@link #flush()} and before stderr writes).
     */
    public Interpreter(String[] argv, InputStream in, PrintStream out, PrintStream err) {
        this.stdout = PyTextStream.forOutput("<stdout>", out, 1 << 16, null);
        this.stderr = PyTextStream.forOutput("<stderr>", err, 0, stdout);
        this.stdin = PyTextStream.forInput("<stdin>", in);
        this.builtins = BuiltinsModule.create(this);
        this.sys = SysModule.create(this, argv);
        modules.put(PyStr.of("builtins"), builtins);
        modules.put(PyStr.of("sys"), sys);
        org.pyston.builtins.posix.FileDescriptors.install(this, in, out, err);
    }

    /** Whether a module written in Java is available under {@code name} ({@code sys.builtin_module_names}). */
    public static boolean isBuiltinModule(String name) {
        return BUILTIN_MODULES.containsKey(name);
    }

    /** The names of the modules written in Java, sorted. */
    public static String[] builtinModuleNames() {
        String[] names = BUILTIN_MODULES.keySet().toArray(new String[0]);
        java.util.Arrays.sort(names);
        return names;
    }

    /**
     * A new instance of the Java module {@code name} for this interpreter ({@code sys} and
     * {@code builtins} are this interpreter's own), or null when there is none. Not stored in
     * sys.modules: the import system does that.
     */
    public PyModule createBuiltinModule(String name) {
        var f = BUILTIN_MODULES.get(name);
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

    /** The current {@code sys.stderr} object. */
    public Object getStderr() {
        Object o = sys.getDict().getStr("stderr");
        return o == null ? stderr : o;
    }

    /** The original stdout stream (sys.__stdout__). */
    public PyTextStream getOriginalStdout() {
        return stdout;
    }

    public PyTextStream getOriginalStderr() {
        return stderr;
    }

    public PyTextStream getOriginalStdin() {
        return stdin;
    }

    /** Flushes the standard streams (at exit, and before anything goes to stderr). */
    public void flush() {
        stdout.flush();
        stderr.flush();
    }
}
