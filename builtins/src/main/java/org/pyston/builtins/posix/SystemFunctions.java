package org.pyston.builtins.posix;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * System information and the environment: {@code uname}, {@code urandom}, {@code cpu_count},
 * {@code getloadavg}, {@code sysconf}/{@code confstr} (answered by glibc's {@code getconf}, run
 * once), {@code get_terminal_size}, {@code strerror}, {@code fspath}, {@code putenv} and
 * {@code unsetenv} (on the interpreter's {@link PosixState} environment).
 */
public final class SystemFunctions {
    private SystemFunctions() {}

    public static final PyType UNAME_RESULT = StructSequence.define("posix", "uname_result", "posix.uname_result",
            new String[] {"sysname", "nodename", "release", "version", "machine"}, 5);
    public static final PyType TERMINAL_SIZE = StructSequence.define("os", "terminal_size", "os.terminal_size",
            new String[] {"columns", "lines"}, 2);

    /** sysconf names with glibc's numbers, and the getconf variable that answers each. */
    static final Object[][] SYSCONF = {
        {"SC_ARG_MAX", 0, "ARG_MAX"}, {"SC_CHILD_MAX", 1, "CHILD_MAX"}, {"SC_CLK_TCK", 2, "CLK_TCK"},
        {"SC_NGROUPS_MAX", 3, "NGROUPS_MAX"}, {"SC_OPEN_MAX", 4, "OPEN_MAX"}, {"SC_PAGESIZE", 30, "PAGESIZE"},
        {"SC_PAGE_SIZE", 30, "PAGESIZE"}, {"SC_LINE_MAX", 43, "LINE_MAX"}, {"SC_IOV_MAX", 60, "IOV_MAX"},
        {"SC_LOGIN_NAME_MAX", 71, "LOGIN_NAME_MAX"}, {"SC_NPROCESSORS_CONF", 83, "_NPROCESSORS_CONF"},
        {"SC_NPROCESSORS_ONLN", 84, "_NPROCESSORS_ONLN"}, {"SC_PHYS_PAGES", 85, "_PHYS_PAGES"},
    };
    static final Object[][] CONFSTR = {
        {"CS_PATH", 0, "PATH"}, {"CS_GNU_LIBC_VERSION", 2, "GNU_LIBC_VERSION"},
        {"CS_GNU_LIBPTHREAD_VERSION", 3, "GNU_LIBPTHREAD_VERSION"},
    };

    /** {@code getconf -a}'s answers, read once per JVM (they describe the machine and its libc). */
    private static volatile Map<String, String> getconf;

    private static Map<String, String> getconf() {
        Map<String, String> m = getconf;
        if (m == null) {
            m = new HashMap<>();
            try {
                Process p = new ProcessBuilder("getconf", "-a").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                for (String line : out.split("\n")) {
                    String[] kv = line.split("\\s+", 2);
                    if (kv.length == 2 && !kv[0].isEmpty()) {
                        m.put(kv[0], kv[1].trim());
                    } else if (kv.length == 1 && !kv[0].isEmpty()) {
                        m.put(kv[0], "");
                    }
                }
            } catch (IOException e) {
                // no getconf: every name is then unsupported (EINVAL)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            getconf = m;
        }
        return m;
    }

    static PyDict names(Object[][] table) {
        PyDict d = new PyDict();
        for (Object[] row : table) {
            d.putStr((String) row[0], PyInt.valueOf((Integer) row[1]));
        }
        return d;
    }

    /** The getconf variable for a sysconf/confstr argument (a name from the table, or its number). */
    private static String confName(Object name, Object[][] table) {
        if (name instanceof PyStr s) {
            for (Object[] row : table) {
                if (row[0].equals(s.value())) {
                    return (String) row[2];
                }
            }
            throw PyExceptions.valueError("unrecognized configuration name");
        }
        if (TypeOps.typeOf(name).lookup("__index__") == null) {
            throw PyExceptions.typeError("configuration names must be strings or integers");
        }
        long n = UnaryOps.indexAsLong(name);
        for (Object[] row : table) {
            if ((Integer) row[1] == n) {
                return (String) row[2];
            }
        }
        throw PosixErrors.error(ErrnoException.EINVAL);
    }

    @PyMethod
    public static Object sysconf(Object name) {
        String v = getconf().get(confName(name, SYSCONF));
        if (v == null) {
            throw PosixErrors.error(ErrnoException.EINVAL);
        }
        return PyInt.valueOf(v.equals("undefined") ? -1 : Long.parseLong(v));
    }

    @PyMethod
    public static Object confstr(Object name) {
        String v = getconf().get(confName(name, CONFSTR));
        if (v == null) {
            throw PosixErrors.error(ErrnoException.EINVAL);
        }
        return PyStr.of(v);
    }

    @PyMethod(name = "cpu_count")
    public static Object cpuCount() {
        String v = getconf().get("_NPROCESSORS_ONLN");
        return PyInt.valueOf(v != null ? Long.parseLong(v) : Runtime.getRuntime().availableProcessors());
    }

    @PyMethod
    public static Object getloadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return PyTuple.of(new PyFloat(Double.parseDouble(f[0])), new PyFloat(Double.parseDouble(f[1])),
                    new PyFloat(Double.parseDouble(f[2])));
        } catch (IOException | RuntimeException e) {
            throw PyExceptions.osError("Load averages are unobtainable");
        }
    }

    private static String procKernel(String name) {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/" + name)).trim();
        } catch (IOException e) {
            return null;
        }
    }

    @PyMethod
    public static Object uname() {
        String sysname = procKernel("ostype");
        String arch = System.getProperty("os.arch");
        String machine = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "x86", "i386" -> "i686";
            default -> arch;
        };
        return StructSequence.make(UNAME_RESULT,
                PyStr.of(sysname != null ? sysname : System.getProperty("os.name")),
                PyStr.of(orElse(procKernel("hostname"), "localhost")),
                PyStr.of(orElse(procKernel("osrelease"), System.getProperty("os.version"))),
                PyStr.of(orElse(procKernel("version"), "")),
                PyStr.of(machine));
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PyMethod
    public static Object urandom(Object size) {
        long n = UnaryOps.indexAsLong(size);
        if (n < 0) {
            throw PyExceptions.valueError("negative argument not allowed");
        }
        byte[] b = new byte[(int) n];
        RANDOM.nextBytes(b);
        return PyBytes.wrap(b);
    }

    @PyMethod(required = 0, name = "get_terminal_size")
    public static Object getTerminalSize(Object fdObj) {
        int fd = fdObj == null ? 1 : FdFunctions.fdArg(fdObj);
        OpenFile f = FdFunctions.file(fd);
        if (!f.isatty() || !(f instanceof StreamFile s) || s.processStream() < 0) {
            throw PosixErrors.error(ErrnoException.ENOTTY);
        }
        // TIOCGWINSZ is out of the JVM's reach: ask stty about the same terminal.
        try {
            Process p = new ProcessBuilder("stty", "size")
                    .redirectInput(new File("/proc/self/fd/" + s.processStream()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            p.waitFor();
            String[] rc = out.split("\\s+");
            return StructSequence.make(TERMINAL_SIZE, PyInt.valueOf(Long.parseLong(rc[1])),
                    PyInt.valueOf(Long.parseLong(rc[0])));
        } catch (IOException | RuntimeException e) {
            throw PosixErrors.error(ErrnoException.ENOTTY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(ErrnoException.EINTR);
        }
    }

    @PyMethod
    public static Object strerror(Object code) {
        return PyStr.of(OsErrors.strerror(UnaryOps.indexAsLong(code)));
    }

    /** {@code os.fspath}: str and bytes as they are, else {@code __fspath__()}'s str or bytes. */
    @PyMethod
    public static Object fspath(Object path) {
        if (path instanceof PyStr || path instanceof PyBytes) {
            return path;
        }
        PyType t = TypeOps.typeOf(path);
        Object f = t.lookup("__fspath__");
        if (f == null || f == PyNone.NONE) {
            throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not %s", t.tpName());
        }
        Object r = CallOps.callWithSelf(f, path, new Object[0], null);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw PyExceptions.typeError("expected %s.__fspath__() to return str or bytes, not %s", t.getName(),
                    TypeOps.typeName(r));
        }
        return r;
    }

    /** An environment key or value: str or bytes (or PathLike), as the file system encoding's text. */
    private static String envText(String fn, Object o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return PathArg.decode(b.value);
        }
        throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not %s", TypeOps.typeName(o));
    }

    private static String envKey(String fn, Object o) {
        String k = envText(fn, o);
        if (k.indexOf('\0') >= 0) {
            throw PyExceptions.valueError("embedded null byte");
        }
        if (k.isEmpty()) {
            throw PosixErrors.error(ErrnoException.EINVAL);
        }
        return k;
    }

    @PyMethod
    public static Object putenv(Object name, Object value) {
        String k = envKey("putenv", name);
        if (k.indexOf('=') >= 0) {
            throw PyExceptions.valueError("illegal environment variable name");
        }
        String v = envText("putenv", value);
        if (v.indexOf('\0') >= 0) {
            throw PyExceptions.valueError("embedded null byte");
        }
        PosixState.current().putenv(k, v);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object unsetenv(Object name) {
        String k = envKey("unsetenv", name);
        if (k.indexOf('=') >= 0) {
            throw PosixErrors.error(ErrnoException.EINVAL);
        }
        PosixState.current().unsetenv(k);
        return PyNone.NONE;
    }

    /** {@code posix.environ}: the environment as bytes keys and values, as CPython's. */
    static PyDict environ(PosixState state) {
        PyDict d = new PyDict();
        for (Map.Entry<String, String> e : state.environment().entrySet()) {
            d.put(PyBytes.wrap(PathArg.encode(e.getKey())), PyBytes.wrap(PathArg.encode(e.getValue())));
        }
        return d;
    }
}
