package org.pyston.builtins.text;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;

/** Methods of {@code bytes} beyond those shared with bytearray ({@link BytesCommonMethods}). */
public final class BytesMethods extends BytesCommonMethods {
    private BytesMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Object[] p = ArgParser.parse("bytes", rest, kwnames, 3, new String[] {"source", "encoding", "errors"}, 0);
        if (args.length > 0 && args[0] instanceof PyType t && t != PyBytes.TYPE) {
            throw PyExceptions.notImplementedError("subclasses of bytes are not supported yet");
        }
        if (p[0] instanceof PyBytes && p[1] == null && p[2] == null) {
            return p[0];
        }
        return PyBytes.wrap(BytesSupport.construct("bytes", p[0], p[1], p[2]));
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyBytes self) {
        return new PyInt(self.pyHash());
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyBytes self) {
        return PyStr.of(BytesSupport.repr(self.value, self.value.length, "b"));
    }

    /** {@code str()} of bytes is the bytes repr, whatever a subclass's {@code __repr__} says (CPython's bytes_str). */
    @PyMethod(name = "__str__")
    public static Object str(PyBytes self) {
        return repr(self);
    }

    @PyMethod(name = "__bytes__")
    public static Object bytes(PyBytes self) {
        return self;
    }

    /** A classmethod: a subclass gets {@code cls(bytes)}, as CPython. */
    @PyMethod(isClass = true)
    public static Object fromhex(Object cls, Object s) {
        PyBytes b = PyBytes.wrap(fromHex(s));
        return cls == PyBytes.TYPE ? b : org.pyston.builtins.ops.CallOps.call1(cls, b);
    }

    /** The bytes of hex string {@code s} (whitespace between pairs allowed), with CPython's message. */
    static byte[] fromHex(Object o) {
        if (!(o instanceof PyStr ps)) {
            throw PyExceptions.typeError("fromhex() argument must be str, not %s", org.pyston.builtins.ops.TypeOps.typeName(o));
        }
        String s = ps.value();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw PyExceptions.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (i + 1 >= n) {
                throw PyExceptions.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            char d = s.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (lo < 0 || d > 127) {
                throw PyExceptions.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
