package org.pyston.builtins.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

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
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code _io.FileIO} ({@link PyFileIO}), with CPython's checks and messages. */
public final class FileIOMethods {
    private FileIOMethods() {
    }

    /** The interpreter's descriptor table. */
    static FileDescriptors table() {
        Interpreter interp = Interpreter.current();
        return interp.moduleState(FileDescriptors.class,
                () -> new FileDescriptors(System.in, System.out, System.err));
    }

    static PyBaseException ioError(IOException e) {
        if (e instanceof FileDescriptors.NotOpen n) {
            return IOSupport.osError(n.errno);
        }
        return IOSupport.osError(OsErrors.errnoOf(e));
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
            if (table.get((int) fd) == null) {
                throw IOSupport.osError(9);
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
            if (table.get((int) fd) == null) {
                throw IOSupport.osError(9);
            }
            self.attach(table, (int) fd, true);
            return PyNone.NONE;
        }
        Path pth;
        try {
            pth = Path.of(path);
        } catch (InvalidPathException e) {
            throw PyExceptions.valueError("embedded null byte");
        }
        if (Files.isDirectory(pth)) {
            throw fileError(21, file);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (self.readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (self.writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (w) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (a) {
            opts.add(StandardOpenOption.CREATE);
        } else if (x) {
            opts.add(StandardOpenOption.CREATE_NEW);
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(pth, opts);
            if (a) {
                ch.position(ch.size());
            }
        } catch (FileAlreadyExistsException e) {
            throw fileError(17, file);
        } catch (IOException e) {
            int errno = OsErrors.errnoOf(e);
            if (errno == 5 && !Files.exists(pth)) {
                errno = 2;
            }
            throw fileError(errno, file);
        }
        int fd = table.add(new FileDescriptors.Fd(ch, a));
        self.attach(table, fd, true);
        return PyNone.NONE;
    }

    private static PyBaseException badMode() {
        return PyExceptions.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    private static String modeArg(Object o) {
        if (o instanceof PyStr s) {
            return s.value;
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
            if (s.value.indexOf('\0') >= 0) {
                throw PyExceptions.valueError("embedded null character");
            }
            return s.value;
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

    private static FileDescriptors.Fd readableFile(PyFileIO self) {
        FileDescriptors.Fd f = self.file();
        if (!self.readable) {
            throw IOSupport.unsupported("File not open for reading");
        }
        return f;
    }

    private static FileDescriptors.Fd writableFile(PyFileIO self) {
        FileDescriptors.Fd f = self.file();
        if (!self.writable) {
            throw IOSupport.unsupported("File not open for writing");
        }
        return f;
    }

    @PyMethod(required = 0)
    public static Object read(PyFileIO self, Object size) {
        FileDescriptors.Fd f = readableFile(self);
        long n = IOSupport.size(size);
        if (n < 0) {
            return readall(self);
        }
        byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
        try {
            int got = f.read(b, 0, b.length);
            return PyBytes.wrap(got == b.length ? b : java.util.Arrays.copyOf(b, got));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @PyMethod
    public static Object readall(PyFileIO self) {
        FileDescriptors.Fd f = readableFile(self);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int chunk = 8192;
            if (f.seekable()) {
                long left = f.size() - f.channel.position();
                if (left > 0) {
                    chunk = (int) Math.min(left + 1, Integer.MAX_VALUE - 8);
                }
            }
            byte[] b = new byte[chunk];
            while (true) {
                int got = f.read(b, 0, b.length);
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
        FileDescriptors.Fd f = readableFile(self);
        int n = (int) ItemOps.len(buffer);
        byte[] b = new byte[n];
        try {
            int got = f.read(b, 0, n);
            Buffers.copyInto(buffer, b, got);
            return PyInt.valueOf(got);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @PyMethod
    public static Object write(PyFileIO self, Object data) {
        FileDescriptors.Fd f = writableFile(self);
        byte[] b = BytesSupport.need(data);
        try {
            f.write(b, 0, b.length);
        } catch (IOException e) {
            throw ioError(e);
        }
        return PyInt.valueOf(b.length);
    }

    @PyMethod(required = 1)
    public static Object seek(PyFileIO self, Object pos, Object whence) {
        FileDescriptors.Fd f = self.file();
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
        FileDescriptors.Fd f = self.file();
        try {
            return PyInt.valueOf(f.seek(0, 1));
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @PyMethod(required = 0)
    public static Object truncate(PyFileIO self, Object size) {
        FileDescriptors.Fd f = writableFile(self);
        try {
            long n = size == null || size == PyNone.NONE ? f.seek(0, 1) : UnaryOps.indexAsLong(size);
            if (f.channel == null) {
                throw IOSupport.osError(22);
            }
            long pos = f.channel.position();
            if (n < f.channel.size()) {
                f.channel.truncate(n);
            } else if (n > f.channel.size()) {
                f.channel.write(java.nio.ByteBuffer.wrap(new byte[1]), n - 1);
            }
            f.channel.position(pos);
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
        return PyBool.of(self.file().console);
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
