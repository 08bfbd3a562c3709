package org.pyston.builtins.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.OsErrors;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.DirectoryFile;
import org.pyston.builtins.posix.ErrnoException;
import org.pyston.builtins.posix.FdFunctions;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.posix.OpenFile;
import org.pyston.builtins.posix.PosixErrors;
import org.pyston.builtins.posix.PosixState;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code _io.FileIO} ({@link PyFileIO}), with CPython's checks and messages. */
public final class FileIOMethods {
    private FileIOMethods() {
    }

    /** The interpreter's descriptor table (posix's: one table for os, io and subprocess). */
    static FileDescriptors table() {
        return FileDescriptors.current();
    }

    static PyBaseException ioError(IOException e) {
        return IOSupport.osError(PosixErrors.errnoOf(e));
    }

    /** Whether {@code e} is EAGAIN: a non-blocking descriptor had nothing to give or take now. */
    static boolean wouldBlock(IOException e) {
        return e instanceof ErrnoException ee && ee.errno == ErrnoException.EAGAIN;
    }

    private static PyBaseException fileError(int errno, Object filename) {
        return (PyBaseException) CallOps.call(PyExceptions.OS_ERROR,
                new Object[] {PyInt.valueOf(errno), PyStr.of(OsErrors.strerror(errno)), filename}, null);
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyFileIO self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("FileIO", args, kwnames, 4, new String[] {"file", "mode", "closefd", "opener"}, 1);
        Object file = p[0];
        String mode = p[1] == null ? "r" : modeArg(p[1]);
        boolean closefd = p[2] == null || Truth.isTrue(p[2]);
        Object opener = p[3] == null || p[3] == PyNone.NONE ? null : p[3];
        if (self.fd >= 0) {
            try {
                self.closeFd();
            } catch (IOException e) {
                throw ioError(e);
            }
        }
        if (file instanceof org.pyston.builtins.number.PyFloat) {
            throw PyExceptions.typeError("integer argument expected, got float");
        }
        boolean r = false;
        boolean w = false;
        boolean a = false;
        boolean x = false;
        boolean plus = false;
        int kinds = 0;
        for (int i = 0; i < mode.length(); i++) {
            switch (mode.charAt(i)) {
                case 'r': if (kinds++ > 0) throw badMode(); r = true; break;
                case 'w': if (kinds++ > 0) throw badMode(); w = true; break;
                case 'a': if (kinds++ > 0) throw badMode(); a = true; break;
                case 'x': if (kinds++ > 0) throw badMode(); x = true; break;
                case '+': if (plus) throw badMode(); plus = true; break;
                case 'b': break;
                default: throw PyExceptions.valueError("invalid mode: %s", mode);
            }
        }
        if (kinds == 0) {
            throw badMode();
        }
        self.readable = r || plus;
        self.writable = w || a || x || plus;
        self.appending = a;
        self.created = x;
        FileDescriptors table = table();
        if (IntMath.isInt(file) && !(file instanceof PyBool)) {
            long fd = UnaryOps.indexAsLong(file);
            if (fd < 0) {
                throw PyExceptions.valueError("negative file descriptor");
            }
            OpenFile of = table.lookup((int) fd);
            if (of == null) {
                throw IOSupport.osError(ErrnoException.EBADF);
            }
            if (of instanceof DirectoryFile) {
                throw IOSupport.osError(ErrnoException.EISDIR);
            }
            self.name = file;
            self.attach(table, (int) fd, closefd);
            return PyNone.NONE;
        }
        if (!closefd) {
            throw PyExceptions.valueError("Cannot use closefd=False with file name");
        }
        String path = fsPath(file);
        self.name = file;
        if (opener != null) {
            int flags = (self.readable && self.writable ? 2 : self.writable ? 1 : 0) | (w ? 0x200 | 0x40 : 0)
                    | (a ? 0x400 | 0x40 : 0) | (x ? 0x80 | 0x40 : 0) | 0x80000;
            Object fdObj = CallOps.call(opener, new Object[] {file, PyInt.valueOf(flags)}, null);
            if (!IntMath.isInt(fdObj)) {
                throw PyExceptions.typeError("expected integer from opener");
            }
            long fd = UnaryOps.indexAsLong(fdObj);
            if (fd < 0) {
                throw PyExceptions.valueError("opener returned %d", fd);
            }
            if (table.lookup((int) fd) == null) {
                throw IOSupport.osError(ErrnoException.EBADF);
            }
            self.attach(table, (int) fd, true);
            return PyNone.NONE;
        }
        Path pth;
        try {
            pth = PosixState.current().resolve(path);
        } catch (InvalidPathException e) {
            throw PyExceptions.valueError("embedded null byte");
        }
        int flags = (self.readable && self.writable ? FdFunctions.O_RDWR : self.writable ? FdFunctions.O_WRONLY : 0)
                | (w ? FdFunctions.O_CREAT | FdFunctions.O_TRUNC : 0) | (a ? FdFunctions.O_CREAT | FdFunctions.O_APPEND : 0)
                | (x ? FdFunctions.O_CREAT | FdFunctions.O_EXCL : 0) | FdFunctions.O_CLOEXEC;
        OpenFile opened;
        try {
            opened = FdFunctions.openFile(pth, flags, 0666);
            if (opened instanceof DirectoryFile) {
                // open(2) allows O_RDONLY on a directory; FileIO then refuses it (fstat: S_ISDIR).
                opened.release();
                throw new ErrnoException(ErrnoException.EISDIR);
            }
            if (a) {
                opened.seek(0, 2);
            }
        } catch (IOException e) {
            int errno = PosixErrors.errnoOf(e);
            if (errno == ErrnoException.EIO && !Files.exists(pth)) {
                errno = ErrnoException.ENOENT;
            }
            throw fileError(errno, file);
        }
        int fd = table.add(opened, false);
        self.attach(table, fd, true);
        return PyNone.NONE;
    }

