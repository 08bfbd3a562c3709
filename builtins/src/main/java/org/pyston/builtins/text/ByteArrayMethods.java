package org.pyston.builtins.text;

import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/** Methods of {@code bytearray} beyond those shared with bytes ({@link BytesCommonMethods}): the mutators. */
@org.pyston.builtins.object.Unhashable
public final class ByteArrayMethods extends BytesCommonMethods {
    private ByteArrayMethods() {
    }

    @PyMethod(name = "__alloc__")
    public static Object alloc(Object self) {
        return org.pyston.builtins.number.PyInt.valueOf(((PyByteArray) org.pyston.builtins.object.PyInstance.unwrap(self)).allocated());
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (args.length > 0 && args[0] instanceof PyType t && t != PyByteArray.TYPE) {
            throw PyExceptions.notImplementedError("subclasses of bytearray are not supported yet");
        }
        return new PyByteArray(new byte[0]);
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyByteArray self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("bytearray", args, kwnames, 3, new String[] {"source", "encoding", "errors"}, 0);
        self.setAll(BytesSupport.construct("bytearray", p[0], p[1], p[2]));
        return PyNone.NONE;
    }

    /** For pickle and copy, as CPython's bytearray_reduce_ex: protocol 3 and later pickle bytes. */
    @PyMethod(name = "__reduce_ex__", wholeSelf = true)
    public static Object reduceEx(Object self, Object proto) {
        return reduceWith(self, org.pyston.builtins.ops.UnaryOps.indexAsLong(proto));
    }

    /** {@code __reduce__} is the protocol-2 form: the bytes as a latin-1 str. */
    @PyMethod(name = "__reduce__", wholeSelf = true)
    public static Object reduce(Object self) {
        return reduceWith(self, 2);
    }

