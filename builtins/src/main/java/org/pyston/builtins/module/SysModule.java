package org.pyston.builtins.module;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.format.IntParser;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/** The {@code sys} module: one per {@link Interpreter}; its functions act on the current interpreter. */
public final class SysModule {
    private SysModule() {
    }

    /** The version string reported as {@code sys.version}. */
    public static final String VERSION = "3.11.3 (Pyston-JVM)";

    /** Builds {@code sys} for {@code interp}. */
    public static PyModule create(Interpreter interp, String[] argv) {
        PyModule m = new PyModule("sys");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(SysModule.class, "sys", d);
        PyList args = new PyList();
        for (String a : argv) {
            args.append(PyStr.of(a));
        }
        d.putStr("argv", args);
        d.putStr("stdout", interp.getOriginalStdout());
        d.putStr("stderr", interp.getOriginalStderr());
        d.putStr("stdin", interp.getOriginalStdin());
        d.putStr("__stdout__", interp.getOriginalStdout());
        d.putStr("__stderr__", interp.getOriginalStderr());
        d.putStr("__stdin__", interp.getOriginalStdin());
        d.putStr("path", new PyList());
        d.putStr("modules", interp.getModules());
        d.putStr("maxsize", new PyInt(Long.MAX_VALUE));
        d.putStr("version", PyStr.of(VERSION));
        d.putStr("hexversion", PyInt.valueOf(0x030b03f0));
        d.putStr("platform", PyStr.of(System.getProperty("os.name", "").toLowerCase().contains("win") ? "win32"
                : System.getProperty("os.name", "").toLowerCase().contains("mac") ? "darwin" : "linux"));
        d.putStr("byteorder", PyStr.of(java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big"));
        // _multiarch names the bundled _sysconfigdata module sysconfig imports (as CPython's on Linux)
        Object impl = SimpleNamespace.of("name", PyStr.of("pyston"), "cache_tag", PyNone.NONE,
                "_multiarch", PyStr.of(multiarch()));
        d.putStr("implementation", impl);
        // the launcher script names itself; '' (CPython's value when it cannot tell) under java -jar
        d.putStr("executable", PyStr.of(System.getProperty("pyston.executable", "")));
        d.putStr("flags", PyNone.NONE);
        SysExtras.install(interp, d);
        ((org.pyston.builtins.object.PyInstance) impl).setAttribute("version", d.getStr("version_info"));
        ((org.pyston.builtins.object.PyInstance) impl).setAttribute("hexversion", d.getStr("hexversion"));
        return m;
    }

    @PyMethod
    public static Object get_int_max_str_digits() {
        return PyInt.valueOf(Interpreter.current().getIntMaxStrDigits());
    }

    @PyMethod(general = true)
    public static Object set_int_max_str_digits(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("set_int_max_str_digits", args, kwnames, 1, new String[] {"maxdigits"}, 1);
        Object v = UnaryOps.index(a[0]);
        long big = org.pyston.builtins.number.IntMath.isSmall(v) ? org.pyston.builtins.number.IntMath.small(v) : Long.MAX_VALUE;
        if (big != (int) big) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        int n = (int) big;
        if (n != 0 && n < IntParser.MAX_STR_DIGITS_THRESHOLD) {
            throw PyExceptions.valueError("maxdigits must be 0 or larger than %d", IntParser.MAX_STR_DIGITS_THRESHOLD);
        }
        Interpreter.current().setIntMaxStrDigits(n);
        return PyNone.NONE;
    }

    @PyMethod(required = 0)
    public static Object exit(Object code) {
        throw PyExceptions.systemExit(code);
    }

    @PyMethod
    public static Object getrecursionlimit() {
        return PyInt.valueOf(Interpreter.current().getRecursionLimit());
    }

    @PyMethod
    public static Object setrecursionlimit(Object limit) {
        long n = UnaryOps.indexAsLong(limit);
        if (n < 1) {
            throw PyExceptions.valueError("recursion limit must be greater or equal than 1");
        }
        Interpreter.current().setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
        return PyNone.NONE;
    }

    /** {@code sys.exception()} (new in 3.11): the exception being handled, or None. */
    @PyMethod(name = "exception")
    public static Object exception() {
        Object e = ThreadState.current().getHandledException();
        return e == null ? PyNone.NONE : e;
    }

    @PyMethod(name = "exc_info")
    public static Object excInfo() {
        Object e = ThreadState.current().getHandledException();
        if (e == null) {
            return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        }
        org.pyston.builtins.exception.PyBaseException x = (org.pyston.builtins.exception.PyBaseException) e;
        return PyTuple.of(x.getType(), x, x.getTraceback() == null ? PyNone.NONE : x.getTraceback());
    }

    @PyMethod
    public static Object intern(Object s) {
        return s;
    }

    @PyMethod
    public static Object getdefaultencoding() {
        return PyStr.of("utf-8");
    }

    /** The Debian multiarch triplet of this machine, as CPython's {@code sys.implementation._multiarch}. */
    static String multiarch() {
        String arch = System.getProperty("os.arch", "");
        String cpu = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "x86", "i386", "i686" -> "i386";
            default -> arch;
        };
        return cpu + "-linux-gnu";
    }
}
