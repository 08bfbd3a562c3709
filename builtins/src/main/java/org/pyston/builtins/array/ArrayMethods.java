package org.pyston.builtins.array;

import java.io.ByteArrayOutputStream;

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
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** The methods of {@code array.array}, with CPython's results and messages. */
public final class ArrayMethods {
    private ArrayMethods() {}

    // ---- construction ----------------------------------------------------------------------

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("array.array() takes no keyword arguments");
        }
        if (args.length < 2 || args.length > 3) {
            throw PyExceptions.typeError("array() takes at most 2 arguments (%d given)", args.length - 1);
        }
        Object tc = args[1];
        if (!(tc instanceof PyStr s) || s.value().codePointCount(0, s.value().length()) != 1) {
            throw PyExceptions.typeError("array() argument 1 must be a unicode character, not %s", TypeOps.typeName(tc));
        }
        ItemKind kind = s.value().length() == 1 ? ItemKind.of(s.value().charAt(0)) : null;
        if (kind == null) {
            throw PyExceptions.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray a = new PyArray(kind);
        if (args.length == 3) {
            Object init = args[2];
            if (init instanceof PyStr str) {
                if (kind != ItemKind.WCHAR) {
                    throw PyExceptions.typeError("cannot use a str to initialize an array with typecode '%c'", kind.code);
                }
                fromunicode(a, str);
            } else if (init instanceof PyArray other && other.kind == ItemKind.WCHAR && kind != ItemKind.WCHAR) {
                throw PyExceptions.typeError("cannot use a unicode array to initialize an array with typecode '%c'", kind.code);
            } else if (init instanceof PyBytes || init instanceof org.pyston.builtins.text.PyByteArray) {
                frombytes(a, init);
            } else if (init instanceof PyArray other && other.kind != kind) {
                // another kind of array initializes item by item (only extend() insists on the same kind)
                extendItems(a, tolist(other));
            } else {
                extendItems(a, init);
            }
        }
        return a;
    }

    private static PyArray same(PyArray a, byte[] bytes) {
        return new PyArray(a.kind, bytes);
    }

    private static void extendItems(PyArray a, Object iterable) {
        if (iterable instanceof PyArray other) {
            if (other.kind != a.kind) {
                throw PyExceptions.typeError("can only extend with array of same kind");
            }
            a.appendBytes(other.bufferBytes());
            return;
        }
        Object it = IterOps.iter(iterable);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            a.append(a.kind.toBits(v));
        }
    }

    // ---- attributes ------------------------------------------------------------------------

    @PyGetter("typecode")
    public static Object typecode(PyArray self) {
        return PyStr.of(String.valueOf(self.kind.code));
    }

    @PyGetter("itemsize")
    public static Object itemsize(PyArray self) {
        return new PyInt(self.kind.size);
    }

    // ---- list-like methods -----------------------------------------------------------------

    @PyMethod
    public static Object append(PyArray self, Object v) {
        self.append(self.kind.toBits(v));
        return PyNone.NONE;
    }

    @PyMethod
    public static Object extend(PyArray self, Object iterable) {
        extendItems(self, iterable);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object insert(PyArray self, Object index, Object v) {
        long bits = self.kind.toBits(v);
        synchronized (self) {
            int n = self.length();
            long i = UnaryOps.indexAsLong(index);
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            byte[] one = new byte[self.kind.size];
            self.kind.putBits(one, 0, bits);
            self.replace((int) i, (int) i, one);
        }
        return PyNone.NONE;
    }

    @PyMethod(required = 0)
    public static Object pop(PyArray self, Object index) {
        synchronized (self) {
            int n = self.length();
            long i = index == null ? -1 : UnaryOps.indexAsLong(index);
            if (n == 0) {
                throw PyExceptions.indexError("pop from empty array");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyExceptions.indexError("pop index out of range");
            }
            Object v = self.get((int) i);
            self.replace((int) i, (int) i + 1, new byte[0]);
            return v;
        }
    }

    @PyMethod
    public static Object remove(PyArray self, Object x) {
        synchronized (self) {
            for (int i = 0; i < self.length(); i++) {
                if (Truth.isTrue(CompareOps.eq(self.get(i), x))) {
                    self.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
        }
        throw PyExceptions.valueError("array.remove(x): x not in array");
    }

    @PyMethod(required = 1)
    public static Object index(PyArray self, Object x, Object start, Object stop) {
        int n = self.length();
        long lo = start == null ? 0 : UnaryOps.indexAsLong(start);
        long hi = stop == null ? n : UnaryOps.indexAsLong(stop);
        if (lo < 0) {
            lo = Math.max(0, lo + n);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + n);
        }
        for (long i = lo; i < Math.min(hi, self.length()); i++) {
            if (Truth.isTrue(CompareOps.eq(self.get((int) i), x))) {
                return new PyInt(i);
            }
        }
        throw PyExceptions.valueError("array.index(x): x not in array");
    }

    @PyMethod
    public static Object count(PyArray self, Object x) {
        long c = 0;
        for (int i = 0; i < self.length(); i++) {
            if (Truth.isTrue(CompareOps.eq(self.get(i), x))) {
                c++;
            }
        }
        return new PyInt(c);
    }

    @PyMethod
    public static Object reverse(PyArray self) {
        synchronized (self) {
            int n = self.length();
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                long a = self.bits(i);
                self.set(i, self.bits(j));
                self.set(j, a);
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object byteswap(PyArray self) {
        synchronized (self) {
            int s = self.kind.size;
            for (int i = 0; i < self.length(); i++) {
                long b = self.bits(i);
                self.set(i, Long.reverseBytes(b) >>> (64 - 8 * s));
            }
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object buffer_info(PyArray self) {
        return PyTuple.of(new PyInt(System.identityHashCode(self)), new PyInt(self.length()));
    }

    // ---- conversions -----------------------------------------------------------------------

    @PyMethod
    public static Object tobytes(PyArray self) {
        return PyBytes.wrap(self.bufferBytes());
    }

    @PyMethod
    public static Object frombytes(PyArray self, Object buffer) {
        byte[] b = BytesSupport.need(buffer);
        if (b.length % self.kind.size != 0) {
            throw PyExceptions.valueError("bytes length not a multiple of item size");
        }
        self.appendBytes(b);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tolist(PyArray self) {
        synchronized (self) {
            Object[] items = new Object[self.length()];
            for (int i = 0; i < items.length; i++) {
                items[i] = self.get(i);
            }
            return PyList.of(items);
        }
    }

    @PyMethod
    public static Object fromlist(PyArray self, Object list) {
        if (!(list instanceof PyList l)) {
            throw PyExceptions.typeError("arg must be list");
        }
        Object[] items = IterOps.toArray(l);
        // convert everything first: a bad item leaves the array unchanged, as in CPython
        byte[] b = new byte[items.length * self.kind.size];
        for (int i = 0; i < items.length; i++) {
            self.kind.putBits(b, i, self.kind.toBits(items[i]));
        }
        self.appendBytes(b);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tounicode(PyArray self) {
        if (self.kind != ItemKind.WCHAR) {
            throw PyExceptions.valueError("tounicode() may only be called on unicode type arrays");
        }
        StringBuilder sb = new StringBuilder();
        synchronized (self) {
            for (int i = 0; i < self.length(); i++) {
                int cp = (int) self.bits(i);
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw PyExceptions.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
                }
                sb.appendCodePoint(cp);
            }
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    public static Object fromunicode(PyArray self, Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("fromunicode() argument must be str, not %s", TypeOps.typeName(s));
        }
        if (self.kind != ItemKind.WCHAR) {
            throw PyExceptions.valueError("fromunicode() may only be called on unicode type arrays");
        }
        str.value().codePoints().forEach(cp -> self.append(cp));
        return PyNone.NONE;
    }

    @PyMethod
    public static Object tofile(PyArray self, Object f) {
        byte[] b = self.bufferBytes();
        // in blocks, as CPython, so a huge array does not need one huge bytes object
        int block = 64 * 1024;
        for (int off = 0; off < b.length; off += block) {
            byte[] chunk = java.util.Arrays.copyOfRange(b, off, Math.min(b.length, off + block));
            CallOps.callMethod(f, "write", new Object[] {PyBytes.wrap(chunk)}, null);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object fromfile(PyArray self, Object f, Object n) {
        long count = UnaryOps.indexAsLong(n);
        if (count < 0) {
            throw PyExceptions.valueError("negative count");
        }
        long want = count * self.kind.size;
        Object r = CallOps.callMethod(f, "read", new Object[] {new PyInt(want)}, null);
        if (!(r instanceof PyBytes rb)) {
            throw PyExceptions.typeError("read() didn't return bytes");
        }
        frombytes(self, rb);
        if (rb.value.length != want) {
            throw PyExceptions.withMessage(PyExceptions.EOF_ERROR, "read() didn't return enough bytes");
        }
        return PyNone.NONE;
    }

    // ---- sequence protocol -----------------------------------------------------------------

    @PyMethod(name = "__len__")
    public static Object len(PyArray self) {
        return new PyInt(self.length());
    }

    private static int itemIndex(PyArray self, Object key, String what) {
        long i = UnaryOps.indexAsLong(key);
        int n = self.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("%s", what);
        }
        return (int) i;
    }

    private static void checkIndexKey(Object key) {
        if (!IntMath.isInt(key) && TypeOps.typeOf(key).lookup("__index__") == null) {
            throw PyExceptions.typeError("array indices must be integers");
        }
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyArray self, Object key) {
        synchronized (self) {
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(self.length());
                PyArray out = new PyArray(self.kind);
                for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    out.append(self.bits((int) i));
                }
                return out;
            }
            checkIndexKey(key);
            return self.get(itemIndex(self, key, "array index out of range"));
        }
    }

    @PyMethod(name = "__setitem__")
    public static Object setitem(PyArray self, Object key, Object value) {
        if (key instanceof PySlice sl) {
            if (!(value instanceof PyArray v)) {
                throw PyExceptions.typeError("can only assign array (not \"%s\") to array slice", TypeOps.typeName(value));
            }
            if (v.kind != self.kind) {
                throw PyExceptions.typeError("bad argument type for built-in operation");
            }
            byte[] repl = v.bufferBytes();
            synchronized (self) {
                long[] r = sl.indices(self.length());
                if (r[2] == 1) {
                    self.replace((int) r[0], (int) Math.max(r[0], r[1]), repl);
                } else {
                    int n = repl.length / self.kind.size;
                    if (n != r[3]) {
                        throw PyExceptions.valueError("attempt to assign array of size %d to extended slice of size %d",
                                n, r[3]);
                    }
                    for (int k = 0; k < n; k++) {
                        self.set((int) (r[0] + k * r[2]), self.kind.bits(repl, k));
                    }
                }
            }
            return PyNone.NONE;
        }
        checkIndexKey(key);
        long bits = self.kind.toBits(value);
        synchronized (self) {
            self.set(itemIndex(self, key, "array assignment index out of range"), bits);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__delitem__")
    public static Object delitem(PyArray self, Object key) {
        synchronized (self) {
            if (key instanceof PySlice sl) {
                long[] r = sl.indices(self.length());
                boolean[] keep = new boolean[self.length()];
                java.util.Arrays.fill(keep, true);
                for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                    keep[(int) i] = false;
                }
                self.retain(keep);
                return PyNone.NONE;
            }
            checkIndexKey(key);
            int i = itemIndex(self, key, "array assignment index out of range");
            self.replace(i, i + 1, new byte[0]);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__contains__")
    public static Object contains(PyArray self, Object x) {
        for (int i = 0; i < self.length(); i++) {
            if (Truth.isTrue(CompareOps.eq(self.get(i), x))) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyArray self) {
        return new PyArray.ArrayIterator(self);
    }

    @PyMethod(name = "__add__")
    public static Object add(PyArray self, Object other) {
        if (!(other instanceof PyArray o)) {
            throw PyExceptions.typeError("can only append array (not \"%s\") to array", TypeOps.typeName(other));
        }
        if (o.kind != self.kind) {
            throw PyExceptions.typeError("bad argument type for built-in operation");
        }
        PyArray out = same(self, self.bufferBytes());
        out.appendBytes(o.bufferBytes());
        return out;
    }

    @PyMethod(name = "__iadd__")
    public static Object iadd(PyArray self, Object other) {
        if (!(other instanceof PyArray o)) {
            throw PyExceptions.typeError("can only extend array with array (not \"%s\")", TypeOps.typeName(other));
        }
        if (o.kind != self.kind) {
            throw PyExceptions.typeError("can only extend with array of same kind");
        }
        self.appendBytes(o.bufferBytes());
        return self;
    }

    private static long repeatCount(Object n) {
        if (!IntMath.isInt(n) && TypeOps.typeOf(n).lookup("__index__") == null) {
            return -1;
        }
        return Math.max(0, UnaryOps.indexAsLong(n));
    }

    @PyMethod(name = "__mul__")
    public static Object mul(PyArray self, Object n) {
        long k = repeatCount(n);
        if (k < 0) {
            // CPython tries the other operand's __rmul__, then the array's repetition, which fails
            // naming the other operand; built-in types other than ints have nothing to offer
            if (!TypeOps.typeOf(n).isBuiltin() && TypeOps.typeOf(n).lookup("__rmul__") != null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            throw PyExceptions.typeError("can't multiply sequence by non-int of type '%s'", TypeOps.typeName(n));
        }
        byte[] b = self.bufferBytes();
        if (b.length > 0 && k > Integer.MAX_VALUE / b.length) {
            throw PyExceptions.memoryError();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (b.length * k));
        for (long i = 0; i < k; i++) {
            out.writeBytes(b);
        }
        return same(self, out.toByteArray());
    }

    @PyMethod(name = "__rmul__")
    public static Object rmul(PyArray self, Object n) {
        return mul(self, n);
    }

    @PyMethod(name = "__imul__")
    public static Object imul(PyArray self, Object n) {
        long k = repeatCount(n);
        if (k < 0) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        synchronized (self) {
            byte[] b = self.bufferBytes();
            if (b.length > 0 && k > Integer.MAX_VALUE / b.length) {
                throw PyExceptions.memoryError();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) (b.length * k));
            for (long i = 0; i < k; i++) {
                out.writeBytes(b);
            }
            // one replacement, so that *= 1 keeps the length (allowed while exporting a buffer)
            self.replace(0, self.length(), out.toByteArray());
        }
        return self;
    }

    // ---- comparison, repr, hashing, copying ------------------------------------------------

    /** Compares item by item as CPython's array_richcompare: lengths decide only after equal prefixes. */
    private static Object compare(PyArray self, Object other, String op) {
        if (!(other instanceof PyArray o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        Object[] a = IterOps.toArray(tolist(self));
        Object[] b = IterOps.toArray(tolist(o));
        if ((op.equals("eq") || op.equals("ne")) && a.length != b.length) {
            return PyBool.of(op.equals("ne"));
        }
        int i = 0;
        while (i < a.length && i < b.length && Truth.isTrue(CompareOps.eq(a[i], b[i]))) {
            i++;
        }
        if (i >= a.length || i >= b.length) {
            int c = Integer.compare(a.length, b.length);
            return PyBool.of(switch (op) {
                case "eq" -> c == 0;
                case "ne" -> c != 0;
                case "lt" -> c < 0;
                case "le" -> c <= 0;
                case "gt" -> c > 0;
                default -> c >= 0;
            });
        }
        return switch (op) {
            case "eq" -> PyBool.FALSE;
            case "ne" -> PyBool.TRUE;
            case "lt" -> CompareOps.lt(a[i], b[i]);
            case "le" -> CompareOps.le(a[i], b[i]);
            case "gt" -> CompareOps.gt(a[i], b[i]);
            default -> CompareOps.ge(a[i], b[i]);
        };
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyArray self, Object other) {
        return compare(self, other, "eq");
    }

    @PyMethod(name = "__ne__")
    public static Object ne(PyArray self, Object other) {
        return compare(self, other, "ne");
    }

    @PyMethod(name = "__lt__")
    public static Object lt(PyArray self, Object other) {
        return compare(self, other, "lt");
    }

    @PyMethod(name = "__le__")
    public static Object le(PyArray self, Object other) {
        return compare(self, other, "le");
    }

    @PyMethod(name = "__gt__")
    public static Object gt(PyArray self, Object other) {
        return compare(self, other, "gt");
    }

    @PyMethod(name = "__ge__")
    public static Object ge(PyArray self, Object other) {
        return compare(self, other, "ge");
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyArray self) {
        throw PyExceptions.typeError("unhashable type: 'array.array'");
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyArray self) {
        String tc = String.valueOf(self.kind.code);
        if (self.length() == 0) {
            return PyStr.of("array('" + tc + "')");
        }
        Object content = self.kind == ItemKind.WCHAR ? tounicode(self) : tolist(self);
        return PyStr.of("array('" + tc + "', " + Repr.repr(content) + ")");
    }

    @PyMethod(name = "__copy__")
    public static Object copy(PyArray self) {
        return same(self, self.bufferBytes());
    }

    @PyMethod(name = "__deepcopy__")
    public static Object deepcopy(PyArray self, Object memo) {
        return copy(self);
    }

    @PyMethod(name = "__reduce_ex__")
    public static Object reduceEx(PyArray self, Object protocol) {
        // array(typecode, list): what CPython produces for protocols below 3, and valid for all
        Object content = self.kind == ItemKind.WCHAR ? tounicode(self) : tolist(self);
        return PyTuple.of(PyArray.TYPE, PyTuple.of(typecode(self), content), PyNone.NONE);
    }
}
