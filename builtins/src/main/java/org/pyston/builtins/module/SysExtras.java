package org.pyston.builtins.module;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.exception.FrameWalker;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.exception.TracebackPrinter;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * The rest of {@code sys}: the informational struct sequences ({@code float_info}, {@code int_info},
 * {@code hash_info}, {@code thread_info}, {@code version_info}), the installation paths, the hooks
 * ({@code excepthook}, {@code displayhook}, {@code unraisablehook}, {@code breakpointhook}), frames
 * ({@code _getframe}) and the functions that report on or tune the runtime. Where a CPython knob has
 * no meaning on the JVM (reference counts, dlopen flags, the switch interval) it is kept and
 * reported as CPython would, so programs that read it run unchanged.
 */
public final class SysExtras {
    private SysExtras() {}

    static final PyType FLOAT_INFO = StructSequence.define("sys", "float_info", "sys.float_info",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                    "radix", "rounds"}, 11);
    static final PyType INT_INFO = StructSequence.define("sys", "int_info", "sys.int_info",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
    static final PyType HASH_INFO = StructSequence.define("sys", "hash_info", "sys.hash_info",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
    static final PyType THREAD_INFO = StructSequence.define("sys", "thread_info", "sys.thread_info",
            new String[] {"name", "lock", "version"}, 3);
    static final PyType VERSION_INFO = StructSequence.define("sys", "version_info", "sys.version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5);
    static final PyType ASYNCGEN_HOOKS = StructSequence.define("sys", "asyncgen_hooks", "asyncgen_hooks",
            new String[] {"firstiter", "finalizer"}, 2);

    /** The modules of CPython 3.11's standard library ({@code sys.stdlib_module_names}). */
    private static final String[] STDLIB_MODULE_NAMES = {
        "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2",
        "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
        "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv",
        "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
        "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale",
        "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode",
        "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
        "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal",
        "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime",
        "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
        "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity",
        "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb",
        "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd",
        "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
        "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses",
        "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip",
        "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib",
        "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
        "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect",
        "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma",
        "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt",
        "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator",
        "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform",
        "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile",
        "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib",
        "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil",
        "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile",
        "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess",
        "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios",
        "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
        "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest",
        "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref",
        "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"
    };

    /** Adds the attributes of this class to {@code sys}'s dict. */
    static void install(Interpreter interp, PyDict d) {
        DeclarationScanner.scanModule(SysExtras.class, "sys", d);
        for (String hook : new String[] {"excepthook", "displayhook", "unraisablehook", "breakpointhook"}) {
            d.putStr("__" + hook + "__", d.getStr(hook));
        }
        d.putStr("float_info", StructSequence.make(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.valueOf(1024),
                PyInt.valueOf(308), new PyFloat(Double.MIN_NORMAL), PyInt.valueOf(-1021), PyInt.valueOf(-307),
                PyInt.valueOf(15), PyInt.valueOf(53), new PyFloat(Math.ulp(1.0)), PyInt.valueOf(2), PyInt.valueOf(1)));
        d.putStr("int_info", StructSequence.make(INT_INFO, PyInt.valueOf(30), PyInt.valueOf(4), PyInt.valueOf(org.pyston.builtins.format.IntParser.DEFAULT_MAX_STR_DIGITS),
                PyInt.valueOf(org.pyston.builtins.format.IntParser.MAX_STR_DIGITS_THRESHOLD)));
        // our str hash is an unkeyed multiplicative hash (no PYTHONHASHSEED randomisation yet): "fnv"-like
        d.putStr("hash_info", StructSequence.make(HASH_INFO, PyInt.valueOf(64), PyInt.valueOf((1L << 61) - 1),
                PyInt.valueOf(314159), PyInt.valueOf(0), PyInt.valueOf(1000003), PyStr.of("fnv"), PyInt.valueOf(64),
                PyInt.valueOf(0), PyInt.valueOf(0)));
        d.putStr("thread_info", StructSequence.make(THREAD_INFO, PyStr.of("pthread"), PyStr.of("semaphore"), PyNone.NONE));
        d.putStr("version_info", StructSequence.make(VERSION_INFO, PyInt.valueOf(3), PyInt.valueOf(11), PyInt.valueOf(3),
                PyStr.of("final"), PyInt.valueOf(0)));
        Object[] names = new Object[STDLIB_MODULE_NAMES.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(STDLIB_MODULE_NAMES[i]);
        }
        d.putStr("stdlib_module_names", CallOps.call(PyFrozenSet.TYPE, new Object[] {PyTuple.wrap(names)}, null));
        d.putStr("api_version", PyInt.valueOf(1013));
        d.putStr("maxunicode", PyInt.valueOf(0x10FFFF));
        d.putStr("float_repr_style", PyStr.of("short"));
        d.putStr("abiflags", PyStr.of(""));
        d.putStr("platlibdir", PyStr.of("lib"));
        d.putStr("pycache_prefix", PyNone.NONE);
        d.putStr("_framework", PyStr.of(""));
        d.putStr("_git", PyTuple.of(PyStr.of("Pyston-JVM"), PyStr.of(""), PyStr.of("")));
        d.putStr("copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 2026 the Pyston for the JVM authors."));
        PyList orig = new PyList();
        orig.append(PyStr.of("pyston"));
        Object argv = d.getStr("argv");
        if (argv instanceof PyList a) {
            for (Object o : a.toArray()) {
                orig.append(o);
            }
        }
        d.putStr("orig_argv", orig);
        String prefix = System.getProperty("pyston.home", System.getProperty("java.home", "/usr"));
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            d.putStr(p, PyStr.of(prefix));
        }
        d.putStr("_home", PyNone.NONE);
        Object exe = d.getStr("executable");
        d.putStr("_base_executable", exe == null ? PyStr.of("") : exe);
    }

    // ---- frames and the handled exception ---------------------------------------------------

    @PyMethod(name = "_getframe", required = 0)
    public static Object getframe(Object depth) {
        int n = depth == null ? 0 : (int) Math.min(Integer.MAX_VALUE, UnaryOps.indexAsLong(depth));
        return FrameWalker.frame(n);
    }

    /** {@code sys.exception()} (new in 3.11): the exception being handled, or None. */
    @PyMethod
    public static Object exception() {
        Object e = ThreadState.current().getHandledException();
        return e == null ? PyNone.NONE : e;
    }

    // ---- hooks ------------------------------------------------------------------------------

    /** The default {@code sys.excepthook}: prints the traceback to sys.stderr. */
    @PyMethod
    public static Object excepthook(Object type, Object value, Object tb) {
        String text;
        if (value instanceof PyBaseException e) {
            StringBuilder sb = new StringBuilder();
            TracebackPrinter.print(e, sb);
            text = sb.toString();
        } else {
            text = "TypeError: print_exception(): Exception expected for value, " + TypeOps.typeName(value) + " found\n";
        }
        CallOps.callMethod(Interpreter.current().getStderr(), "write", new Object[] {PyStr.of(text)}, null);
        return PyNone.NONE;
    }

    /** The default {@code sys.displayhook}: prints repr(value) and keeps it as {@code builtins._}. */
    @PyMethod
    public static Object displayhook(Object value) {
        if (value == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyDict builtins = Interpreter.current().getBuiltinsDict();
        builtins.putStr("_", PyNone.NONE);
        CallOps.callMethod(Interpreter.current().getStdout(), "write", new Object[] {PyStr.of(Repr.repr(value) + "\n")}, null);
        builtins.putStr("_", value);
        return PyNone.NONE;
    }

    /** The default {@code sys.unraisablehook}: reports an exception that could not be raised. */
    @PyMethod
    public static Object unraisablehook(Object unraisable) {
        Object exc = AttributeOps.lookupAttr(unraisable, "exc_value");
        Object msg = AttributeOps.lookupAttr(unraisable, "err_msg");
        Object obj = AttributeOps.lookupAttr(unraisable, "object");
        StringBuilder sb = new StringBuilder(msg instanceof PyStr m ? m.value() : "Exception ignored in");
        if (obj != null && obj != PyNone.NONE) {
            sb.append(": ").append(Repr.repr(obj));
        }
        sb.append('\n');
        if (exc instanceof PyBaseException e) {
            TracebackPrinter.print(e, sb);
        }
        CallOps.callMethod(Interpreter.current().getStderr(), "write", new Object[] {PyStr.of(sb.toString())}, null);
        return PyNone.NONE;
    }

    /**
     * The default {@code sys.breakpointhook}: calls the callable {@code $PYTHONBREAKPOINT} names
     * (read from the interpreter's environment, so {@code os.environ} changes count; unset or
     * empty means {@code pdb.set_trace}, {@code 0} disables it, a name without a dot is a builtin);
     * one that cannot be imported is a RuntimeWarning, as in CPython.
     */
    @PyMethod(general = true)
    public static Object breakpointhook(Object[] args, String[] kwnames) {
        Interpreter interp = Interpreter.current();
        String env = interp.getFlags().ignoreEnvironment() ? null
                : org.pyston.builtins.posix.PosixState.of(interp).getenv("PYTHONBREAKPOINT");
        if (env == null || env.isEmpty()) {
            env = "pdb.set_trace";
        } else if (env.equals("0")) {
            return PyNone.NONE;
        }
        int dot = env.lastIndexOf('.');
        if (dot != 0) {
            String module = dot < 0 ? "builtins" : env.substring(0, dot);
            Object hook;
            try {
                Object m = CallOps.call(interp.getBuiltinsDict().getStr("__import__"),
                        new Object[] {PyStr.of(module), PyNone.NONE, PyNone.NONE, PyTuple.of(PyStr.of("__doc__"))}, null);
                hook = AttributeOps.getAttr(m, env.substring(dot + 1));
            } catch (PyBaseException e) {
                if (!e.isInstance(PyExceptions.IMPORT_ERROR) && !e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                hook = null;
            }
            if (hook != null) {
                return CallOps.call(hook, args, kwnames);
            }
        }
        org.pyston.builtins.imp.WarningsModule.emit(PyExceptions.RUNTIME_WARNING,
                "Ignoring unimportable $PYTHONBREAKPOINT: \"" + env + "\"", 1);
        return PyNone.NONE;
    }

    // ---- encodings ----------------------------------------------------------------------------

    @PyMethod
    public static Object getfilesystemencoding() {
        return PyStr.of("utf-8");
    }

    @PyMethod
    public static Object getfilesystemencodeerrors() {
        return PyStr.of("surrogateescape");
    }

    // ---- tracing, profiling and asynchronous generator hooks (per thread) -------------------

    private static final ThreadLocal<Object[]> HOOKS = ThreadLocal.withInitial(() -> new Object[] {
        PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyInt.valueOf(0)});

    /**
     * {@code sys.settrace}: accepted and remembered so debuggers and coverage tools can read it
     * back; compiled code does not report line events to it.
     */
    @PyMethod
    public static Object settrace(Object fn) {
        HOOKS.get()[0] = fn;
        return PyNone.NONE;
    }

    @PyMethod
    public static Object gettrace() {
        return HOOKS.get()[0];
    }

    /** {@code sys.setprofile}: remembered like settrace; compiled code does not report call events. */
    @PyMethod
    public static Object setprofile(Object fn) {
        HOOKS.get()[1] = fn;
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getprofile() {
        return HOOKS.get()[1];
    }

    @PyMethod(general = true)
    public static Object set_asyncgen_hooks(Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("set_asyncgen_hooks", args, kwnames, 2,
                new String[] {"firstiter", "finalizer"}, 0);
        Object[] h = HOOKS.get();
        for (int i = 0; i < 2; i++) {
            if (p[i] != null) {
                if (p[i] != PyNone.NONE && !BuiltinsModule.callable(p[i])) {
                    throw PyExceptions.typeError("callable %s expected, got %s", i == 0 ? "firstiter" : "finalizer",
                            TypeOps.typeName(p[i]));
                }
                h[2 + i] = p[i];
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object get_asyncgen_hooks() {
        Object[] h = HOOKS.get();
        return StructSequence.make(ASYNCGEN_HOOKS, h[2], h[3]);
    }

    @PyMethod
    public static Object set_coroutine_origin_tracking_depth(Object depth) {
        long n = UnaryOps.indexAsLong(depth);
        if (n < 0) {
            throw PyExceptions.valueError("depth must be >= 0");
        }
        HOOKS.get()[4] = PyInt.valueOf(n);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object get_coroutine_origin_tracking_depth() {
        return HOOKS.get()[4];
    }

    // ---- runtime knobs and reports ------------------------------------------------------------

    private static volatile double switchInterval = 0.005;

    /** Kept for programs that tune it; JVM threads are scheduled by the OS, there is no GIL to switch. */
    @PyMethod
    public static Object setswitchinterval(Object interval) {
        double v = org.pyston.builtins.number.FloatMath.toDouble(interval);
        if (v <= 0) {
            throw PyExceptions.valueError("switch interval must be strictly positive");
        }
        switchInterval = v;
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getswitchinterval() {
        return new PyFloat(switchInterval);
    }

    private static volatile long dlopenFlags = 2; // RTLD_NOW

    @PyMethod
    public static Object setdlopenflags(Object flags) {
        dlopenFlags = UnaryOps.indexAsLong(flags);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getdlopenflags() {
        return PyInt.valueOf(dlopenFlags);
    }

    /** Objects are not reference counted on the JVM; 2 is what CPython reports for a fresh temporary. */
    @PyMethod
    public static Object getrefcount(Object o) {
        return PyInt.valueOf(2);
    }

    @PyMethod
    public static Object getallocatedblocks() {
        return PyInt.valueOf(0);
    }

    /**
     * {@code sys.getsizeof(o)}: the object's {@code __sizeof__} plus CPython's GC header for objects
     * the cycle collector tracks, as CPython computes it.
     */
    @PyMethod(required = 1)
    public static Object getsizeof(Object o, Object dflt) {
        Object m = TypeOps.typeOf(o).lookup("__sizeof__");
        if (m == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyExceptions.typeError("Type %s doesn't define __sizeof__", TypeOps.typeName(o));
        }
        Object r = CallOps.callWithSelf(m, o, new Object[0], null);
        long n = UnaryOps.indexAsLong(r);
        if (n < 0) {
            throw PyExceptions.valueError("__sizeof__() should return >= 0");
        }
        boolean tracked = !(o instanceof PyStr || o instanceof PyInt || o instanceof org.pyston.builtins.number.PyBigInt
                || o instanceof PyFloat || o instanceof PyBool || o instanceof org.pyston.builtins.text.PyBytes
                || o == PyNone.NONE);
        return PyInt.valueOf(n + (tracked ? 16 : 0));
    }

    @PyMethod
    public static Object is_finalizing() {
        return PyBool.FALSE;
    }

    @PyMethod
    public static Object _clear_type_cache() {
        return PyNone.NONE;
    }

    @PyMethod
    public static Object _debugmallocstats() {
        return PyNone.NONE;
    }

    @PyMethod
    public static Object _getquickenedcount() {
        return PyInt.valueOf(0);
    }

    @PyMethod
    public static Object _current_frames() {
        return new PyDict();
    }

    @PyMethod
    public static Object _current_exceptions() {
        return new PyDict();
    }

    @PyMethod
    public static Object call_tracing(Object func, Object args) {
        if (!(args instanceof PyTuple t)) {
            throw PyExceptions.typeError("call_tracing(): argument 2 must be tuple, not %s", TypeOps.typeName(args));
        }
        return CallOps.call(func, t.items, null);
    }

    // ---- auditing (PEP 578): hooks are kept and called in order ------------------------------

    private static final java.util.List<Object> AUDIT_HOOKS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @PyMethod
    public static Object addaudithook(Object hook) {
        AUDIT_HOOKS.add(hook);
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object audit(Object[] args, String[] kwnames) {
        if (args.length < 1 || !(args[0] instanceof PyStr)) {
            throw PyExceptions.typeError("audit() missing 1 required positional argument: 'event'");
        }
        if (!AUDIT_HOOKS.isEmpty()) {
            Object rest = PyTuple.wrap(java.util.Arrays.copyOfRange(args, 1, args.length));
            for (Object h : AUDIT_HOOKS) {
                CallOps.call(h, new Object[] {args[0], rest}, null);
            }
        }
        return PyNone.NONE;
    }
}
