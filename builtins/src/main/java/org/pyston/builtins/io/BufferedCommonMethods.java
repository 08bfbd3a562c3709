package org.pyston.builtins.io;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/**
 * The methods every buffered stream ({@link PyBuffered}) has; {@link BufferedReaderMethods},
 * {@link BufferedWriterMethods} and {@link BufferedRandomMethods} add the reading and writing ones.
 */
public class BufferedCommonMethods {
    BufferedCommonMethods() {
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyBuffered self, Object[] args, String[] kwnames) {
        String fn = self.getType().getName();
        Object[] p = ArgParser.parse(fn, args, kwnames, 2, new String[] {"raw", "buffer_size"}, 1);
        Object raw = p[0];
        // CPython's C buffered classes ask the raw stream's readable()/writable()/seekable()
        // directly (the raw object need not derive from io.RawIOBase, e.g. tarfile's _FileInFile),
        // and only a result that is True itself passes
        // (BufferedRandom asks seekable() first)
        if (self.canRead && self.canWrite) {
            requireTrue(raw, "seekable", "File or stream is not seekable.");
        }
        if (self.canRead) {
            requireTrue(raw, "readable", "File or stream is not readable.");
        }
        if (self.canWrite) {
            requireTrue(raw, "writable", "File or stream is not writable.");
        }
        long size = p[1] == null ? IOModule.DEFAULT_BUFFER_SIZE : UnaryOps.indexAsLong(p[1]);
        synchronized (self) {
            self.init(raw, size);
        }
        if (self.canWrite) {
            IOModule.trackWriter(self);
        }
        return PyNone.NONE;
    }

    private static void requireTrue(Object raw, String capability, String message) {
        if (IOSupport.call(raw, capability) != org.pyston.builtins.number.PyBool.TRUE) {
            throw IOSupport.unsupported(message);
        }
    }

    @PyMethod
    public static Object flush(PyBuffered self) {
        synchronized (self) {
            if (self.canWrite) {
                self.checkOpen("flush of closed file");
                self.flushWrites();
            } else {
                self.checkOpen(null);
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object close(PyBuffered self) {
        PyBaseException error = null;
        synchronized (self) {
            if (self.isClosed()) {
                return PyNone.NONE;
            }
            try {
                IOSupport.call(self.self(), "flush");
            } catch (PyBaseException e) {
                error = e;
            }
        }
        IOModule.untrackWriter(self);
        try {
            IOSupport.call(self.raw(), "close");
        } catch (PyBaseException e) {
            if (error != null) {
                e.setContext(error);
            }
            throw e;
        }
        if (error != null) {
            throw error;
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object detach(PyBuffered self) {
        synchronized (self) {
            Object raw = self.raw();
            IOSupport.call(self.self(), "flush");
            self.detached = true;
            IOModule.untrackWriter(self);
            return raw;
        }
    }

    @PyMethod
    public static Object seekable(PyBuffered self) {
        return IOSupport.call(self.raw(), "seekable");
    }

    @PyMethod
    public static Object readable(PyBuffered self) {
        return IOSupport.call(self.raw(), "readable");
    }

    @PyMethod
    public static Object writable(PyBuffered self) {
        return IOSupport.call(self.raw(), "writable");
    }

    @PyMethod
    public static Object fileno(PyBuffered self) {
        return IOSupport.call(self.raw(), "fileno");
    }

    @PyMethod
    public static Object isatty(PyBuffered self) {
        return IOSupport.call(self.raw(), "isatty");
    }

    @PyMethod
    public static Object tell(PyBuffered self) {
        synchronized (self) {
            long pos = self.tell();
            return PyInt.valueOf(Math.max(pos, 0));
        }
    }

    @PyMethod(required = 1)
    public static Object seek(PyBuffered self, Object pos, Object whence) {
        if (!org.pyston.builtins.number.IntMath.isInt(pos) && TypeOps.typeOf(pos).lookup("__index__") == null) {
            throw PyExceptions.typeError("an integer is required");
        }
        long p = UnaryOps.indexAsLong(pos);
        int wh = whence == null ? 0 : (int) UnaryOps.indexAsLong(whence);
        synchronized (self) {
            if (wh < 0 || wh > 2) {
                throw PyExceptions.valueError("whence value %d unsupported", wh);
            }
            self.checkOpen("seek of closed file");
            if (!IOSupport.callBool(self.raw(), "seekable")) {
                throw IOSupport.unsupported("File or stream is not seekable.");
            }
            return PyInt.valueOf(self.seek(p, wh));
        }
    }

    @PyMethod(required = 0)
    public static Object truncate(PyBuffered self, Object pos) {
        synchronized (self) {
            self.checkOpen("truncate of closed file");
            if (!self.canWrite) {
                throw IOSupport.unsupported("truncate");
            }
            Object at = pos == null || pos == PyNone.NONE ? PyInt.valueOf(self.tell()) : pos;
            self.flushWrites();
            if (self.rend > self.rpos) {
                self.dropReadAhead();
            }
            return IOSupport.call(self.raw(), "truncate", at);
        }
    }

    @PyGetter("raw")
    public static Object raw(PyBuffered self) {
        return self.raw();
    }

    @PyGetter("closed")
    public static Object closed(PyBuffered self) {
        return AttributeOps.getAttr(self.raw(), "closed");
    }

    @PyGetter("name")
    public static Object name(PyBuffered self) {
        return AttributeOps.getAttr(self.raw(), "name");
    }

    @PyGetter("mode")
    public static Object mode(PyBuffered self) {
        return AttributeOps.getAttr(self.raw(), "mode");
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyBuffered self) {
        org.pyston.builtins.object.PyType t = TypeOps.typeOf(self.self());
        String cls = t.getModule() + "." + t.getQualname();
        Object name = AttributeOps.lookupAttr(self.self(), "name");
        if (name == null) {
            return PyStr.of("<" + cls + ">");
        }
        return PyStr.of("<" + cls + " name=" + Repr.repr(name) + ">");
    }

    @PyMethod(name = "_dealloc_warn")
    public static Object deallocWarn(PyBuffered self, Object source) {
        return PyNone.NONE;
    }

    @PyMethod(name = "__getstate__")
    public static Object getstate(PyBuffered self) {
        throw PyExceptions.typeError("cannot pickle '%s' object", TypeOps.typeName(self.self()));
    }

    @PyMethod(name = "__next__")
    public static Object next(PyBuffered self) {
        Object line = self.exact() && self.canRead ? BufferedReaderMethods.readline(self, null)
                : IOSupport.call(self.self(), "readline");
        if (org.pyston.builtins.ops.ItemOps.len(line) == 0) {
            throw PyExceptions.create(PyExceptions.STOP_ITERATION);
        }
        return line;
    }
}
