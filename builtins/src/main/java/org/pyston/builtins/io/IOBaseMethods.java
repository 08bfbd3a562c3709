package org.pyston.builtins.io;

import java.io.ByteArrayOutputStream;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;

/**
 * Methods of {@code _io._IOBase}, as CPython's iobase.c: every operation that depends on another
 * ({@code readline} on {@code read}/{@code peek}, iteration on {@code readline}, {@code close} on
 * {@code flush}) calls it through the Python-visible object, so subclasses can override it.
 */
public final class IOBaseMethods {
    private IOBaseMethods() {
    }

    /** {@code __new__} of every io type: the Java object of the nearest built-in io type, wrapped for a Python subclass. */
    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (args.length == 0 || !(args[0] instanceof PyType cls)) {
            throw PyExceptions.typeError("_IOBase.__new__(X): X is not a type object");
        }
        PyType base = cls.isBuiltin() ? cls : cls.builtinBase();
        PyIOBase obj = IOModule.blank(base);
        if (cls.isBuiltin()) {
            return obj;
        }
        return new PyInstance(cls, obj);
    }

    static void checkClosed(PyIOBase self) {
        if (IOSupport.isClosed(self.self())) {
            throw IOSupport.closedFile();
        }
    }

    @PyGetter("closed")
    public static Object closed(PyIOBase self) {
        return PyBool.of(self.baseClosed);
    }

    @PyGetter("__IOBase_closed")
    public static Object baseClosed(PyIOBase self) {
        return PyBool.of(self.baseClosed);
    }

    @PyMethod
    public static Object flush(PyIOBase self) {
        if (IOSupport.isClosed(self.self())) {
            throw IOSupport.closedFile();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object close(PyIOBase self) {
        if (self.baseClosed) {
            return PyNone.NONE;
        }
        try {
            IOSupport.call(self.self(), "flush");
        } finally {
            self.baseClosed = true;
        }
        return PyNone.NONE;
    }

    @PyMethod(required = 0)
    public static Object seek(PyIOBase self, Object pos, Object whence) {
        throw IOSupport.unsupported("seek");
    }

    @PyMethod
    public static Object tell(PyIOBase self) {
        return IOSupport.call(self.self(), "seek", PyInt.valueOf(0), PyInt.valueOf(1));
    }

    @PyMethod(required = 0)
    public static Object truncate(PyIOBase self, Object size) {
        throw IOSupport.unsupported("truncate");
    }

    @PyMethod
    public static Object fileno(PyIOBase self) {
        throw IOSupport.unsupported("fileno");
    }

    @PyMethod
    public static Object readable(PyIOBase self) {
        return PyBool.FALSE;
    }

    @PyMethod
    public static Object writable(PyIOBase self) {
        return PyBool.FALSE;
    }

    @PyMethod
    public static Object seekable(PyIOBase self) {
        return PyBool.FALSE;
    }

    @PyMethod
    public static Object isatty(PyIOBase self) {
        checkClosed(self);
        return PyBool.FALSE;
    }

    @PyMethod(name = "_checkClosed", required = 0)
    public static Object checkClosedMethod(PyIOBase self, Object msg) {
        checkClosed(self);
        return PyNone.NONE;
    }

    @PyMethod(name = "_checkReadable", required = 0)
    public static Object checkReadable(PyIOBase self, Object msg) {
        if (!IOSupport.callBool(self.self(), "readable")) {
            throw IOSupport.unsupported("File or stream is not readable.");
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "_checkWritable", required = 0)
    public static Object checkWritable(PyIOBase self, Object msg) {
        if (!IOSupport.callBool(self.self(), "writable")) {
            throw IOSupport.unsupported("File or stream is not writable.");
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "_checkSeekable", required = 0)
    public static Object checkSeekable(PyIOBase self, Object msg) {
        if (!IOSupport.callBool(self.self(), "seekable")) {
            throw IOSupport.unsupported("File or stream is not seekable.");
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__enter__")
    public static Object enter(PyIOBase self) {
        checkClosed(self);
        return self.self();
    }

    @PyMethod(name = "__exit__", general = true)
    public static Object exit(PyIOBase self, Object[] args, String[] kwnames) {
        return IOSupport.call(self.self(), "close");
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyIOBase self) {
        checkClosed(self);
        return self.self();
    }

    @PyMethod(name = "__next__")
    public static Object next(PyIOBase self) {
        Object line = IOSupport.call(self.self(), "readline");
        if (ItemOps.len(line) == 0) {
            throw PyExceptions.create(PyExceptions.STOP_ITERATION);
        }
        return line;
    }

    /** Binary readline over {@code peek} (when present) and {@code read}, as CPython's _io__IOBase_readline. */
    @PyMethod(required = 0)
    public static Object readline(PyIOBase self, Object size) {
        long limit = IOSupport.size(size);
        Object me = self.self();
        Object peek = AttributeOps.lookupAttr(me, "peek");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            long nreadahead = 1;
            if (peek != null) {
                Object ahead = CallOps.call(peek, new Object[] {PyInt.valueOf(1)}, null);
                byte[] a = BytesSupport.data(ahead);
                if (a == null) {
                    throw PyExceptions.systemError("peek() should have returned a bytes object, not '%s'",
                            TypeOps.typeName(ahead));
                }
                if (a.length > 0) {
                    int n = 0;
                    int max = limit < 0 ? a.length : (int) Math.min(a.length, limit - out.size());
                    while (n < max) {
                        if (a[n++] == '\n') {
                            break;
                        }
                    }
                    nreadahead = n;
                }
            }
            Object b = IOSupport.call(me, "read", PyInt.valueOf(nreadahead));
            if (b == PyNone.NONE) {
                break;
            }
            byte[] data = BytesSupport.data(b);
            if (data == null) {
                throw PyExceptions.osError("read() should have returned a bytes object, not '%s'", TypeOps.typeName(b));
            }
            if (data.length == 0) {
                break;
            }
            out.write(data, 0, data.length);
            if (data[data.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod(required = 0)
    public static Object readlines(PyIOBase self, Object hint) {
        long h = IOSupport.size(hint);
        PyList out = new PyList();
        Object it = IterOps.iter(self.self());
        long total = 0;
        for (Object line = IterOps.next(it); line != null; line = IterOps.next(it)) {
            out.append(line);
            total += ItemOps.len(line);
            if (h > 0 && total >= h) {
                break;
            }
        }
        return out;
    }

    @PyMethod
    public static Object writelines(PyIOBase self, Object lines) {
        checkClosed(self);
        Object it = IterOps.iter(lines);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            IOSupport.call(self.self(), "write", v);
        }
        return PyNone.NONE;
    }

    /** {@code __del__}: closes the object (run by the runtime where it finalizes; never raises). */
    @PyMethod(name = "__del__")
    public static Object del(PyIOBase self) {
        try {
            if (!IOSupport.isClosed(self.self())) {
                IOSupport.call(self.self(), "close");
            }
        } catch (PyBaseException e) {
            // CPython reports it as unraisable; a finalizer never propagates
        }
        return PyNone.NONE;
    }
}
