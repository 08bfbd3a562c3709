package org.pyston.builtins.io;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.text.BytesSupport;

/** Methods of {@code _io._BufferedIOBase}: the unsupported defaults, and {@code readinto} on top of {@code read}. */
public final class BufferedIOBaseMethods {
    private BufferedIOBaseMethods() {
    }

    @PyMethod(required = 0)
    public static Object read(PyIOBase self, Object size) {
        throw IOSupport.unsupported("read");
    }

    @PyMethod(required = 0)
    public static Object read1(PyIOBase self, Object size) {
        throw IOSupport.unsupported("read1");
    }

    @PyMethod
    public static Object write(PyIOBase self, Object b) {
        throw IOSupport.unsupported("write");
    }

    @PyMethod
    public static Object detach(PyIOBase self) {
        throw IOSupport.unsupported("detach");
    }

    @PyMethod
    public static Object readinto(PyIOBase self, Object b) {
        return readintoWith(self, b, "read");
    }

    @PyMethod
    public static Object readinto1(PyIOBase self, Object b) {
        return readintoWith(self, b, "read1");
    }

    private static Object readintoWith(PyIOBase self, Object b, String method) {
        int n = (int) ItemOps.len(b);
        Object data = IOSupport.call(self.self(), method, PyInt.valueOf(n));
        if (data == PyNone.NONE) {
            return PyNone.NONE;
        }
        byte[] d = BytesSupport.need(data);
        if (d.length > n) {
            throw org.pyston.builtins.exception.PyExceptions.valueError(
                    "read() returned too much data: %d bytes requested, %d returned", n, d.length);
        }
        Buffers.copyInto(b, d, d.length);
        return PyInt.valueOf(d.length);
    }
}
