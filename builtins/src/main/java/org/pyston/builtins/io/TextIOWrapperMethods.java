package org.pyston.builtins.io;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.Codecs;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code _io.TextIOWrapper} ({@link PyTextIOWrapper}). */
public final class TextIOWrapperMethods {
    private TextIOWrapperMethods() {
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyTextIOWrapper self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("TextIOWrapper", args, kwnames, 6,
                new String[] {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1);
        String encoding = IOSupport.optStr(p[1], "TextIOWrapper", "encoding");
        String errors = IOSupport.optStr(p[2], "TextIOWrapper", "errors");
        Object newline = p[3] == null ? PyNone.NONE : p[3];
        synchronized (self) {
            configure(self, p[0], encoding, errors, newline, p[4] != null && Truth.isTrue(p[4]),
                    p[5] != null && Truth.isTrue(p[5]));
        }
        return PyNone.NONE;
    }

    static void checkNewline(Object newline) {
        if (newline == PyNone.NONE) {
            return;
        }
        if (!(newline instanceof PyStr s)) {
            throw PyExceptions.typeError("TextIOWrapper() argument 'newline' must be str or None, not %s",
                    TypeOps.typeName(newline));
        }
        String v = s.value();
        if (!v.isEmpty() && !v.equals("\n") && !v.equals("\r") && !v.equals("\r\n")) {
            throw PyExceptions.valueError("illegal newline value: %s", v);
        }
    }

    static void configure(PyTextIOWrapper self, Object buffer, String encoding, String errors, Object newline,
                          boolean lineBuffering, boolean writeThrough) {
        checkNewline(newline);
        if (encoding == null || encoding.equals("locale")) {
            encoding = "UTF-8";
        }
        if (errors == null) {
            errors = "strict";
        }
        self.initialized = false;
        self.buffer = buffer;
        self.fast = buffer instanceof PyBuffered b ? b : null;
        self.detached = false;
        self.lineBuffering = lineBuffering;
        self.writeThrough = writeThrough;
        self.newlineArg = newline;
        setNewline(self, newline);
        setCodec(self, encoding, errors);
        self.seekable = ask(self, "seekable");
        self.chunk = "";
        self.pos = 0;
        self.chunkInput = 0;
        self.eof = false;
        self.initialized = true;
        if (self.seekable && self.bomPending && ask(self, "writable")) {
            long at = self.fast != null ? self.fast.tell() : UnaryOps.indexAsLong(IOSupport.call(buffer, "tell"));
            if (at != 0) {
                self.bomPending = false;
                if (self.nativeDecoder != null) {
                    self.nativeDecoder.reset(false);
                }
            }
        }
    }

    /**
     * {@code buffer.readable()/writable()/seekable()}, answered in Java for a buffer over a FileIO
     * (so the standard streams can be made before any Python code runs).
     */
    private static boolean ask(PyTextIOWrapper self, String what) {
        PyBuffered b = self.fast;
        if (b != null && b.rawFile != null && b.exact() && b.rawFile.exact()) {
            PyFileIO f = b.rawFile;
            switch (what) {
                case "readable": return b.canRead && f.readable;
                case "writable": return b.canWrite && f.writable;
                default: return f.file().seekable();
            }
        }
        return Truth.isTrue(IOSupport.call(self.buffer, what));
    }

    private static void setNewline(PyTextIOWrapper self, Object newline) {
        String nl = newline == PyNone.NONE ? null : ((PyStr) newline).value();
        self.readUniversal = nl == null || nl.isEmpty();
        self.readTranslate = nl == null;
        self.readnl = nl == null || nl.isEmpty() ? null : nl;
        self.writeTranslate = nl == null || !nl.isEmpty();
        self.writenl = nl == null || nl.isEmpty() ? "\n" : nl;
    }

    private static void setCodec(PyTextIOWrapper self, String encoding, String errors) {
        String canonical = null;
        try {
            canonical = Codecs.canonical(encoding);
        } catch (PyBaseException e) {
            // not a Java codec: looked up in the codecs registry below
        }
        self.encoding = encoding;
        self.errors = errors;
        self.pyEncoder = null;
        self.pyDecoder = null;
        self.nativeDecoder = null;
        self.nativeEncoding = null;
        boolean readable = ask(self, "readable");
        boolean writable = ask(self, "writable");
        if (canonical != null && NativeDecoder.supports(canonical)) {
            org.pyston.builtins.codecs.ErrorHandlers.check(errors);
            if (writable) {
                self.nativeEncoding = canonical;
                self.bomPending = canonical.equals("utf-16") || canonical.equals("utf-32");
            }
            if (readable) {
                self.nativeDecoder = new NativeDecoder(canonical, errors);
            }
            return;
        }
        Object info = org.pyston.builtins.codecs.CodecRegistry.lookup(encoding);
        Object isText = AttributeOps.lookupAttr(info, "_is_text_encoding");
        if (isText != null && !Truth.isTrue(isText)) {
            throw PyExceptions.withMessage(PyExceptions.LOOKUP_ERROR,
                    "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encoding);
        }
        if (readable) {
            self.pyDecoder = CallOps.call(AttributeOps.getAttr(info, "incrementaldecoder"),
                    new Object[] {PyStr.of(errors)}, null);
        }
        if (writable) {
            self.pyEncoder = CallOps.call(AttributeOps.getAttr(info, "incrementalencoder"),
                    new Object[] {PyStr.of(errors)}, null);
        }
    }

    @PyMethod(general = true)
    public static Object reconfigure(PyTextIOWrapper self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("reconfigure", args, kwnames, 0,
                new String[] {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0);
        synchronized (self) {
            self.checkAttached();
            String encoding = IOSupport.optStr(p[0], "reconfigure", "encoding");
            String errors = IOSupport.optStr(p[1], "reconfigure", "errors");
            if (p[2] != null) {
                checkNewline(p[2]);
            }
            if ((encoding != null || errors != null || p[2] != null) && (self.pos < self.chunk.length())) {
                throw IOSupport.unsupported("It is not possible to set the encoding or newline of stream after the first read");
            }
            self.flush();
            if (encoding != null || errors != null) {
                setCodec(self, encoding != null ? encoding : self.encoding,
                        errors != null ? errors : encoding != null ? "strict" : self.errors);
            }
            if (p[2] != null) {
                self.newlineArg = p[2];
                setNewline(self, p[2]);
            }
            if (p[3] != null && p[3] != PyNone.NONE) {
                self.lineBuffering = Truth.isTrue(p[3]);
            }
            if (p[4] != null && p[4] != PyNone.NONE) {
                self.writeThrough = Truth.isTrue(p[4]);
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object write(PyTextIOWrapper self, Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("write() argument must be str, not %s", TypeOps.typeName(s));
        }
        synchronized (self) {
            self.write(str.value());
        }
        return PyInt.valueOf(str.length());
    }

    @PyMethod(required = 0)
    public static Object read(PyTextIOWrapper self, Object size) {
        long n = IOSupport.size(size);
        synchronized (self) {
            return PyStr.of(self.read(n));
        }
    }

    @PyMethod(required = 0)
    public static Object readline(PyTextIOWrapper self, Object size) {
        if (size != null && size != PyNone.NONE && !org.pyston.builtins.number.IntMath.isInt(size)
                && TypeOps.typeOf(size).lookup("__index__") == null) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(size));
        }
        long n = IOSupport.size(size);
        synchronized (self) {
            return PyStr.of(self.readline(n));
        }
    }

    @PyMethod(name = "__next__")
    public static Object next(PyTextIOWrapper self) {
        Object line = self.exact() ? readline(self, null) : IOSupport.call(self.self(), "readline");
        if (!(line instanceof PyStr s)) {
            throw PyExceptions.osError("readline() should have returned a str object, not '%s'", TypeOps.typeName(line));
        }
        if (s.value().isEmpty()) {
            throw PyExceptions.create(PyExceptions.STOP_ITERATION);
        }
        return line;
    }

    @PyMethod
    public static Object flush(PyTextIOWrapper self) {
        synchronized (self) {
            self.checkOpen();
            self.flush();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object close(PyTextIOWrapper self) {
        synchronized (self) {
            if (self.isClosed()) {
                return PyNone.NONE;
            }
            PyBaseException error = null;
            try {
                IOSupport.call(self.self(), "flush");
            } catch (PyBaseException e) {
                error = e;
            }
            try {
                IOSupport.call(self.buffer, "close");
            } catch (PyBaseException e) {
                if (error != null) {
                    e.setContext(error);
                }
                throw e;
            }
            if (error != null) {
                throw error;
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object detach(PyTextIOWrapper self) {
        synchronized (self) {
            self.checkAttached();
            IOSupport.call(self.self(), "flush");
            Object b = self.buffer;
            self.detached = true;
            return b;
        }
    }

    @PyMethod
    public static Object tell(PyTextIOWrapper self) {
        synchronized (self) {
            return self.tell();
        }
    }

    @PyMethod(required = 1)
    public static Object seek(PyTextIOWrapper self, Object cookie, Object whence) {
        int wh = whence == null ? 0 : (int) UnaryOps.indexAsLong(whence);
        synchronized (self) {
            return self.seek(cookie, wh);
        }
    }

    @PyMethod(required = 0)
    public static Object truncate(PyTextIOWrapper self, Object pos) {
        synchronized (self) {
            self.flush();
            Object at = pos == null || pos == PyNone.NONE ? self.tell() : pos;
            return IOSupport.call(self.buffer, "truncate", at);
        }
    }

    @PyMethod
    public static Object fileno(PyTextIOWrapper self) {
        self.checkAttached();
        return IOSupport.call(self.buffer, "fileno");
    }

    @PyMethod
    public static Object isatty(PyTextIOWrapper self) {
        self.checkAttached();
        return IOSupport.call(self.buffer, "isatty");
    }

    @PyMethod
    public static Object seekable(PyTextIOWrapper self) {
        self.checkOpen();
        return PyBool.of(self.seekable);
    }

    @PyMethod
    public static Object readable(PyTextIOWrapper self) {
        self.checkAttached();
        return IOSupport.call(self.buffer, "readable");
    }

    @PyMethod
    public static Object writable(PyTextIOWrapper self) {
        self.checkAttached();
        return IOSupport.call(self.buffer, "writable");
    }

    @PyGetter("closed")
    public static Object closed(PyTextIOWrapper self) {
        self.checkAttached();
        return self.fast != null ? PyBool.of(self.fast.isClosed()) : AttributeOps.getAttr(self.buffer, "closed");
    }

    @PyGetter("name")
    public static Object name(PyTextIOWrapper self) {
        self.checkAttached();
        return AttributeOps.getAttr(self.buffer, "name");
    }

    @PyGetter("buffer")
    public static Object buffer(PyTextIOWrapper self) {
        self.checkAttached();
        return self.buffer;
    }

    @PyGetter("encoding")
    public static Object encoding(PyTextIOWrapper self) {
        return PyStr.of(self.encoding);
    }

    @PyGetter("errors")
    public static Object errors(PyTextIOWrapper self) {
        return PyStr.of(self.errors);
    }

    @PyGetter("line_buffering")
    public static Object lineBuffering(PyTextIOWrapper self) {
        return PyBool.of(self.lineBuffering);
    }

    @PyGetter("write_through")
    public static Object writeThrough(PyTextIOWrapper self) {
        return PyBool.of(self.writeThrough);
    }

    @PyGetter("newlines")
    public static Object newlines(PyTextIOWrapper self) {
        return NewlineTranslator.newlines(self.seen);
    }

    @PyGetter("_CHUNK_SIZE")
    public static Object chunkSize(PyTextIOWrapper self) {
        return PyInt.valueOf(PyTextIOWrapper.CHUNK_SIZE);
    }

    @PyGetter("mode")
    public static Object mode(PyTextIOWrapper self) {
        if (self.mode == null) {
            throw PyExceptions.attributeError("'_io.TextIOWrapper' object has no attribute 'mode'");
        }
        return self.mode;
    }

    @PySetter("mode")
    public static void setMode(PyTextIOWrapper self, Object v) {
        self.mode = v;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyTextIOWrapper self) {
        org.pyston.builtins.object.PyType t = TypeOps.typeOf(self.self());
        StringBuilder sb = new StringBuilder("<").append(t.getModule()).append('.').append(t.getQualname());
        Object name = null;
        try {
            name = AttributeOps.lookupAttr(self.self(), "name");
        } catch (PyBaseException e) {
            if (!e.isInstance(PyExceptions.VALUE_ERROR)) {
                throw e;
            }
        }
        if (name != null) {
            sb.append(" name=").append(Repr.repr(name));
        }
        Object mode = AttributeOps.lookupAttr(self.self(), "mode");
        if (mode != null) {
            sb.append(" mode=").append(Repr.repr(mode));
        }
        sb.append(" encoding=").append(Repr.repr(PyStr.of(self.encoding))).append('>');
        return PyStr.of(sb.toString());
    }

    @PyMethod(name = "__getstate__")
    public static Object getstate(PyTextIOWrapper self) {
        throw PyExceptions.typeError("cannot pickle '%s' object", TypeOps.typeName(self.self()));
    }
}
