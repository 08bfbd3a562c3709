package org.pyston.builtins.text;

import java.util.Arrays;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyEllipsis;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * Methods of {@code memoryview}, with the rules and messages of CPython's memoryobject.c: casts
 * between a byte format and any native format (1-D to N-D and back), indexing by int, tuple of ints
 * and 1-D slice, item assignment with the format's range checks, and release.
 */
public final class MemoryViewMethods {
    private MemoryViewMethods() {
    }

    static void checkReleased(PyMemoryView m) {
        if (m.released) {
            throw PyExceptions.valueError("operation forbidden on released memoryview object");
        }
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] rest = Arrays.copyOfRange(args, 1, args.length);
        Object[] p = ArgParser.parse("memoryview", rest, kwnames, 1, new String[] {"object"}, 1);
        return of(p[0]);
    }

    /** {@code memoryview(obj)}: a new view of a buffer exporter, or a copy of a view. */
    public static PyMemoryView of(Object obj) {
        if (obj instanceof PyMemoryView m) {
            checkReleased(m);
            return new PyMemoryView(m.base, m.offset, m.format, m.itemsize, m.shape, m.strides, m.readonly);
        }
        if (obj instanceof BufferExporter e) {
            int size = e.bufferItemSize();
            return new PyMemoryView(e, 0, e.bufferFormat(), size, new int[] {e.bufferLength() / size},
                    new int[] {size}, e.bufferReadonly());
        }
        throw PyExceptions.typeError("memoryview: a bytes-like object is required, not '%s'", TypeOps.typeName(obj));
    }

    /** The item character, or NotImplementedError for a format that cannot be read (array 'u'). */
    private static char itemChar(PyMemoryView m) {
        if (m.item == 0) {
            throw PyExceptions.notImplementedError("memoryview: format %s not supported", m.format);
        }
        return m.item;
    }

    private static Object unpack(PyMemoryView m, int at) {
        return BufferFormat.unpack(itemChar(m), m.itemBytes(at), 0);
    }

    /** The byte position of index {@code key} along dimension {@code dim}, as CPython's ptr_from_index. */
    private static int position(PyMemoryView m, Object key, int dim) {
        long i = UnaryOps.indexForSubscript(key);
        int n = m.shape[dim];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("index out of bounds on dimension %d", dim + 1);
        }
        return (int) i * m.strides[dim];
    }

    private static boolean isIndex(Object key) {
        return IntMath.isInt(key) || (!(key instanceof PySlice) && !(key instanceof PyTuple)
                && TypeOps.typeOf(key).lookup("__index__") != null);
    }

    /** Whether {@code key} is a tuple of indices (CPython's is_multiindex) or of slices (is_multislice). */
    private static boolean tupleOf(Object key, boolean slices) {
        if (!(key instanceof PyTuple t)) {
            return false;
        }
        for (Object o : t.items) {
            if (slices ? !(o instanceof PySlice) : !isIndex(o)) {
                return false;
            }
        }
        return true;
    }

    /** The byte position of a full multi-index, or the errors of CPython's ptr_from_tuple. */
    private static int position(PyMemoryView m, PyTuple key) {
        Object[] ix = key.items;
        if (ix.length < m.shape.length) {
            throw PyExceptions.notImplementedError("sub-views are not implemented");
        }
        if (ix.length > m.shape.length) {
            throw PyExceptions.typeError("cannot index %d-dimension view with %d-element tuple", m.shape.length,
                    ix.length);
        }
        int at = m.offset;
        for (int d = 0; d < ix.length; d++) {
            at += position(m, ix[d], d);
        }
        return at;
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyMemoryView self, Object key) {
        checkReleased(self);
        int nd = self.shape.length;
        if (nd == 0) {
            if (key instanceof PyTuple t && t.items.length == 0) {
                return unpack(self, self.offset);
            }
            if (key == PyEllipsis.ELLIPSIS) {
                return self;
            }
            throw PyExceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (nd > 1) {
                throw PyExceptions.notImplementedError("multi-dimensional sub-views are not implemented");
            }
            return unpack(self, self.offset + position(self, key, 0));
        }
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(self.shape[0]);
            int[] shape = self.shape.clone();
            int[] strides = self.strides.clone();
            shape[0] = (int) r[3];
            strides[0] = self.strides[0] * (int) r[2];
            return new PyMemoryView(self.base, self.offset + (int) r[0] * self.strides[0], self.format,
                    self.itemsize, shape, strides, self.readonly);
        }
        if (tupleOf(key, false)) {
            return unpack(self, position(self, (PyTuple) key));
        }
        if (tupleOf(key, true)) {
            throw PyExceptions.notImplementedError("multi-dimensional slicing is not implemented");
        }
        throw PyExceptions.typeError("memoryview: invalid slice key");
    }

    @PyMethod(name = "__setitem__")
    public static Object setitem(PyMemoryView self, Object key, Object value) {
        checkReleased(self);
        if (self.readonly) {
            throw PyExceptions.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyExceptions.typeError("cannot delete memory");
        }
        int nd = self.shape.length;
        if (nd == 0) {
            if (key == PyEllipsis.ELLIPSIS || (key instanceof PyTuple t && t.items.length == 0)) {
                self.putBytes(self.offset, BufferFormat.pack(itemChar(self), self.format, value));
                return PyNone.NONE;
            }
            throw PyExceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (nd > 1) {
                throw PyExceptions.notImplementedError("sub-views are not implemented");
            }
            int at = self.offset + position(self, key, 0);
            self.putBytes(at, BufferFormat.pack(itemChar(self), self.format, value));
            return PyNone.NONE;
        }
        if (key instanceof PySlice sl) {
            if (nd != 1) {
                throw PyExceptions.notImplementedError(
                        "memoryview slice assignments are currently restricted to ndim = 1");
            }
            assignSlice(self, sl, value);
            return PyNone.NONE;
        }
        if (tupleOf(key, false)) {
            int at = position(self, (PyTuple) key);
            self.putBytes(at, BufferFormat.pack(itemChar(self), self.format, value));
            return PyNone.NONE;
        }
        if (tupleOf(key, true)) {
            throw PyExceptions.notImplementedError(
                    "memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw PyExceptions.typeError("memoryview: invalid slice key");
    }

    /** {@code m[a:b:c] = src}: src must be a buffer of the same format and length (CPython's equiv_structure). */
    private static void assignSlice(PyMemoryView self, PySlice sl, Object value) {
        PyMemoryView src = value instanceof PyMemoryView v ? v : null;
        if (src == null && !(value instanceof BufferExporter)) {
            throw PyExceptions.typeError("a bytes-like object is required, not '%s'", TypeOps.typeName(value));
        }
        if (src != null) {
            checkReleased(src);
        }
        String srcFormat = src != null ? src.format : ((BufferExporter) value).bufferFormat();
        int[] srcShape = src != null ? src.shape
                : new int[] {((BufferExporter) value).bufferLength() / ((BufferExporter) value).bufferItemSize()};
        long[] r = sl.indices(self.shape[0]);
        if (!sameFormat(self.format, srcFormat) || srcShape.length != 1 || srcShape[0] != r[3]) {
            throw PyExceptions.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        // copy first: the source may overlap the destination
        byte[] data = src != null ? src.copyBytes(false) : ((BufferExporter) value).bufferBytes();
        int stride = self.strides[0];
        for (int k = 0; k < r[3]; k++) {
            int at = self.offset + (int) (r[0] + k * r[2]) * stride;
            for (int b = 0; b < self.itemsize; b++) {
                self.base.bufferPut(at + b, data[k * self.itemsize + b]);
            }
        }
    }

    private static boolean sameFormat(String a, String b) {
        char x = BufferFormat.nativeChar(a);
        char y = BufferFormat.nativeChar(b);
        return x != 0 ? x == y : a.equals(b);
    }

    @PyMethod(name = "__delitem__")
    public static Object delitem(PyMemoryView self, Object key) {
        checkReleased(self);
        if (self.readonly) {
            throw PyExceptions.typeError("cannot modify read-only memory");
        }
        throw PyExceptions.typeError("cannot delete memory");
    }

    @PyMethod(name = "__len__")
    public static Object len(PyMemoryView self) {
        checkReleased(self);
        // CPython's memory_length: a 0-dim view counts as one item
        return PyInt.valueOf(self.shape.length == 0 ? 1 : self.shape[0]);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyMemoryView self) {
        checkReleased(self);
        if (self.shape.length == 0) {
            throw PyExceptions.typeError("invalid indexing of 0-dim memory");
        }
        if (self.shape.length > 1) {
            throw PyExceptions.notImplementedError("multi-dimensional sub-views are not implemented");
        }
        return IterOps.iter(tolist(self));
    }

    /** The items in C order, for comparison. */
    private static Object[] items(PyMemoryView m) {
        char c = itemChar(m);
        byte[] b = m.copyBytes(false);
        Object[] out = new Object[m.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = BufferFormat.unpack(c, b, k * m.itemsize);
        }
        return out;
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyMemoryView self, Object other) {
        if (!(other instanceof PyMemoryView) && !(other instanceof BufferExporter)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyMemoryView o = other instanceof PyMemoryView v ? v : of(other);
        if (self.released || o.released) {
            return PyBool.of(self == other);
        }
        if (!Arrays.equals(self.shape, o.shape)) {
            // CPython's equiv_shape: all empty views of the same ndim are equal in shape
            boolean bothEmpty = self.shape.length == o.shape.length && self.count() == 0 && o.count() == 0;
            if (!bothEmpty) {
                return PyBool.FALSE;
            }
        }
        if (self.item == 0 || o.item == 0) {
            // CPython falls back to the struct module, which cannot unpack these formats either
            return PyBool.FALSE;
        }
        Object[] a = items(self);
        Object[] b = items(o);
        for (int k = 0; k < a.length; k++) {
            if (!Truth.isTrue(CompareOps.eq(a[k], b[k]))) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    @PyMethod(name = "__ne__")
    public static Object ne(PyMemoryView self, Object other) {
        Object r = eq(self, other);
        return r instanceof PyBool b ? PyBool.of(!Truth.isTrue(b)) : r;
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyMemoryView self) {
        checkReleased(self);
        if (!self.readonly) {
            throw PyExceptions.valueError("cannot hash writable memoryview object");
        }
        // as CPython, the exporter must be hashable itself (a read-only view of a bytearray is not)
        org.pyston.builtins.ops.Hashing.hash(self.base);
        if (self.item != 'B' && self.item != 'b' && self.item != 'c') {
            throw PyExceptions.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return new PyInt(PyBytes.wrap(self.copyBytes(false)).pyHash());
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyMemoryView self) {
        return PyStr.of((self.released ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(org.pyston.builtins.ops.Hashing.identityId(self)) + ">");
    }

    @PyMethod(general = true)
    public static Object tobytes(PyMemoryView self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("tobytes", args, kwnames, 1, new String[] {"order"}, 0);
        checkReleased(self);
        boolean fortran = false;
        if (p[0] != null && p[0] != PyNone.NONE) {
            String order = p[0] instanceof PyStr s ? s.value() : null;
            if (order == null) {
                throw PyExceptions.typeError("tobytes() argument 'order' must be str or None, not %s",
                        TypeOps.typeName(p[0]));
            }
            if (!order.equals("C") && !order.equals("F") && !order.equals("A")) {
                throw PyExceptions.valueError("order must be 'C', 'F' or 'A'");
            }
            fortran = order.equals("F") || (order.equals("A") && !self.contiguous(false) && self.contiguous(true));
        }
        return PyBytes.wrap(self.copyBytes(fortran));
    }

    @PyMethod
    public static Object tolist(PyMemoryView self) {
        checkReleased(self);
        char c = itemChar(self);
        if (self.shape.length == 0) {
            return unpack(self, self.offset);
        }
        return tolist(self, c, 0, self.offset);
    }

    private static PyList tolist(PyMemoryView m, char c, int dim, int at) {
        PyList out = new PyList();
        for (int i = 0; i < m.shape[dim]; i++) {
            int p = at + i * m.strides[dim];
            out.append(dim == m.shape.length - 1 ? BufferFormat.unpack(c, m.itemBytes(p), 0) : tolist(m, c, dim + 1, p));
        }
        return out;
    }

    @PyMethod(required = 0)
    public static Object hex(PyMemoryView self, Object sep, Object per) {
        return PyStr.of(BytesCommonMethods.hexOf(self.toBytes(), sep, per));
    }

    @PyMethod
    public static Object release(PyMemoryView self) {
        if (!self.released) {
            self.released = true;
            self.base.bufferRelease(self);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object toreadonly(PyMemoryView self) {
        checkReleased(self);
        return new PyMemoryView(self.base, self.offset, self.format, self.itemsize, self.shape, self.strides, true);
    }

    /** {@code cast(format, shape=None)} as CPython's memory_cast, cast_to_1D and cast_to_ND. */
    @PyMethod(general = true)
    public static Object cast(PyMemoryView self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("cast", args, kwnames, 2, new String[] {"format", "shape"}, 1);
        checkReleased(self);
        Object shapeArg = p[1] == PyNone.NONE ? null : p[1];
        if (!self.contiguous(false)) {
            throw PyExceptions.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        boolean zero = false;
        for (int s : self.shape) {
            zero |= s == 0;
        }
        if ((shapeArg != null || self.shape.length != 1) && zero) {
            throw PyExceptions.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        Object[] dims = null;
        if (shapeArg != null) {
            if (shapeArg instanceof PyList l) {
                dims = l.toArray();
            } else if (shapeArg instanceof PyTuple t) {
                dims = t.items;
            } else {
                throw PyExceptions.typeError("shape must be a list or a tuple");
            }
            if (dims.length > 64) {
                throw PyExceptions.valueError("memoryview: number of dimensions must not exceed 64");
            }
            if (self.shape.length != 1 && dims.length != 1) {
                throw PyExceptions.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        if (!(p[0] instanceof PyStr fs)) {
            throw PyExceptions.typeError("cast() argument 'format' must be str, not %s", TypeOps.typeName(p[0]));
        }
        String format = fs.value();
        char dest = BufferFormat.nativeChar(format);
        if (dest == 0) {
            throw PyExceptions.valueError("memoryview: destination format must be a native single character format"
                    + " prefixed with an optional '@'");
        }
        // the source may be a format we cannot read (array 'u' exports 'w'): it is then not a byte format
        char src = BufferFormat.nativeChar(self.format);
        if (!BufferFormat.isByteFormat(src) && !BufferFormat.isByteFormat(dest)) {
            throw PyExceptions.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int itemsize = BufferFormat.size(dest);
        int nbytes = self.count() * self.itemsize;
        if (nbytes % itemsize != 0) {
            throw PyExceptions.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (dims == null) {
            return new PyMemoryView(self.base, self.offset, format, itemsize, new int[] {nbytes / itemsize},
                    new int[] {itemsize}, self.readonly);
        }
        int[] shape = new int[dims.length];
        long product = 1;
        for (int d = 0; d < dims.length; d++) {
            if (!IntMath.isInt(dims[d])) {
                throw PyExceptions.typeError("memoryview.cast(): elements of shape must be integers");
            }
            if (IntMath.compare(dims[d], PyInt.valueOf(0)) <= 0) {
                throw PyExceptions.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (!IntMath.isSmall(dims[d]) || IntMath.small(dims[d]) > Long.MAX_VALUE / product) {
                throw PyExceptions.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            product *= IntMath.small(dims[d]);
            shape[d] = (int) Math.min(IntMath.small(dims[d]), Integer.MAX_VALUE);
        }
        if (product * itemsize != nbytes) {
            throw PyExceptions.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        int[] strides = new int[dims.length];
        int stride = itemsize;
        for (int d = dims.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return new PyMemoryView(self.base, self.offset, format, itemsize, shape, strides, self.readonly);
    }

    @PyMethod(name = "__enter__")
    public static Object enter(PyMemoryView self) {
        checkReleased(self);
        return self;
    }

    @PyMethod(name = "__exit__", required = 0)
    public static Object exit(PyMemoryView self, Object a, Object b, Object c) {
        release(self);
        return PyNone.NONE;
    }

    private static PyTuple ints(int[] v) {
        Object[] o = new Object[v.length];
        for (int k = 0; k < v.length; k++) {
            o[k] = PyInt.valueOf(v[k]);
        }
        return PyTuple.of(o);
    }

    @PyGetter("readonly")
    public static Object readonly(PyMemoryView self) {
        checkReleased(self);
        return PyBool.of(self.readonly);
    }

    @PyGetter("format")
    public static Object format(PyMemoryView self) {
        checkReleased(self);
        return PyStr.of(self.format);
    }

    @PyGetter("itemsize")
    public static Object itemsize(PyMemoryView self) {
        checkReleased(self);
        return PyInt.valueOf(self.itemsize);
    }

    @PyGetter("nbytes")
    public static Object nbytes(PyMemoryView self) {
        checkReleased(self);
        return PyInt.valueOf((long) self.count() * self.itemsize);
    }

    @PyGetter("ndim")
    public static Object ndim(PyMemoryView self) {
        checkReleased(self);
        return PyInt.valueOf(self.shape.length);
    }

    @PyGetter("shape")
    public static Object shape(PyMemoryView self) {
        checkReleased(self);
        return ints(self.shape);
    }

    @PyGetter("strides")
    public static Object strides(PyMemoryView self) {
        checkReleased(self);
        return ints(self.strides);
    }

    @PyGetter("suboffsets")
    public static Object suboffsets(PyMemoryView self) {
        checkReleased(self);
        return PyTuple.of();
    }

    @PyGetter("c_contiguous")
    public static Object cContiguous(PyMemoryView self) {
        checkReleased(self);
        return PyBool.of(self.contiguous(false));
    }

    @PyGetter("f_contiguous")
    public static Object fContiguous(PyMemoryView self) {
        checkReleased(self);
        return PyBool.of(self.contiguous(true));
    }

    @PyGetter("contiguous")
    public static Object contiguous(PyMemoryView self) {
        checkReleased(self);
        return PyBool.of(self.contiguous(false) || self.contiguous(true));
    }

    @PyGetter("obj")
    public static Object obj(PyMemoryView self) {
        checkReleased(self);
        return self.base;
    }
}