    private static PyBaseException badMode() {
        return PyExceptions.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private static String modeArg(Object o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("FileIO() argument 'mode' must be str, not %s", TypeOps.typeName(o));
    }

    /** {@code os.fspath(file)}: the str or bytes of a path-like, checked as {@link #fsPath} does. */
    static Object fsPathObject(Object file) {
        if (file instanceof PyStr || file instanceof PyBytes) {
            return file;
        }
        Object fspath = TypeOps.typeOf(file).lookup("__fspath__");
        if (fspath != null) {
            Object r = CallOps.callWithSelf(fspath, file, new Object[0], null);
            if (r instanceof PyStr || r instanceof PyBytes) {
                return r;
            }
            throw PyExceptions.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                    TypeOps.typeName(file), TypeOps.typeName(r));
        }
        throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not %s", TypeOps.typeName(file));
    }

    /** A path argument: str, bytes or an os.PathLike. */
    static String fsPath(Object file) {
        if (file instanceof PyStr s) {
            if (s.value().indexOf('\0') >= 0) {
                throw PyExceptions.valueError("embedded null character");
            }
            return s.value();
        }
        if (file instanceof PyBytes b) {
            return new String(b.value, java.nio.charset.StandardCharsets.UTF_8);
        }
        Object fspath = TypeOps.typeOf(file).lookup("__fspath__");
        if (fspath != null) {
            Object r = CallOps.callWithSelf(fspath, file, new Object[0], null);
            if (r instanceof PyStr || r instanceof PyBytes) {
                return fsPath(r);
            }
            throw PyExceptions.typeError("expected %s.__fspath__() to return str or bytes, not %s",
                    TypeOps.typeName(file), TypeOps.typeName(r));
        }
        throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not %s", TypeOps.typeName(file));
    }

    private static OpenFile readableFile(PyFileIO self) {
        OpenFile f = self.file();
        if (!self.readable) {
            throw IOSupport.unsupported("File not open for reading");
        }
        return f;
    }

    private static OpenFile writableFile(PyFileIO self) {
        OpenFile f = self.file();
        if (!self.writable) {
            throw IOSupport.unsupported("File not open for writing");
        }
        return f;
    }

    @PyMethod(required = 0)
    public static Object read(PyFileIO self, Object size) {
        OpenFile f = readableFile(self);
        long n = IOSupport.size(size);
        if (n < 0) {
            return readall(self);
        }
        byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
        try {
            int got = f.read(b, 0, b.length);
            return PyBytes.wrap(got == b.length ? b : java.util.Arrays.copyOf(b, got));
        } catch (IOException e) {
            if (wouldBlock(e)) {
                return PyNone.NONE;
            }
            throw ioError(e);
        }
    }

