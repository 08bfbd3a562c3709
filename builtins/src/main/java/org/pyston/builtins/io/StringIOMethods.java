package org.pyston.builtins.io;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code _io.StringIO} ({@link PyStringIO}). */
public final class StringIOMethods {
    private StringIOMethods() {
    }

    private static void check(PyStringIO self) {
        if (!self.initialized) {
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
        if (self.closed) {
            throw PyExceptions.valueError("I/O operation on closed file");
        }
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyStringIO self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("StringIO", args, kwnames, 2, new String[] {"initial_value", "newline"}, 0);
        Object nl = p[1] == null ? PyStr.of("\n") : p[1];
        String newline;
        if (nl == PyNone.NONE) {
            newline = null;
        } else if (nl instanceof PyStr s) {
            newline = s.value();
        } else {
            throw PyExceptions.typeError("newline must be str or None, not %s", TypeOps.typeName(nl));
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw PyExceptions.valueError("illegal newline value: %s", org.pyston.builtins.ops.Repr.repr(nl));
        }
        Object init = p[0];
        if (init != null && init != PyNone.NONE && !(init instanceof PyStr)) {
            throw PyExceptions.typeError("initial_value must be str or None, not %s", TypeOps.typeName(init));
        }
        synchronized (self) {
            self.newlineArg = nl;
            self.readnl = newline == null || newline.isEmpty() ? null : newline;
            self.writenl = newline != null && newline.startsWith("\r") ? newline : null;
            self.decoder = newline == null ? new NewlineTranslator(true)
                    : newline.isEmpty() ? new NewlineTranslator(false) : null;
            self.len = 0;
            self.pos = 0;
            self.closed = false;
            self.initialized = true;
            if (init instanceof PyStr s && !s.value().isEmpty()) {
                self.writeText(s.value());
                self.pos = 0;
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getvalue(PyStringIO self) {
        synchronized (self) {
            check(self);
            return PyStr.of(self.text(0, self.len));
        }
    }

    @PyMethod(required = 0)
    public static Object read(PyStringIO self, Object size) {
        synchronized (self) {
            check(self);
            long n = IOSupport.size(size);
            int start = Math.min(self.pos, self.len);
            int end = n < 0 ? self.len : (int) Math.min(self.len, (long) start + n);
            self.pos = Math.max(self.pos, end);
            return PyStr.of(self.text(start, end));
        }
    }

    @PyMethod(required = 0)
    public static Object readline(PyStringIO self, Object size) {
        synchronized (self) {
            check(self);
            long n = IOSupport.size(size);
            if (self.pos >= self.len) {
                return PyStr.EMPTY;
            }
            int end = self.lineEnd(n);
            String s = self.text(self.pos, end);
            self.pos = end;
            return PyStr.of(s);
        }
    }

    @PyMethod(name = "__next__")
    public static Object next(PyStringIO self) {
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
    public static Object write(PyStringIO self, Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("string argument expected, got '%s'", TypeOps.typeName(s));
        }
        synchronized (self) {
            check(self);
            int n = str.length();
            self.writeText(str.value());
            return PyInt.valueOf(n);
        }
    }

    @PyMethod(required = 1)
    public static Object seek(PyStringIO self, Object pos, Object whence) {
        synchronized (self) {
            check(self);
            long p = UnaryOps.indexAsLong(pos);
            long wh = whence == null ? 0 : UnaryOps.indexAsLong(whence);
            if (wh != 0 && wh != 1 && wh != 2) {
                throw PyExceptions.valueError("Invalid whence (%d, should be 0, 1 or 2)", wh);
            }
            if (p < 0 && wh == 0) {
                throw PyExceptions.valueError("Negative seek position %d", p);
            }
            if (wh != 0 && p != 0) {
                throw PyExceptions.osError("Can't do nonzero cur-relative seeks");
            }
            if (wh == 1) {
                p = self.pos;
            } else if (wh == 2) {
                p = self.len;
            }
            self.pos = (int) p;
            return PyInt.valueOf(p);
        }
    }

    @PyMethod
    public static Object tell(PyStringIO self) {
        synchronized (self) {
            check(self);
            return PyInt.valueOf(self.pos);
        }
    }

    @PyMethod(required = 0)
    public static Object truncate(PyStringIO self, Object size) {
        synchronized (self) {
            check(self);
            long n = size == null || size == PyNone.NONE ? self.pos : IOSupport.size(size);
            if (n < 0) {
                throw PyExceptions.valueError("Negative size value %d", n);
            }
            if (n < self.len) {
                self.len = (int) n;
            }
            return PyInt.valueOf(n);
        }
    }

    @PyMethod
    public static Object readable(PyStringIO self) {
        check(self);
        return PyBool.TRUE;
    }

    @PyMethod
    public static Object writable(PyStringIO self) {
        check(self);
        return PyBool.TRUE;
    }

    @PyMethod
    public static Object seekable(PyStringIO self) {
        check(self);
        return PyBool.TRUE;
    }

    @PyMethod
    public static Object close(PyStringIO self) {
        self.closed = true;
        self.baseClosed = true;
        return PyNone.NONE;
    }

    @PyGetter("closed")
    public static Object closed(PyStringIO self) {
        if (!self.initialized) {
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
        return PyBool.of(self.closed);
    }

    @PyGetter("line_buffering")
    public static Object lineBuffering(PyStringIO self) {
        check(self);
        return PyBool.FALSE;
    }

    @PyGetter("newlines")
    public static Object newlines(PyStringIO self) {
        check(self);
        return self.decoder == null ? PyNone.NONE : self.decoder.newlines();
    }

    @PyMethod(name = "__getstate__")
    public static Object getstate(PyStringIO self) {
        check(self);
        return PyTuple.of(PyStr.of(self.text(0, self.len)), self.newlineArg, PyInt.valueOf(self.pos), PyNone.NONE);
    }

    @PyMethod(required = 0)
    public static Object readlines(PyStringIO self, Object hint) {
        return IOBaseMethods.readlines(self, hint);
    }
}
