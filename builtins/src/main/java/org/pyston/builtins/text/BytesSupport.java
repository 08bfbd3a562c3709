package org.pyston.builtins.text;

import java.nio.charset.StandardCharsets;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * What bytes and bytearray share: the buffer protocol as far as we have it (bytes-like objects are
 * bytes, bytearray and memoryview), conversion of constructor arguments, repr, and results of the
 * receiver's own type. Byte algorithms work on Latin-1 strings (one char per byte), which keeps
 * find/split/replace one implementation with str's.
 */
public final class BytesSupport {
    private BytesSupport() {
    }

    /** The bytes of a bytes-like object (a copy for mutable ones), or null when {@code o} is not one. */
    public static byte[] data(Object o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray a) {
            return a.toBytes();
        }
        if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        if (o instanceof BufferExporter e) {
            return e.bufferBytes();
        }
        if (o instanceof org.pyston.builtins.object.PyInstance inst && inst.builtinValue() != null) {
            return data(inst.builtinValue()); // an instance of a bytes or bytearray subclass
        }
        return null;
    }

    /** The bytes of a bytes-like object; TypeError "a bytes-like object is required, not 'str'" otherwise. */
    public static byte[] need(Object o) {
        byte[] b = data(o);
        if (b == null) {
            throw PyExceptions.typeError("a bytes-like object is required, not '%s'", TypeOps.typeName(o));
        }
        return b;
    }

    /** The bytes as a Latin-1 string (char i == byte i). */
    public static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** A Latin-1 string's chars as bytes. */
    public static byte[] fromLatin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The receiver's bytes. */
    static byte[] self(Object self) {
        return self instanceof PyBytes b ? b.value : ((PyByteArray) self).toBytes();
    }

    /** A result of the receiver's type: bytes for bytes, a new bytearray for bytearray. */
    static Object make(Object self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : PyBytes.wrap(b);
    }

    static Object make(Object self, String latin1) {
        return make(self, fromLatin1(latin1));
    }

    /** A byte value 0..255 from an int-like object, with CPython's messages. */
    public static int byteValue(Object o) {
        if (!IntMath.isInt(o) && TypeOps.typeOf(o).lookup("__index__") == null) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(o));
        }
        Object i = UnaryOps.index(o);
        if (!IntMath.isSmall(i) || IntMath.small(i) < 0 || IntMath.small(i) > 255) {
            throw PyExceptions.valueError("byte must be in range(0, 256)");
        }
        return (int) IntMath.small(i);
    }

    /**
     * The initial value of {@code bytes(source, encoding, errors)} / {@code bytearray(...)}.
     *
     * @param ctor "bytes" or "bytearray", for messages
     */
    static byte[] construct(String ctor, Object source, Object encoding, Object errors) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw PyExceptions.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw PyExceptions.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value(), Codecs.name(encoding, ctor), errors == null ? "strict" : Codecs.name(errors, ctor));
        }
        if (encoding != null || errors != null) {
            throw PyExceptions.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (ctor.equals("bytes") && !(source instanceof PyBytes)) {
            // CPython's bytes_new: __bytes__ first, before buffers and integers (None blocks it)
            Object m = TypeOps.typeOf(source).lookup("__bytes__");
            if (m != null) {
                Object r = CallOps.callWithSelf(m, source, new Object[0], null);
                if (!(org.pyston.builtins.object.PyInstance.unwrap(r) instanceof PyBytes rb)) {
                    throw PyExceptions.typeError("__bytes__ returned non-bytes (type %s)", TypeOps.typeName(r));
                }
                return rb.value;
            }
        }
        byte[] b = data(source);
        if (b != null) {
            return b.clone();
        }
        if (IntMath.isInt(source) || (!(source instanceof PyBaseException)
                && TypeOps.typeOf(source).lookup("__index__") != null && !(source instanceof PyList))) {
            Object i = UnaryOps.index(source);
            if (!IntMath.isSmall(i)) {
                throw PyExceptions.overflowError("cannot fit 'int' into an index-sized integer");
            }
            long n = IntMath.small(i);
            if (n < 0) {
                throw PyExceptions.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw PyExceptions.memoryError();
            }
            return new byte[(int) n];
        }
        PyType t = TypeOps.typeOf(source);
        if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
            throw PyExceptions.typeError("cannot convert '%s' object to %s", t.tpName(), ctor);
        }
        Object[] items = IterOps.toArray(source);
        byte[] out = new byte[items.length];
        for (int k = 0; k < items.length; k++) {
            Object v = items[k];
            if (!IntMath.isInt(v) && TypeOps.typeOf(v).lookup("__index__") == null) {
                throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(v));
            }
            Object i = UnaryOps.index(v);
            if (!IntMath.isSmall(i) || IntMath.small(i) < 0 || IntMath.small(i) > 255) {
                throw PyExceptions.valueError("bytes must be in range(0, 256)");
            }
            out[k] = (byte) IntMath.small(i);
        }
        return out;
    }

    /** CPython's repr of bytes: b'...' choosing quotes as str does, \t\n\r, \xhh for the rest. */
    public static String repr(byte[] b, int n, String prefix) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < n; i++) {
            if (b[i] == '\'') {
                hasSingle = true;
            } else if (b[i] == '"') {
                hasDouble = true;
            }
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(n + 3).append(prefix).append(q);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    /** An index argument of a bytes search method: a bytes-like object or an int 0..255. */
    static String searchArg(Object sub) {
        byte[] b = data(sub);
        if (b != null) {
            return latin1(b);
        }
        if (IntMath.isInt(sub)) {
            Object i = UnaryOps.index(sub);
            if (!IntMath.isSmall(i) || IntMath.small(i) < 0 || IntMath.small(i) > 255) {
                throw PyExceptions.valueError("byte must be in range(0, 256)");
            }
            return String.valueOf((char) IntMath.small(i));
        }
        throw PyExceptions.typeError("argument should be integer or bytes-like object, not '%s'", TypeOps.typeName(sub));
    }

    /** The bytes of a "chars" argument (strip), or null for None/absent. */
    static String charsArg(Object chars) {
        if (chars == null || chars == PyNone.NONE) {
            return null;
        }
        return latin1(need(chars));
    }

    /** A list of receiver-typed pieces. */
    static PyList list(Object self, java.util.List<String> parts) {
        PyList out = new PyList();
        for (String p : parts) {
            out.append(make(self, p));
        }
        return out;
    }

    static PyTuple triple(Object self, String a, String b, String c) {
        return PyTuple.of(make(self, a), make(self, b), make(self, c));
    }

    static PyInt len(Object self) {
        return PyInt.valueOf(self instanceof PyBytes b ? b.value.length : ((PyByteArray) self).size());
    }
}