    @PyMethod
    public static Object readall(PyFileIO self) {
        OpenFile f = readableFile(self);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int chunk = 8192;
            if (f.seekable()) {
                long left = f.size() - f.seek(0, 1);
                if (left > 0) {
                    chunk = (int) Math.min(left + 1, Integer.MAX_VALUE - 8);
                }
            }
            byte[] b = new byte[chunk];
            while (true) {
                int got;
                try {
                    got = f.read(b, 0, b.length);
                } catch (ErrnoException e) {
                    if (wouldBlock(e)) {
                        if (out.size() == 0) {
                            return PyNone.NONE;
                        }
                        break;
                    }
                    throw e;
                }
                if (got == 0) {
                    break;
                }
                out.write(b, 0, got);
            }
            return PyBytes.wrap(out.toByteArray());
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @PyMethod
    public static Object readinto(PyFileIO self, Object buffer) {
        OpenFile f = readableFile(self);
        int n = (int) ItemOps.len(buffer);
        byte[] b = new byte[n];
        try {
            int got = f.read(b, 0, n);
            Buffers.copyInto(buffer, b, got);
            return PyInt.valueOf(got);
        } catch (IOException e) {
            if (wouldBlock(e)) {
                return PyNone.NONE;
            }
            throw ioError(e);
        }
    }

    @PyMethod
    public static Object write(PyFileIO self, Object data) {
        OpenFile f = writableFile(self);
        byte[] b = BytesSupport.need(data);
        try {
            return PyInt.valueOf(f.write(b, 0, b.length));
        } catch (IOException e) {
            if (wouldBlock(e)) {
                return PyNone.NONE;
            }
            throw ioError(e);
        }
    }

    @PyMethod(required = 1)
    public static Object seek(PyFileIO self, Object pos, Object whence) {
        OpenFile f = self.file();
        if (pos instanceof org.pyston.builtins.number.PyFloat) {
            throw PyExceptions.typeError("an integer is required");
        }
        long p = UnaryOps.indexAsLong(pos);
        int wh = whence == null ? 0 : (int) UnaryOps.indexAsLong(whence);
        if (wh < 0 || wh > 2) {
            throw IOSupport.osError(22);
        }
        try {
            return PyInt.valueOf(f.seek(p, wh));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @PyMethod
    public static Object tell(PyFileIO self) {
        OpenFile f = self.file();
        try {
            return PyInt.valueOf(f.seek(0, 1));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @PyMethod(required = 0)
    public static Object truncate(PyFileIO self, Object size) {
        OpenFile f = writableFile(self);
        try {
            long n = size == null || size == PyNone.NONE ? f.seek(0, 1) : UnaryOps.indexAsLong(size);
            f.truncate(n);
            return PyInt.valueOf(n);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @PyMethod
    public static Object close(PyFileIO self) {
        if (self.isClosed()) {
            return PyNone.NONE;
        }
        PyBaseException flushError = null;
        try {
            IOBaseMethods.close(self);
        } catch (PyBaseException e) {
            flushError = e;
        }
        try {
            self.closeFd();
        } catch (IOException e) {
            throw ioError(e);
        }
        if (flushError != null) {
            throw flushError;
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object seekable(PyFileIO self) {
        return PyBool.of(self.file().seekable());
    }

    @PyMethod
    public static Object readable(PyFileIO self) {
        self.file();
        return PyBool.of(self.readable);
    }

    @PyMethod
    public static Object writable(PyFileIO self) {
        self.file();
        return PyBool.of(self.writable);
    }

    @PyMethod
    public static Object fileno(PyFileIO self) {
        self.file();
        return PyInt.valueOf(self.fd);
    }

    @PyMethod
    public static Object isatty(PyFileIO self) {
        return PyBool.of(self.file().isatty());
    }

    @PyMethod(name = "_dealloc_warn")
    public static Object deallocWarn(PyFileIO self, Object source) {
        return PyNone.NONE;
    }

    @PyGetter("closed")
    public static Object closed(PyFileIO self) {
        return PyBool.of(self.isClosed());
    }

    @PyGetter("closefd")
    public static Object closefd(PyFileIO self) {
        return PyBool.of(self.closefd);
    }

    @PyGetter("mode")
    public static Object mode(PyFileIO self) {
        return PyStr.of(self.mode());
    }

    @PyGetter("name")
    public static Object name(PyFileIO self) {
        if (self.name == null) {
            throw PyExceptions.attributeError("'_io.FileIO' object has no attribute 'name'");
        }
        return self.name;
    }

    @PySetter("name")
    public static void setName(PyFileIO self, Object v) {
        self.name = v;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyFileIO self) {
        String cls = TypeOps.typeOf(self.self()).getModule() + "." + TypeOps.typeOf(self.self()).getQualname();
        if (self.isClosed()) {
            return PyStr.of("<" + cls + " [closed]>");
        }
        String head = self.name == null ? "<" + cls + " fd=" + self.fd : "<" + cls + " name=" + Repr.repr(self.name);
        return PyStr.of(head + " mode='" + self.mode() + "' closefd=" + (self.closefd ? "True" : "False") + ">");
    }

    @PyMethod(name = "__getstate__")
    public static Object getstate(PyFileIO self) {
        throw PyExceptions.typeError("cannot pickle '%s' object", TypeOps.typeName(self.self()));
    }
}
