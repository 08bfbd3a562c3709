package org.pyston.builtins.module;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code posix} module (what {@code os} is built on), over java.nio.file: file status with
 * the "unix" attribute view (CPython's stat_result fields), directories, renames, process ids,
 * {@code fspath}, {@code strerror}. Failures raise CPython's OSError subclasses ({@link OsErrors}).
 * Paths are str; relative paths resolve against the JVM's working directory.
 *
 * <p>Not yet: bytes paths and {@code environ} (they need the bytes type), file descriptors
 * ({@code open/read/write/close}, {@code fstat}), {@code chdir}, {@code urandom},
 * {@code get_terminal_size}, {@code scandir}; each raises or is absent rather than guessing.
 */
public final class PosixModule {
    private PosixModule() {}

    /** {@code os.stat_result}: a Python class whose instances carry the st_* attributes and index like a 10-tuple. */
    static final PyType STAT_RESULT = statResultType();

    private static final String[] STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
            "st_size", "st_atime", "st_mtime", "st_ctime"};

    private static PyType statResultType() {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of("os"));
        ns.putStr("__qualname__", PyStr.of("stat_result"));
        PyType t = PyType.newClass("stat_result", PyTuple.of(PyType.OBJECT), ns);
        Map<String, Object> methods = new HashMap<>();
        DeclarationScanner.scanType(t, StatResultMethods.class, methods);
        methods.forEach((k, v) -> AttributeOps.setAttr(t, k, v));
        AttributeOps.setAttr(t, "n_sequence_fields", PyInt.valueOf(10));
        AttributeOps.setAttr(t, "n_fields", PyInt.valueOf(19));
        return t;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("posix");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(PosixModule.class, "posix", d);
        d.putStr("stat_result", STAT_RESULT);
        d.putStr("error", PyExceptions.OS_ERROR);
        d.putStr("F_OK", PyInt.valueOf(0));
        d.putStr("R_OK", PyInt.valueOf(4));
        d.putStr("W_OK", PyInt.valueOf(2));
        d.putStr("X_OK", PyInt.valueOf(1));
        d.putStr("_have_functions", new PyList());
        return m;
    }

    // ---- paths -------------------------------------------------------------------------------

    /** {@code os.fspath}: str as is, else {@code __fspath__()}'s str, with CPython's errors. */
    @PyMethod
    public static Object fspath(Object path) {
        if (path instanceof PyStr) return path;
        PyType t = TypeOps.typeOf(path);
        Object f = t.lookup("__fspath__");
        if (f == null || f == PyNone.NONE) {
            throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not %s", t.getName());
        }
        Object r = CallOps.callWithSelf(f, path, new Object[0], null);
        if (!(r instanceof PyStr)) {
            throw PyExceptions.typeError("expected %s.__fspath__() to return str or bytes, not %s", t.getName(),
                    TypeOps.typeName(r));
        }
        return r;
    }

    /** A path argument of function {@code fn} as a string (str or os.PathLike). */
    static String pathArg(String fn, String arg, Object path) {
        if (path instanceof PyStr s) return s.value;
        PyType t = TypeOps.typeOf(path);
        if (t.lookup("__fspath__") != null) return ((PyStr) fspath(path)).value;
        if (path instanceof PyInt) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                    "%s() on a file descriptor is not supported yet", fn);
        }
        throw PyExceptions.typeError("%s: %s should be string, bytes, os.PathLike or integer, not %s", fn, arg, t.getName());
    }

    static Path resolve(String p) {
        return Path.of(System.getProperty("user.dir")).resolve(p);
    }

    // ---- stat ------------------------------------------------------------------------------------

    private static Object statOf(String fn, Object pathObj, boolean follow) {
        String p = pathArg(fn, "path", pathObj);
        Path path = resolve(p);
        Map<String, Object> a;
        try {
            a = follow ? Files.readAttributes(path, "unix:*") : Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw OsErrors.fromIO(e, p);
        } catch (UnsupportedOperationException e) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR, "os.%s() needs a POSIX file system", fn);
        }
        PyInstance r = new PyInstance(STAT_RESULT);
        r.setAttribute("st_mode", PyInt.valueOf(((Number) a.get("mode")).longValue()));
        r.setAttribute("st_ino", PyInt.valueOf(((Number) a.get("ino")).longValue()));
        r.setAttribute("st_dev", PyInt.valueOf(((Number) a.get("dev")).longValue()));
        r.setAttribute("st_nlink", PyInt.valueOf(((Number) a.get("nlink")).longValue()));
        r.setAttribute("st_uid", PyInt.valueOf(((Number) a.get("uid")).longValue()));
        r.setAttribute("st_gid", PyInt.valueOf(((Number) a.get("gid")).longValue()));
        r.setAttribute("st_size", PyInt.valueOf(((Number) a.get("size")).longValue()));
        r.setAttribute("st_rdev", PyInt.valueOf(((Number) a.get("rdev")).longValue()));
        setTime(r, "atime", (FileTime) a.get("lastAccessTime"));
        setTime(r, "mtime", (FileTime) a.get("lastModifiedTime"));
        setTime(r, "ctime", (FileTime) a.get("ctime"));
        r.setAttribute("st_blksize", PyInt.valueOf(4096));
        r.setAttribute("st_blocks", PyInt.valueOf((((Number) a.get("size")).longValue() + 511) / 512));
        return r;
    }

    private static void setTime(PyInstance r, String which, FileTime t) {
        java.time.Instant i = t.toInstant();
        long ns = i.getEpochSecond() * 1_000_000_000L + i.getNano();
        r.setAttribute("st_" + which, new PyFloat(ns / 1e9));
        r.setAttribute("st_" + which + "_ns", PyInt.valueOf(ns));
        r.setAttribute("_st_" + which + "_int", PyInt.valueOf(i.getEpochSecond()));
    }

    @PyMethod(general = true)
    public static Object stat(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("stat", args, kwnames, 1, new String[] {"path", "dir_fd", "follow_symlinks"}, 1);
        noDirFd("stat", a[1]);
        return statOf("stat", a[0], a[2] == null || Truth.isTrue(a[2]));
    }

    @PyMethod(general = true)
    public static Object lstat(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("lstat", args, kwnames, 1, new String[] {"path", "dir_fd"}, 1);
        noDirFd("lstat", a[1]);
        return statOf("lstat", a[0], false);
    }

    private static void noDirFd(String fn, Object dirFd) {
        if (dirFd != null && dirFd != PyNone.NONE) {
            throw PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR, "%s: dir_fd unavailable on this platform", fn);
        }
    }

    /** The methods of stat_result: a 10-item sequence whose time items are whole seconds. */
    public static final class StatResultMethods {
        private StatResultMethods() {}

        static Object item(Object self, int i) {
            String f = STAT_FIELDS[i];
            if (i >= 7) f = "_" + f + "_int";
            return ((PyInstance) self).getAttribute(f);
        }

        @PyMethod(name = "__getitem__")
        public static Object getitem(Object self, Object index) {
            long i = UnaryOps.indexAsLong(index);
            if (i < 0) i += 10;
            if (i < 0 || i >= 10) throw PyExceptions.indexError("tuple index out of range");
            return item(self, (int) i);
        }

        @PyMethod(name = "__len__")
        public static Object len(Object self) {
            return PyInt.valueOf(10);
        }

        @PyMethod(name = "__repr__")
        public static Object repr(Object self) {
            StringBuilder sb = new StringBuilder("os.stat_result(");
            for (int i = 0; i < 10; i++) {
                if (i > 0) sb.append(", ");
                sb.append(STAT_FIELDS[i]).append('=').append(org.pyston.builtins.ops.Repr.repr(item(self, i)));
            }
            return PyStr.of(sb.append(')').toString());
        }

        @PyMethod(name = "__iter__")
        public static Object iter(Object self) {
            Object[] items = new Object[10];
            for (int i = 0; i < 10; i++) items[i] = item(self, i);
            return org.pyston.builtins.ops.IterOps.iter(PyTuple.of(items));
        }
    }

    // ---- directories and files ---------------------------------------------------------------

    @PyMethod
    public static Object getcwd() {
        return PyStr.of(System.getProperty("user.dir"));
    }

    @PyMethod(required = 0)
    public static Object listdir(Object pathObj) {
        String p = pathObj == null || pathObj == PyNone.NONE ? "." : pathArg("listdir", "path", pathObj);
        PyList out = new PyList();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(resolve(p))) {
            for (Path e : ds) out.append(PyStr.of(e.getFileName().toString()));
        } catch (IOException e) {
            throw OsErrors.fromIO(e, p);
        }
        return out;
    }

    @PyMethod(general = true)
    public static Object mkdir(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("mkdir", args, kwnames, 2, new String[] {"path", "mode", "dir_fd"}, 1);
        noDirFd("mkdir", a[2]);
        String p = pathArg("mkdir", "path", a[0]);
        try {
            Files.createDirectory(resolve(p));
        } catch (IOException e) {
            throw OsErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object rmdir(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("rmdir", args, kwnames, 1, new String[] {"path", "dir_fd"}, 1);
        noDirFd("rmdir", a[1]);
        String p = pathArg("rmdir", "path", a[0]);
        Path path = resolve(p);
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw OsErrors.error(20, p, null);
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw OsErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    private static Object removeFile(String fn, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse(fn, args, kwnames, 1, new String[] {"path", "dir_fd"}, 1);
        noDirFd(fn, a[1]);
        String p = pathArg(fn, "path", a[0]);
        Path path = resolve(p);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) throw OsErrors.error(21, p, null);
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw OsErrors.fromIO(e, p);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object remove(Object[] args, String[] kwnames) {
        return removeFile("remove", args, kwnames);
    }

    @PyMethod(general = true)
    public static Object unlink(Object[] args, String[] kwnames) {
        return removeFile("unlink", args, kwnames);
    }

    private static Object move(String fn, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse(fn, args, kwnames, 2, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2);
        String src = pathArg(fn, "src", a[0]);
        String dst = pathArg(fn, "dst", a[1]);
        try {
            Path s = resolve(src);
            Path d = resolve(dst);
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS)) {
                throw OsErrors.error(21, src, dst);
            }
            Files.move(s, d, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw OsErrors.fromIO(e, src, dst);
        }
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object rename(Object[] args, String[] kwnames) {
        return move("rename", args, kwnames);
    }

    @PyMethod(general = true)
    public static Object replace(Object[] args, String[] kwnames) {
        return move("replace", args, kwnames);
    }

    @PyMethod(general = true)
    public static Object access(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("access", args, kwnames, 2,
                new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2);
        Path p = resolve(pathArg("access", "path", a[0]));
        long mode = UnaryOps.indexAsLong(a[1]);
        boolean ok = Files.exists(p);
        if (ok && (mode & 4) != 0) ok = Files.isReadable(p);
        if (ok && (mode & 2) != 0) ok = Files.isWritable(p);
        if (ok && (mode & 1) != 0) ok = Files.isExecutable(p);
        return PyBool.of(ok);
    }

    // ---- process -----------------------------------------------------------------------------

    @PyMethod
    public static Object getpid() {
        return PyInt.valueOf(ProcessHandle.current().pid());
    }

    @PyMethod
    public static Object getppid() {
        return PyInt.valueOf(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
    }

    @PyMethod(name = "cpu_count")
    public static Object cpuCount() {
        return PyInt.valueOf(Runtime.getRuntime().availableProcessors());
    }

    @PyMethod
    public static Object strerror(Object code) {
        return PyStr.of(OsErrors.strerror(UnaryOps.indexAsLong(code)));
    }

    /** {@code os._exit(n)}: ends the process at once, without cleanup, after flushing our streams. */
    @PyMethod(name = "_exit")
    public static Object exit(Object status) {
        long n = UnaryOps.indexAsLong(status);
        Interpreter.current().flush();
        Runtime.getRuntime().halt((int) n);
        return PyNone.NONE;
    }

}
