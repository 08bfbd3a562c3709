package org.pyston.builtins.module;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.Codecs;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** {@code open()} and the methods of the file objects it returns ({@link PyFile}). */
public final class FileMethods {
    private FileMethods() {
    }

    /** io.UnsupportedOperation (an OSError and a ValueError). */
    public static final PyType UNSUPPORTED_OPERATION = PyType.builtin("UnsupportedOperation",
            org.pyston.builtins.exception.PyBaseException.class, null, true, PyExceptions.OS_ERROR,
            PyExceptions.VALUE_ERROR);

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    public static Object open(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("open", args, kwnames, 8,
                new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
        Object file = p[0];
        String path;
        if (file instanceof PyStr s) {
            path = s.value;
        } else if (file instanceof PyBytes b) {
            path = new String(b.value, java.nio.charset.StandardCharsets.UTF_8);
        } else if (IntMath.isInt(file)) {
            throw PyExceptions.notImplementedError("open() of a file descriptor is not supported yet");
        } else {
            throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not %s", TypeOps.typeName(file));
        }
        String mode = p[1] == null ? "r" : strArg(p[1], "open", "mode");
        String encoding = optStr(p[3], "encoding");
        String errors = optStr(p[4], "errors");
        String newline = optStr(p[5], "newline");
        boolean r = false;
        boolean w = false;
        boolean a = false;
        boolean x = false;
        boolean plus = false;
        boolean b = false;
        boolean t = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            boolean dup;
            switch (c) {
                case 'r': dup = r; r = true; break;
                case 'w': dup = w; w = true; break;
                case 'a': dup = a; a = true; break;
                case 'x': dup = x; x = true; break;
                case '+': dup = plus; plus = true; break;
                case 'b': dup = b; b = true; break;
                case 't': dup = t; t = true; break;
                default: throw PyExceptions.valueError("invalid mode: '%s'", mode);
            }
            if (dup) {
                throw PyExceptions.valueError("invalid mode: '%s'", mode);
            }
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
        if (b && t) {
            throw PyExceptions.valueError("can't have text and binary mode at once");
        }
        if (kinds > 1) {
            throw PyExceptions.valueError("must have exactly one of create/read/write/append mode");
        }
        if (b && encoding != null) {
            throw PyExceptions.valueError("binary mode doesn't take an encoding argument");
        }
        if (b && errors != null) {
            throw PyExceptions.valueError("binary mode doesn't take an errors argument");
        }
        if (b && newline != null) {
            throw PyExceptions.valueError("binary mode doesn't take a newline argument");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyExceptions.valueError("illegal newline value: %s", newline);
        }
        if (encoding != null) {
            Codecs.canonical(encoding);
        }
        if (kinds == 0) {
            throw PyExceptions.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        boolean readable = r || plus;
        boolean writable = w || a || x || plus;
        RandomAccessFile raf = PyFile.openFile(file, path, readable, writable, w || a || x, w, x);
        if (a) {
            try {
                raf.seek(raf.length());
            } catch (IOException e) {
                throw PyFile.ioError(e);
            }
        }
        String shownMode = mode.replace("t", "");
        return new PyFile(file, path, shownMode, b, readable, writable, a, encoding == null ? "UTF-8" : encoding,
                errors == null ? "strict" : errors, newline, raf);
    }

    private static String strArg(Object o, String fn, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyExceptions.typeError("%s() argument '%s' must be str, not %s", fn, what, TypeOps.typeName(o));
    }

    private static String optStr(Object o, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        return strArg(o, "open", what);
    }

    private static void checkReadable(PyFile f) {
        f.raf();
        if (!f.readable) {
            throw PyExceptions.create(UNSUPPORTED_OPERATION, PyStr.of("not readable"));
        }
    }

    private static void checkWritable(PyFile f) {
        f.raf();
        if (!f.writable) {
            throw PyExceptions.create(UNSUPPORTED_OPERATION, PyStr.of("not writable"));
        }
    }

    // ---- text buffer ----------------------------------------------------------------------------

    /** Decodes the rest of the file into the read buffer (with newline translation on read). */
    private static void fill(PyFile f) {
        if (f.readBuf != null) {
            return;
        }
        try {
            RandomAccessFile raf = f.raf();
            long n = raf.length() - raf.getFilePointer();
            byte[] b = new byte[(int) Math.max(0, n)];
            raf.readFully(b);
            String s = Codecs.decode(b, f.encoding, f.errors);
            if (f.newline == null) {
                s = s.replace("\r\n", "\n").replace('\r', '\n');
            }
            f.readBuf = s;
            f.readPos = 0;
        } catch (IOException e) {
            throw PyFile.ioError(e);
        }
    }

    /** Drops the read buffer, moving the file position back to the first char not handed out. */
    private static void unfill(PyFile f) {
        if (f.readBuf == null) {
            return;
        }
        try {
            // with universal newlines a "\r\n" counted as one char: re-encoding the rest is then
            // approximate, as CPython's text tell() cookies are opaque anyway
            String rest = f.readBuf.substring(f.readPos);
            byte[] restBytes = Codecs.encode(rest, f.encoding, "surrogatepass".equals(f.errors) ? f.errors : "strict");
            f.raf().seek(f.raf().length() - restBytes.length);
        } catch (IOException e) {
            throw PyFile.ioError(e);
        }
        f.readBuf = null;
    }

    /** The end (exclusive) of the line starting at {@code from} in the buffer. */
    private static int lineEnd(PyFile f, int from) {
        String s = f.readBuf;
        String nl = f.newline;
        if (nl == null || nl.equals("\n")) {
            int i = s.indexOf('\n', from);
            return i < 0 ? s.length() : i + 1;
        }
        if (nl.isEmpty()) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return s.length();
        }
        int i = s.indexOf(nl, from);
        return i < 0 ? s.length() : i + nl.length();
    }

    /** The next line (text: str, binary: bytes), or null at the end of the file. */
    static Object nextLine(PyFile f, long limit) {
        checkReadable(f);
        if (f.binary) {
            try {
                RandomAccessFile raf = f.raf();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int c;
                while ((limit < 0 || out.size() < limit) && (c = raf.read()) >= 0) {
                    out.write(c);
                    if (c == '\n') {
                        break;
                    }
                }
                return out.size() == 0 ? null : PyBytes.wrap(out.toByteArray());
            } catch (IOException e) {
                throw PyFile.ioError(e);
            }
        }
        fill(f);
        if (f.readPos >= f.readBuf.length()) {
            return null;
        }
        int end = lineEnd(f, f.readPos);
        if (limit >= 0 && end - f.readPos > limit) {
            end = f.readPos + (int) limit;
        }
        String line = f.readBuf.substring(f.readPos, end);
        f.readPos = end;
        return PyStr.of(line);
    }

    // ---- methods ---------------------------------------------------------------------------------

    @PyMethod(required = 0)
    public static Object read(PyFile self, Object size) {
        synchronized (self) {
            checkReadable(self);
            long n = size == null || size == PyNone.NONE ? -1 : UnaryOps.indexAsLong(size);
            if (self.binary) {
                try {
                    RandomAccessFile raf = self.raf();
                    long avail = raf.length() - raf.getFilePointer();
                    int k = (int) Math.max(0, n < 0 ? avail : Math.min(n, avail));
                    byte[] b = new byte[k];
                    raf.readFully(b);
                    return PyBytes.wrap(b);
                } catch (IOException e) {
                    throw PyFile.ioError(e);
                }
            }
            fill(self);
            String s = self.readBuf;
            int end = n < 0 ? s.length() : (int) Math.min(s.length(), self.readPos + n);
            String out = s.substring(self.readPos, end);
            self.readPos = end;
            return PyStr.of(out);
        }
    }

    @PyMethod(required = 0)
    public static Object readline(PyFile self, Object size) {
        synchronized (self) {
            long n = size == null || size == PyNone.NONE ? -1 : UnaryOps.indexAsLong(size);
            Object line = nextLine(self, n);
            return line != null ? line : self.binary ? PyBytes.EMPTY : PyStr.EMPTY;
        }
    }

    @PyMethod(required = 0)
    public static Object readlines(PyFile self, Object hint) {
        synchronized (self) {
            PyList out = new PyList();
            for (Object line = nextLine(self, -1); line != null; line = nextLine(self, -1)) {
                out.append(line);
            }
            return out;
        }
    }

    @PyMethod
    public static Object write(PyFile self, Object data) {
        synchronized (self) {
            checkWritable(self);
            byte[] b;
            int count;
            if (self.binary) {
                b = BytesSupport.data(data);
                if (b == null) {
                    throw PyExceptions.typeError("a bytes-like object is required, not '%s'", TypeOps.typeName(data));
                }
                count = b.length;
            } else {
                if (!(data instanceof PyStr s)) {
                    throw PyExceptions.typeError("write() argument must be str, not %s", TypeOps.typeName(data));
                }
                String text = s.value;
                count = s.length();
                if (self.newline != null && !self.newline.isEmpty() && !self.newline.equals("\n")) {
                    text = text.replace("\n", self.newline);
                }
                b = Codecs.encode(text, self.encoding, self.errors);
            }
            unfill(self);
            try {
                RandomAccessFile raf = self.raf();
                if (self.append) {
                    raf.seek(raf.length());
                }
                raf.write(b);
            } catch (IOException e) {
                throw PyFile.ioError(e);
            }
            return PyInt.valueOf(count);
        }
    }

    @PyMethod
    public static Object writelines(PyFile self, Object lines) {
        Object it = IterOps.iter(lines);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            write(self, v);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object close(PyFile self) {
        synchronized (self) {
            self.close();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object flush(PyFile self) {
        self.raf();
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tell(PyFile self) {
        synchronized (self) {
            unfill(self);
            try {
                return PyInt.valueOf(self.raf().getFilePointer());
            } catch (IOException e) {
                throw PyFile.ioError(e);
            }
        }
    }

    @PyMethod(required = 1)
    public static Object seek(PyFile self, Object offset, Object whence) {
        synchronized (self) {
            long off = UnaryOps.indexAsLong(offset);
            long wh = whence == null ? 0 : UnaryOps.indexAsLong(whence);
            self.readBuf = null;
            try {
                RandomAccessFile raf = self.raf();
                long pos;
                if (wh == 0) {
                    if (off < 0) {
                        throw PyExceptions.valueError("negative seek position %d", off);
                    }
                    pos = off;
                } else if (wh == 1) {
                    if (!self.binary && off != 0) {
                        throw PyExceptions.create(UNSUPPORTED_OPERATION, PyStr.of("can't do nonzero cur-relative seeks"));
                    }
                    pos = raf.getFilePointer() + off;
                } else if (wh == 2) {
                    if (!self.binary && off != 0) {
                        throw PyExceptions.create(UNSUPPORTED_OPERATION, PyStr.of("can't do nonzero end-relative seeks"));
                    }
                    pos = raf.length() + off;
                } else {
                    throw PyExceptions.valueError("invalid whence (%d, should be 0, 1 or 2)", wh);
                }
                raf.seek(Math.max(0, pos));
                return PyInt.valueOf(raf.getFilePointer());
            } catch (IOException e) {
                throw PyFile.ioError(e);
            }
        }
    }

    @PyMethod(required = 0)
    public static Object truncate(PyFile self, Object size) {
        synchronized (self) {
            checkWritable(self);
            unfill(self);
            try {
                RandomAccessFile raf = self.raf();
                long n = size == null || size == PyNone.NONE ? raf.getFilePointer() : UnaryOps.indexAsLong(size);
                raf.setLength(n);
                return PyInt.valueOf(n);
            } catch (IOException e) {
                throw PyFile.ioError(e);
            }
        }
    }

    @PyMethod
    public static boolean readable(PyFile self) {
        self.raf();
        return self.readable;
    }

    @PyMethod
    public static boolean writable(PyFile self) {
        self.raf();
        return self.writable;
    }

    @PyMethod
    public static boolean seekable(PyFile self) {
        self.raf();
        return true;
    }

    @PyMethod
    public static boolean isatty(PyFile self) {
        self.raf();
        return false;
    }

    @PyMethod(name = "__enter__")
    public static Object enter(PyFile self) {
        self.raf();
        return self;
    }

    @PyMethod(name = "__exit__", required = 0)
    public static Object exit(PyFile self, Object a, Object b, Object c) {
        close(self);
        return PyNone.NONE;
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyFile self) {
        self.raf();
        return self;
    }

    @PyMethod(name = "__next__")
    public static Object next(PyFile self) {
        synchronized (self) {
            Object line = nextLine(self, -1);
            if (line == null) {
                throw PyExceptions.create(PyExceptions.STOP_ITERATION);
            }
            return line;
        }
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyFile self) {
        String n = org.pyston.builtins.ops.Repr.repr(self.nameObj);
        if (self.binary) {
            String kind = self.readable && self.writable ? "BufferedRandom" : self.readable ? "BufferedReader" : "BufferedWriter";
            return PyStr.of("<_io." + kind + " name=" + n + ">");
        }
        return PyStr.of("<_io.TextIOWrapper name=" + n + " mode='" + self.mode + "' encoding='" + self.encoding + "'>");
    }

    @PyGetter("closed")
    public static Object closed(PyFile self) {
        return PyBool.of(self.isClosed());
    }

    @PyGetter("name")
    public static Object name(PyFile self) {
        return self.nameObj;
    }

    @PyGetter("mode")
    public static Object mode(PyFile self) {
        return PyStr.of(self.mode);
    }

    @PyGetter("encoding")
    public static Object encoding(PyFile self) {
        if (self.binary) {
            throw PyExceptions.attributeError("'_io.BufferedReader' object has no attribute 'encoding'");
        }
        return PyStr.of(self.encoding);
    }

    @PyGetter("newlines")
    public static Object newlines(PyFile self) {
        return PyNone.NONE;
    }
}
