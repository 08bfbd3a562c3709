package org.pyston.builtins.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.posix.FileDescriptors;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _io} module: the io class hierarchy, {@code open}, {@code open_code},
 * {@code text_encoding}; also how the standard streams are built, and the per-interpreter set of
 * buffered writers still open, flushed at exit (CPython flushes them when they are deallocated).
 */
public final class IOModule {
    private IOModule() {
    }

    public static final int DEFAULT_BUFFER_SIZE = 8192;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_io");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(IOModule.class, "_io", d);
        Object builtinOpen = interp.getBuiltinsDict().getStr("open");
        if (builtinOpen != null) {
            d.putStr("open", builtinOpen);
        }
        d.putStr("DEFAULT_BUFFER_SIZE", PyInt.valueOf(DEFAULT_BUFFER_SIZE));
        d.putStr("UnsupportedOperation", IOSupport.UNSUPPORTED_OPERATION);
        d.putStr("BlockingIOError", PyExceptions.BLOCKING_IO_ERROR);
        for (PyType t : new PyType[] {PyIOBase.IO_BASE, PyIOBase.RAW_IO_BASE, PyIOBase.BUFFERED_IO_BASE,
                PyIOBase.TEXT_IO_BASE, PyFileIO.TYPE, PyBytesIO.TYPE, PyStringIO.TYPE, PyBuffered.READER,
                PyBuffered.WRITER, PyBuffered.RANDOM, PyBufferedRWPair.TYPE, PyTextIOWrapper.TYPE,
                PyNewlineDecoder.TYPE}) {
            d.putStr(t.getName(), t);
        }
        return m;
    }

    /** A fresh, uninitialised object of built-in io type {@code t} (what {@code __new__} makes). */
    static PyIOBase blank(PyType t) {
        if (t == PyFileIO.TYPE) return new PyFileIO();
        if (t == PyBytesIO.TYPE) return new PyBytesIO();
        if (t == PyStringIO.TYPE) return new PyStringIO();
        if (t == PyBuffered.READER || t == PyBuffered.WRITER || t == PyBuffered.RANDOM) return new PyBuffered(t);
        if (t == PyBufferedRWPair.TYPE) return new PyBufferedRWPair();
        if (t == PyTextIOWrapper.TYPE) return new PyTextIOWrapper();
        if (t == PyNewlineDecoder.TYPE) return new PyNewlineDecoder();
        return new PyIOBase(t);
    }

    // ---- open buffered writers ----------------------------------------------------------------------

    private static final class OpenWriters {
        final Set<PyBuffered> set = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    static void trackWriter(PyBuffered b) {
        Interpreter.current().moduleState(OpenWriters.class, OpenWriters::new).set.add(b);
    }

    static void untrackWriter(PyBuffered b) {
        Interpreter.current().moduleState(OpenWriters.class, OpenWriters::new).set.remove(b);
    }

    /** Flushes every buffered writer still open (at exit). Errors are ignored, as CPython's finalizers do. */
    public static void flushOpenWriters(Interpreter interp) {
        OpenWriters w = interp.moduleState(OpenWriters.class, OpenWriters::new);
        PyBuffered[] all;
        synchronized (w.set) {
            all = w.set.toArray(new PyBuffered[0]);
        }
        for (PyBuffered b : all) {
            try {
                synchronized (b) {
                    if (!b.detached && !b.isClosed()) {
                        b.flushWrites();
                    }
                }
            } catch (PyBaseException e) {
                // a finalizer's error is not reported
            }
        }
    }

    // ---- standard streams -----------------------------------------------------------------------------

    /**
     * sys.stdin, sys.stdout and sys.stderr over the Java streams: TextIOWrapper over a buffered
     * stream over FileIO on descriptors 0, 1, 2. stdout is line-buffered on a terminal, stderr
     * always (CPython 3.9+); {@code unbuffered} (-u) makes both write through.
     */
    public static PyTextIOWrapper[] stdStreams(Interpreter interp, InputStream in, OutputStream out, OutputStream err,
                                               boolean unbuffered, String encoding, String errors) {
        FileDescriptors.install(interp, in, out, err);
        FileDescriptors table = FileDescriptors.of(interp);
        PyTextIOWrapper[] r = new PyTextIOWrapper[3];
        String[] names = {"<stdin>", "<stdout>", "<stderr>"};
        for (int fd = 0; fd < 3; fd++) {
            PyFileIO raw = new PyFileIO();
            raw.readable = fd == 0;
            raw.writable = fd != 0;
            raw.name = PyStr.of(names[fd]);
            raw.attach(table, fd, false);
            PyBuffered buf = new PyBuffered(fd == 0 ? PyBuffered.READER : PyBuffered.WRITER);
            buf.init(raw, DEFAULT_BUFFER_SIZE);
            PyTextIOWrapper t = new PyTextIOWrapper();
            String errs = errors != null ? errors : fd == 2 ? "backslashreplace" : "strict";
            boolean tty = raw.file().isatty();
            TextIOWrapperMethods.configure(t, buf, encoding == null ? "utf-8" : codecName(encoding), errs, PyStr.of("\n"),
                    fd == 2 || tty, unbuffered && fd != 0);
            t.mode = PyStr.of(fd == 0 ? "r" : "w");
            r[fd] = t;
        }
        return r;
    }

    /** The name CPython reports for a PYTHONIOENCODING codec (its codecs entry's name) where a Java codec has it. */
    private static String codecName(String encoding) {
        try {
            String c = org.pyston.builtins.text.Codecs.canonical(encoding);
            return c.equals("latin-1") ? "iso8859-1" : c;
        } catch (PyBaseException e) {
            return encoding.toLowerCase(java.util.Locale.ROOT);
        }
    }

    // ---- functions ---------------------------------------------------------------------------------

    @PyMethod(general = true)
    public static Object open(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("open", args, kwnames, 8,
                new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
        Object file = p[0];
        if (!(file instanceof PyStr) && !(file instanceof PyBytes) && !IntMath.isInt(file)) {
            // as CPython's open(): a path-like becomes its str/bytes, which is then the file's
            // name and the filename of an OSError
            file = FileIOMethods.fsPathObject(file);
        }
        String mode = "r";
        if (p[1] != null) {
            if (!(p[1] instanceof PyStr s)) {
                throw PyExceptions.typeError("open() argument 'mode' must be str, not %s", TypeOps.typeName(p[1]));
            }
            mode = s.value();
        }
        long buffering = p[2] == null ? -1 : UnaryOps.indexAsLong(p[2]);
        String encoding = IOSupport.optStr(p[3], "open", "encoding");
        String errors = IOSupport.optStr(p[4], "open", "errors");
        String newline = IOSupport.optStr(p[5], "open", "newline");
        boolean closefd = p[6] == null || Truth.isTrue(p[6]);
        Object opener = p[7];
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        String seenChars = "";
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || seenChars.indexOf(c) >= 0) {
                throw PyExceptions.valueError("invalid mode: '%s'", mode);
            }
            seenChars += c;
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                default: binary = true; break;
            }
        }
        if (text && binary) {
            throw PyExceptions.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw PyExceptions.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw PyExceptions.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary && encoding != null) {
            throw PyExceptions.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw PyExceptions.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw PyExceptions.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            buffering = -1;
        }
        String rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "")
                + (updating ? "+" : "");
        PyFileIO raw = new PyFileIO();
        FileIOMethods.init(raw, new Object[] {file, PyStr.of(rawMode), PyBool.of(closefd),
                opener == null ? PyNone.NONE : opener}, null);
        Object result = raw;
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || (buffering < 0 && raw.file().isatty())) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw PyExceptions.valueError("can't have unbuffered text I/O");
            }
            PyType kind = updating ? PyBuffered.RANDOM : (creating || writing || appending) ? PyBuffered.WRITER
                    : PyBuffered.READER;
            PyBuffered buffer = new PyBuffered(kind);
            BufferedCommonMethods.init(buffer, new Object[] {raw, PyInt.valueOf(buffering)}, null);
            result = buffer;
            if (binary) {
                return buffer;
            }
            PyTextIOWrapper t = new PyTextIOWrapper();
            TextIOWrapperMethods.init(t, new Object[] {buffer, p[3] == null ? PyNone.NONE : p[3],
                    p[4] == null ? PyNone.NONE : p[4], p[5] == null ? PyNone.NONE : p[5], PyBool.of(lineBuffering)}, null);
            t.mode = PyStr.of(mode);
            return t;
        } catch (PyBaseException e) {
            try {
                org.pyston.builtins.ops.CallOps.callMethod(result, "close", new Object[0], null);
            } catch (PyBaseException ignored) {
                // the first error is the one reported
            }
            throw e;
        }
    }

    @PyMethod
    public static Object open_code(Object path) {
        if (!(path instanceof PyStr)) {
            throw PyExceptions.typeError("open_code() argument 'path' must be str, not %s", TypeOps.typeName(path));
        }
        return open(new Object[] {path, PyStr.of("rb")}, null);
    }

    @PyMethod(required = 1)
    public static Object text_encoding(Object encoding, Object stacklevel) {
        if (encoding == null || encoding == PyNone.NONE) {
            return PyStr.of("locale");
        }
        return encoding;
    }
}
