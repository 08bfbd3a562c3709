package org.pyston.builtins.io;

import java.util.Arrays;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyMemoryView;

/** Methods of {@code _io.BytesIO} ({@link PyBytesIO}). */
public final class BytesIOMethods {
    private BytesIOMethods() {
    }

    private static void check(PyBytesIO self) {
        if (self.closed) {
            throw PyExceptions.valueError("I/O operation on closed file.");
        }
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyBytesIO self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("BytesIO", args, kwnames, 1, new String[] {"initial_bytes"}, 0);
        synchronized (self) {
            self.len = 0;
            self.pos = 0;
            self.closed = false;
            if (p[0] != null && p[0] != PyNone.NONE) {
                byte[] b = BytesSupport.need(p[0]);
                self.buf = b.clone();
                self.len = b.length;
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getvalue(PyBytesIO self) {
        synchronized (self) {
            check(self);
            return PyBytes.wrap(Arrays.copyOf(self.buf, self.len));
        }
    }

    /** A read-only view of the current contents (CPython's is writable; writing through this one raises TypeError). */
    @PyMethod
    public static Object getbuffer(PyBytesIO self) {
        check(self);
        return CallOps.call(PyMemoryView.TYPE, new Object[] {getvalue(self)}, null);
    }

    private static byte[] take(PyBytesIO self, long n) {
        int start = Math.min(self.pos, self.len);
        int end = n < 0 ? self.len : (int) Math.min(self.len, (long) start + n);
        self.pos = Math.max(self.pos, end);
        return Arrays.copyOfRange(self.buf, start, end);
    }

    @PyMethod(required = 0)
    public static Object read(PyBytesIO self, Object size) {
        synchronized (self) {
            check(self);
            return PyBytes.wrap(take(self, IOSupport.size(size)));
        }
    }

    @PyMethod(required = 0)
    public static Object read1(PyBytesIO self, Object size) {
        return read(self, size);
    }

    @PyMethod(required = 0)
    public static Object readline(PyBytesIO self, Object size) {
        synchronized (self) {
            check(self);
            long limit = IOSupport.size(size);
            int start = Math.min(self.pos, self.len);
            int end = limit < 0 ? self.len : (int) Math.min(self.len, (long) start + limit);
            int i = start;
            while (i < end) {
                if (self.buf[i++] == '\n') {
                    break;
                }
            }
            return PyBytes.wrap(take(self, i - start));
        }
    }

    @PyMethod(name = "__next__")
    public static Object next(PyBytesIO self) {
        Object line = readline(self, null);
        if (ItemOps.len(line) == 0) {
            throw PyExceptions.create(PyExceptions.STOP_ITERATION);
        }
        return line;
    }

    @PyMethod
    public static Object readinto(PyBytesIO self, Object buffer) {
        synchronized (self) {
            check(self);
            byte[] b = take(self, ItemOps.len(buffer));
            Buffers.copyInto(buffer, b, b.length);
            return PyInt.valueOf(b.length);
        }
    }

    @PyMethod
    public static Object write(PyBytesIO self, Object data) {
        synchronized (self) {
            check(self);
            byte[] b = BytesSupport.need(data);
            self.write(b, 0, b.length);
            return PyInt.valueOf(b.length);
        }
    }

    @PyMethod(required = 1)
    public static Object seek(PyBytesIO self, Object pos, Object whence) {
        synchronized (self) {
            check(self);
            long p = UnaryOps.indexAsLong(pos);
            long wh = whence == null ? 0 : UnaryOps.indexAsLong(whence);
            if (wh == 0) {
                if (p < 0) {
                    throw PyExceptions.valueError("negative seek value %d", p);
                }
            } else if (wh == 1) {
                p = Math.max(0, self.pos + p);
            } else if (wh == 2) {
                p = Math.max(0, self.len + p);
            } else {
                throw PyExceptions.valueError("invalid whence (%d, should be 0, 1 or 2)", wh);
            }
            self.pos = (int) p;
            return PyInt.valueOf(p);
        }
    }

    @PyMethod
    public static Object tell(PyBytesIO self) {
        synchronized (self) {
            check(self);
            return PyInt.valueOf(self.pos);
        }
    }

    @PyMethod(required = 0)
    public static Object truncate(PyBytesIO self, Object size) {
        synchronized (self) {
            check(self);
            long n = size == null || size == PyNone.NONE ? self.pos : IOSupport.size(size);
            if (n < 0) {
                throw PyExceptions.valueError("negative size value %d", n);
            }
            if (n < self.len) {
                self.len = (int) n;
            }
            return PyInt.valueOf(n);
        }
    }

    @PyMethod
    public static Object readable(PyBytesIO self) {
        check(self);
        return PyBool.TRUE;
    }

    @PyMethod
    public static Object writable(PyBytesIO self) {
        check(self);
        return PyBool.TRUE;
    }

    @PyMethod
    public static Object seekable(PyBytesIO self) {
        check(self);
        return PyBool.TRUE;
    }

    @PyMethod
    public static Object flush(PyBytesIO self) {
        check(self);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object isatty(PyBytesIO self) {
        check(self);
        return PyBool.FALSE;
    }

    @PyMethod
    public static Object close(PyBytesIO self) {
        self.closed = true;
        self.baseClosed = true;
        return PyNone.NONE;
    }

    @PyGetter("closed")
    public static Object closed(PyBytesIO self) {
        return PyBool.of(self.closed);
    }

    @PyMethod(name = "__getstate__")
    public static Object getstate(PyBytesIO self) {
        check(self);
        return PyTuple.of(getvalue(self), PyInt.valueOf(self.pos), PyNone.NONE);
    }
}