    private static Object reduceWith(Object self, long proto) {
        Object value = org.pyston.builtins.object.PyInstance.unwrap(self);
        byte[] b = ((PyByteArray) value).toBytes();
        Object state = value == self ? null : org.pyston.builtins.ops.AttributeOps.lookupAttr(self, "__dict__");
        Object args = proto < 3
                ? org.pyston.builtins.container.PyTuple.of(PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"))
                : org.pyston.builtins.container.PyTuple.of(PyBytes.wrap(b));
        return org.pyston.builtins.container.PyTuple.of(org.pyston.builtins.ops.TypeOps.typeOf(self), args,
                state == null ? PyNone.NONE : state);
    }

    /** Names a subclass as CPython does: {@code BA(b'xy')}. */
    @PyMethod(name = "__repr__", wholeSelf = true)
    public static Object repr(Object self) {
        byte[] b = ((PyByteArray) org.pyston.builtins.object.PyInstance.unwrap(self)).toBytes();
        String name = org.pyston.builtins.ops.TypeOps.typeOf(self).getName();
        return PyStr.of(name + "(" + BytesSupport.repr(b, b.length, "b") + ")");
    }

    /** {@code str()} of a bytearray is its repr, whatever a subclass's {@code __repr__} says (CPython's bytearray_str). */
    @PyMethod(name = "__str__", wholeSelf = true)
    public static Object str(Object self) {
        return repr(self);
    }

    /** A classmethod: a subclass gets {@code cls(bytearray)}, as CPython. */
    @PyMethod(isClass = true)
    public static Object fromhex(Object cls, Object s) {
        PyByteArray b = new PyByteArray(BytesMethods.fromHex(s));
        return cls == PyByteArray.TYPE ? b : org.pyston.builtins.ops.CallOps.call1(cls, b);
    }

    @PyMethod(name = "__setitem__")
    public static Object setitem(PyByteArray self, Object key, Object value) {
        if (key instanceof PySlice sl) {
            byte[] v;
            if (IntMath.isInt(value)) {
                throw PyExceptions.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            v = BytesSupport.data(value);
            if (v == null) {
                v = BytesSupport.construct("bytearray", value, null, null);
            }
            synchronized (self) {
                long[] r = sl.indices(self.size());
                int start = (int) r[0];
                int step = (int) r[2];
                int n = (int) r[3];
                if (step == 1) {
                    self.replace(start, Math.max(start, (int) r[1]), v);
                    return PyNone.NONE;
                }
                if (v.length == 0) {
                    // CPython's bytearray_ass_subscript: assigning nothing to an extended slice deletes it
                    return delitem(self, sl);
                }
                if (v.length != n) {
                    throw PyExceptions.valueError("attempt to assign bytes of size %d to extended slice of size %d",
                            v.length, n);
                }
                for (int i = 0, j = start; i < n; i++, j += step) {
                    self.set(j, v[i]);
                }
            }
            return PyNone.NONE;
        }
        // CPython's order: the key's type, then the value (its __index__ may resize), then the range
        checkIndexType(key);
        int b = BytesSupport.byteValue(value);
        synchronized (self) {
            self.set(index(self, key), b);
        }
        return PyNone.NONE;
    }

    private static void checkIndexType(Object key) {
        if (!IntMath.isInt(key) && TypeOps.typeOf(key).lookup("__index__") == null) {
            throw PyExceptions.typeError("bytearray indices must be integers or slices, not %s", TypeOps.typeName(key));
        }
    }

    private static int index(PyByteArray self, Object key) {
        checkIndexType(key);
        long i = UnaryOps.indexForSubscript(key);
        int n = self.size();
        long idx = i < 0 ? i + n : i;
        if (idx < 0 || idx >= n) {
            throw PyExceptions.indexError("bytearray index out of range");
        }
        return (int) idx;
    }

    @PyMethod(name = "__delitem__")
    public static Object delitem(PyByteArray self, Object key) {
        synchronized (self) {
            if (key instanceof PySlice sl) {
                byte[] b = self.toBytes();
                long[] r = sl.indices(b.length);
                int start = (int) r[0];
                int step = (int) r[2];
                int n = (int) r[3];
                boolean[] drop = new boolean[b.length];
                for (int i = 0, j = start; i < n; i++, j += step) {
                    drop[j] = true;
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < b.length; i++) {
                    if (!drop[i]) {
                        out.write(b[i]);
                    }
                }
                self.setAll(out.toByteArray());
                return PyNone.NONE;
            }
            int i = index(self, key);
            self.replace(i, i + 1, new byte[0]);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__iadd__")
    public static Object iadd(PyByteArray self, Object other) {
        byte[] b = BytesSupport.data(other);
        if (b == null) {
            throw PyExceptions.typeError("can't concat %s to bytearray", TypeOps.typeName(other));
        }
        self.extend(b);
        return self;
    }

    @PyMethod(name = "__imul__")
    public static Object imul(PyByteArray self, Object n) {
        self.setAll(((PyByteArray) mul(self, n)).toBytes());
        return self;
    }

    @PyMethod
    public static Object append(PyByteArray self, Object v) {
        self.append(BytesSupport.byteValue(v));
        return PyNone.NONE;
    }

    @PyMethod
    public static Object extend(PyByteArray self, Object iterable) {
        byte[] b = BytesSupport.data(iterable);
        if (b == null) {
            if (iterable instanceof PyStr) {
                throw PyExceptions.typeError("'str' object cannot be interpreted as an integer");
            }
            if (TypeOps.typeOf(iterable).lookup("__iter__") == null && TypeOps.typeOf(iterable).lookup("__getitem__") == null) {
                throw PyExceptions.typeError("can't extend bytearray with %s", TypeOps.typeName(iterable));
            }
            Object[] items = IterOps.toArray(iterable);
            b = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                b[i] = (byte) BytesSupport.byteValue(items[i]);
            }
        }
        self.extend(b);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object insert(PyByteArray self, Object index, Object v) {
        int b = BytesSupport.byteValue(v);
        synchronized (self) {
            long i = UnaryOps.indexAsLong(index);
            int n = self.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            self.replace((int) i, (int) i, new byte[] {(byte) b});
        }
        return PyNone.NONE;
    }

    @PyMethod(required = 0)
    public static Object pop(PyByteArray self, Object index) {
        synchronized (self) {
            int n = self.size();
            if (n == 0) {
                throw PyExceptions.indexError("pop from empty bytearray");
            }
            long i = index == null ? -1 : UnaryOps.indexAsLong(index);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyExceptions.indexError("pop index out of range");
            }
            int v = self.get((int) i);
            self.replace((int) i, (int) i + 1, new byte[0]);
            return PyInt.valueOf(v);
        }
    }

    @PyMethod
    public static Object remove(PyByteArray self, Object v) {
        int b = BytesSupport.byteValue(v);
        synchronized (self) {
            int n = self.size();
            for (int i = 0; i < n; i++) {
                if (self.get(i) == b) {
                    self.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
        }
        throw PyExceptions.valueError("value not found in bytearray");
    }

    @PyMethod
    public static Object clear(PyByteArray self) {
        self.setAll(new byte[0]);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object copy(PyByteArray self) {
        return new PyByteArray(self.toBytes());
    }

    @PyMethod
    public static Object reverse(PyByteArray self) {
        synchronized (self) {
            byte[] b = self.toBytes();
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
            self.setAll(b);
        }
        return PyNone.NONE;
    }
}
