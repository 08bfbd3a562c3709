package org.pyston.builtins.io;

import java.io.ByteArrayOutputStream;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;

/** Methods of {@code _io._RawIOBase}: {@code read} and {@code readall} on top of the subclass's {@code readinto}. */
public final class RawIOBaseMethods {
    private RawIOBaseMethods() {
    }

    @PyMethod(required = 0)
    public static Object read(PyIOBase self, Object size) {
        long n = IOSupport.size(size);
        if (n < 0) {
            return IOSupport.call(self.self(), "readall");
        }
        PyByteArray b = new PyByteArray(new byte[(int) n]);
        Object r = IOSupport.call(self.self(), "readinto", b);
        if (r == PyNone.NONE) {
            return PyNone.NONE;
        }
        long got = UnaryOps.indexAsLong(r);
        if (got < 0 || got > n) {
            throw PyExceptions.valueError("readinto returned %d outside buffer size %d", got, n);
        }
        byte[] all = b.toBytes();
        return PyBytes.wrap(java.util.Arrays.copyOf(all, (int) got));
    }

    @PyMethod
    public static Object readall(PyIOBase self) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            Object data = IOSupport.call(self.self(), "read", org.pyston.builtins.number.PyInt.valueOf(IOModule.DEFAULT_BUFFER_SIZE));
            if (data == PyNone.NONE) {
                if (out.size() == 0) {
                    return PyNone.NONE;
                }
                break;
            }
            byte[] b = BytesSupport.data(data);
            if (b == null) {
                throw PyExceptions.typeError("read() should return bytes");
            }
            if (b.length == 0) {
                break;
            }
            out.write(b, 0, b.length);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod
    public static Object readinto(PyIOBase self, Object b) {
        throw PyExceptions.notImplementedError("");
    }

    @PyMethod
    public static Object write(PyIOBase self, Object b) {
        throw PyExceptions.notImplementedError("");
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }
}
