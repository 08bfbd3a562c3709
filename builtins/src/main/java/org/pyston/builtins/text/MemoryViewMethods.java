package org.pyston.builtins.text;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/** Methods of {@code memoryview} (one-dimensional byte views). */
public final class MemoryViewMethods {
    private MemoryViewMethods() {
    }

    static void checkReleased(PyMemoryView m) {
        if (m.released) {
            throw PyExceptions.valueError("operation forbidden on released memoryview object");
        }
    }

    @PyMethod(name = "__new__", isStatic = true)
    public static Object new_(Object cls, Object obj) {
        if (obj instanceof PyMemoryView m) {
            checkReleased(m);
            return new PyMemoryView(m.obj, m.start, m.step, m.length, m.format);
        }
        if (obj instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.value.length, "B");
        }
        if (obj instanceof PyByteArray a) {
            return new PyMemoryView(a, 0, 1, a.size(), "B");
        }
        throw PyExceptions.typeError("memoryview: a bytes-like object is required, not '%s'", TypeOps.typeName(obj));
    }

    /**
     * Bytes per item of a format: 1 for the byte formats; the native integer formats that
     * {@code cast} also accepts (re._compiler casts to 'I') are 2, 4 or 8 bytes.
     */
    static int itemSize(String format) {
        switch (format) {
            case "h": case "H": return 2;
            case "i": case "I": return 4;
            case "l": case "L": case "q": case "Q": return 8;
            default: return 1;
        }
    }

    /** Refuses item access on multi-byte formats, which only len, tolist and iteration support. */
    private static void checkByteFormat(PyMemoryView m) {
        if (itemSize(m.format) != 1) {
            throw PyExceptions.notImplementedError("memoryview: item access with format '%s' is not supported yet",
                    m.format);
        }
    }

    private static Object item(PyMemoryView m, int b) {
        return m.format.equals("c") ? PyBytes.wrap(new byte[] {(byte) b}) : PyInt.valueOf(b & 0xff);
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyMemoryView self, Object key) {
        checkReleased(self);
        checkByteFormat(self);
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(self.length);
            return new PyMemoryView(self.obj, self.start + (int) r[0] * self.step, self.step * (int) r[2], (int) r[3],
                    self.format);
        }
        if (!IntMath.isInt(key)) {
            throw PyExceptions.typeError("memoryview: invalid slice key");
        }
        long i = UnaryOps.indexAsLong(key);
        if (i < 0) {
            i += self.length;
        }
        if (i < 0 || i >= self.length) {
            throw PyExceptions.indexError("index out of bounds on dimension 1");
        }
        int j = self.start + (int) i * self.step;
        int b = self.obj instanceof PyBytes pb ? pb.value[j] : ((PyByteArray) self.obj).get(j);
        return item(self, b);
    }

    @PyMethod(name = "__setitem__")
    public static Object setitem(PyMemoryView self, Object key, Object value) {
        checkReleased(self);
        checkByteFormat(self);
        if (!(self.obj instanceof PyByteArray a)) {
            throw PyExceptions.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(self.length);
            byte[] v = BytesSupport.need(value);
            if (v.length != r[3]) {
                throw PyExceptions.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < v.length; k++) {
                a.set(self.start + ((int) r[0] + k * (int) r[2]) * self.step, v[k]);
            }
            return PyNone.NONE;
        }
        long i = UnaryOps.indexAsLong(key);
        if (i < 0) {
            i += self.length;
        }
        if (i < 0 || i >= self.length) {
            throw PyExceptions.indexError("index out of bounds on dimension 1");
        }
        int b;
        if (self.format.equals("c")) {
            byte[] v = BytesSupport.need(value);
            b = v[0];
        } else {
            if (!IntMath.isInt(value)) {
                throw PyExceptions.typeError("memoryview: invalid type for format 'B'");
            }
            long v = IntMath.small(value);
            if (v < 0 || v > 255) {
                throw PyExceptions.valueError("memoryview: invalid value for format 'B'");
            }
            b = (int) v;
        }
        a.set(self.start + (int) i * self.step, b);
        return PyNone.NONE;
    }

    @PyMethod(name = "__len__")
    public static Object len(PyMemoryView self) {
        checkReleased(self);
        return PyInt.valueOf(self.length / itemSize(self.format));
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyMemoryView self) {
        return IterOps.iter(tolist(self));
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyMemoryView self, Object other) {
        byte[] o = BytesSupport.data(other);
        if (o == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(java.util.Arrays.equals(self.toBytes(), o));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyMemoryView self) {
        return PyStr.of((self.released ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(org.pyston.builtins.ops.Hashing.identityId(self)) + ">");
    }

    @PyMethod
    public static Object tobytes(PyMemoryView self) {
        return PyBytes.wrap(self.toBytes());
    }

    @PyMethod
    public static Object tolist(PyMemoryView self) {
        byte[] b = self.toBytes();
        PyList out = new PyList();
        int size = itemSize(self.format);
        if (size > 1) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.nativeOrder());
            boolean unsigned = Character.isUpperCase(self.format.charAt(0));
            for (int k = 0; k + size <= b.length; k += size) {
                long v = size == 2 ? buf.getShort(k) : size == 4 ? buf.getInt(k) : buf.getLong(k);
                if (unsigned && size < 8) {
                    v &= (1L << (8 * size)) - 1;
                }
                out.append(unsigned && size == 8 && v < 0
                        ? org.pyston.builtins.number.PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)))
                        : PyInt.valueOf(v));
            }
            return out;
        }
        for (byte x : b) {
            out.append(item(self, x));
        }
        return out;
    }

    @PyMethod(required = 0)
    public static Object hex(PyMemoryView self, Object sep, Object per) {
        return PyStr.of(BytesCommonMethods.hexOf(self.toBytes(), sep, per));
    }

    @PyMethod
    public static Object release(PyMemoryView self) {
        self.released = true;
        return PyNone.NONE;
    }

    @PyMethod(required = 1)
    public static Object cast(PyMemoryView self, Object format, Object shape) {
        checkReleased(self);
        String f = format instanceof PyStr s ? s.value : "";
        if (f.startsWith("@")) {
            f = f.substring(1);
        }
        if (itemSize(f) > 1 && itemSize(self.format) == 1 && self.step == 1) {
            if (self.length % itemSize(f) != 0) {
                throw PyExceptions.typeError("memoryview: length is not a multiple of itemsize");
            }
            return new PyMemoryView(self.obj, self.start, self.step, self.length, f);
        }
        if (!f.equals("B") && !f.equals("c") && !f.equals("b")) {
            throw PyExceptions.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        return new PyMemoryView(self.obj, self.start, self.step, self.length, f.equals("b") ? "B" : f);
    }

    @PyMethod(name = "__enter__")
    public static Object enter(PyMemoryView self) {
        checkReleased(self);
        return self;
    }

    @PyMethod(name = "__exit__", required = 0)
    public static Object exit(PyMemoryView self, Object a, Object b, Object c) {
        self.released = true;
        return PyBool.FALSE;
    }

    @PyGetter("readonly")
    public static Object readonly(PyMemoryView self) {
        return PyBool.of(self.obj instanceof PyBytes);
    }

    @PyGetter("format")
    public static Object format(PyMemoryView self) {
        return PyStr.of(self.format);
    }

    @PyGetter("itemsize")
    public static Object itemsize(PyMemoryView self) {
        return PyInt.valueOf(itemSize(self.format));
    }

    @PyGetter("nbytes")
    public static Object nbytes(PyMemoryView self) {
        return PyInt.valueOf(self.length);
    }

    @PyGetter("ndim")
    public static Object ndim(PyMemoryView self) {
        return PyInt.valueOf(1);
    }

    @PyGetter("shape")
    public static Object shape(PyMemoryView self) {
        return PyTuple.of(PyInt.valueOf(self.length / itemSize(self.format)));
    }

    @PyGetter("obj")
    public static Object obj(PyMemoryView self) {
        return self.obj;
    }
}
