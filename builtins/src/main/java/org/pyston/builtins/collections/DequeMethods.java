package org.pyston.builtins.collections;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.typing.PyGenericAlias;

/** The methods of {@code collections.deque}, with CPython's results and messages. */
public final class DequeMethods {
    private DequeMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyDeque();
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyDeque self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("deque", args, kwnames, 2, new String[] {"iterable", "maxlen"}, 0);
        int maxlen = -1;
        if (a[1] != null && a[1] != PyNone.NONE) {
            if (!IntMath.isInt(PyInstance.unwrap(a[1])) && TypeOps.typeOf(a[1]).lookup("__index__") == null) {
                throw PyExceptions.typeError("an integer is required");
            }
            long m = UnaryOps.indexAsLong(a[1]);
            if (m < 0) {
                throw PyExceptions.valueError("maxlen must be non-negative");
            }
            maxlen = (int) Math.min(m, Integer.MAX_VALUE);
        }
        self.maxlen = maxlen;
        if (self.size() > 0) {
            self.clear();
        }
        if (a[0] != null) {
            extend(self, a[0]);
        }
        return PyNone.NONE;
    }

    static PyDeque deque(Object o) {
        return (PyDeque) PyInstance.unwrap(o);
    }

    // ---- adding and removing ---------------------------------------------------------------

    @PyMethod
    public static void append(PyDeque self, Object x) {
        self.append(x);
    }

    @PyMethod
    public static void appendleft(PyDeque self, Object x) {
        self.appendLeft(x);
    }

    @PyMethod
    public static Object pop(PyDeque self) {
        Object v = self.removeLast();
        if (v == null) {
            throw PyExceptions.indexError("pop from an empty deque");
        }
        return v;
    }

    @PyMethod
    public static Object popleft(PyDeque self) {
        Object v = self.removeFirst();
        if (v == null) {
            throw PyExceptions.indexError("pop from an empty deque");
        }
        return v;
    }

    /** The values of {@code iterable}; a snapshot when it is the deque itself. */
    private static Object[] values(PyDeque self, Object iterable) {
        if (PyInstance.unwrap(iterable) == self) {
            return self.toArray();
        }
        return null;
    }

    @PyMethod
    public static void extend(PyDeque self, Object iterable) {
        Object[] snapshot = values(self, iterable);
        if (snapshot != null) {
            for (Object v : snapshot) {
                self.append(v);
            }
            return;
        }
        Object it = IterOps.iter(iterable);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            self.append(v);
        }
    }

    @PyMethod
    public static void extendleft(PyDeque self, Object iterable) {
        Object[] snapshot = values(self, iterable);
        if (snapshot != null) {
            for (Object v : snapshot) {
                self.appendLeft(v);
            }
            return;
        }
        Object it = IterOps.iter(iterable);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            self.appendLeft(v);
        }
    }

    @PyMethod
    public static void clear(PyDeque self) {
        self.clear();
    }

    @PyMethod(name = "insert")
    public static void insert(PyDeque self, Object index, Object x) {
        long i = UnaryOps.indexAsLong(index);
        synchronized (self) {
            int n = self.size();
            if (self.maxlen == n) {
                throw PyExceptions.indexError("deque already at its maximum size");
            }
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            self.insert((int) Math.min(i, n), x);
        }
    }

    @PyMethod
    public static void remove(PyDeque self, Object value) {
        int n = self.size();
        for (int i = 0; i < n; i++) {
            Object item = self.get(i);
            boolean eq = item != null && CompareOps.eqBool(item, value);
            if (self.size() != n) {
                throw PyExceptions.indexError("deque mutated during remove().");
            }
            if (eq) {
                self.delete(i);
                return;
            }
        }
        throw PyExceptions.valueError("%s is not in deque", Repr.repr(value));
    }

    @PyMethod
    public static void reverse(PyDeque self) {
        self.reverse();
    }

    @PyMethod(required = 0)
    public static void rotate(PyDeque self, Object n) {
        self.rotate(n == null ? 1 : UnaryOps.indexAsLong(n));
    }

    // ---- queries ---------------------------------------------------------------------------

    @PyMethod
    public static Object count(PyDeque self, Object value) {
        int state = self.state;
        Object[] items = self.toArray();
        long c = 0;
        for (Object item : items) {
            if (CompareOps.eqBool(item, value)) {
                c++;
            }
            if (self.state != state) {
                throw PyExceptions.runtimeError("deque mutated during iteration");
            }
        }
        return PyInt.valueOf(c);
    }

    private static long sliceIndex(Object o) {
        if (!IntMath.isInt(PyInstance.unwrap(o)) && TypeOps.typeOf(o).lookup("__index__") == null) {
            throw PyExceptions.typeError("slice indices must be integers or have an __index__ method");
        }
        Object v = UnaryOps.index(o);
        if (IntMath.isSmall(v)) {
            return IntMath.small(v);
        }
        return IntMath.big(v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    @PyMethod(required = 1)
    public static Object index(PyDeque self, Object value, Object start, Object stop) {
        int state = self.state;
        Object[] items = self.toArray();
        int n = items.length;
        long lo = start == null ? 0 : sliceIndex(start);
        long hi = stop == null ? n : sliceIndex(stop);
        if (lo < 0) {
            lo = Math.max(0, lo + n);
        }
        if (hi < 0) {
            hi = Math.max(0, hi + n);
        }
        hi = Math.min(hi, n);
        for (long i = lo; i < hi; i++) {
            boolean eq = CompareOps.eqBool(items[(int) i], value);
            if (self.state != state) {
                throw PyExceptions.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return PyInt.valueOf(i);
            }
        }
        throw PyExceptions.valueError("%s is not in deque", Repr.repr(value));
    }

    @PyMethod(name = "__len__")
    public static Object len(PyDeque self) {
        return PyInt.valueOf(self.size());
    }

    @PyMethod(name = "__bool__")
    public static Object bool(PyDeque self) {
        return PyBool.of(self.size() != 0);
    }

    @PyMethod(name = "__contains__")
    public static Object contains(PyDeque self, Object value) {
        int state = self.state;
        for (Object item : self.toArray()) {
            boolean eq = CompareOps.eqBool(item, value);
            if (self.state != state) {
                throw PyExceptions.runtimeError("deque mutated during iteration");
            }
            if (eq) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    @PyGetter("maxlen")
    public static Object maxlen(Object self) {
        int m = deque(self).maxlen;
        return m < 0 ? PyNone.NONE : PyInt.valueOf(m);
    }

    // ---- items -------------------------------------------------------------------------------

    private static int itemIndex(PyDeque self, Object key) {
        Object k = PyInstance.unwrap(key);
        if (!IntMath.isInt(k) && !(k instanceof PyBool) && TypeOps.typeOf(key).lookup("__index__") == null) {
            throw PyExceptions.typeError("sequence index must be integer, not '%s'", TypeOps.typeName(key));
        }
        long i = UnaryOps.indexAsLong(key);
        int n = self.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("deque index out of range");
        }
        return (int) i;
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyDeque self, Object key) {
        synchronized (self) {
            return self.get(itemIndex(self, key));
        }
    }

    @PyMethod(name = "__setitem__")
    public static void setitem(PyDeque self, Object key, Object value) {
        synchronized (self) {
            self.set(itemIndex(self, key), value);
        }
    }

    @PyMethod(name = "__delitem__")
    public static void delitem(PyDeque self, Object key) {
        synchronized (self) {
            self.delete(itemIndex(self, key));
        }
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyDeque self) {
        return new DequeIterator(self, false, 0);
    }

    @PyMethod(name = "__reversed__")
    public static Object reversed(PyDeque self) {
        return new DequeIterator(self, true, 0);
    }

    // ---- copies, operators, comparison ---------------------------------------------------------

    /**
     * deque_copy: a new deque with the same elements and bound; an instance of a subclass is
     * copied by calling its class with (self, maxlen), as CPython does.
     */
    static Object copyOf(Object whole) {
        PyDeque self = deque(whole);
        if (whole == self) {
            return copyOfExact(self);
        }
        PyType t = TypeOps.typeOf(whole);
        Object r = self.maxlen < 0 ? org.pyston.builtins.ops.CallOps.call(t, new Object[] {whole}, null)
                : org.pyston.builtins.ops.CallOps.call(t, new Object[] {whole, PyInt.valueOf(self.maxlen)}, null);
        if (!(PyInstance.unwrap(r) instanceof PyDeque)) {
            throw PyExceptions.typeError("%s() must return a deque, not %s", t.getName(), TypeOps.typeName(r));
        }
        return r;
    }

    static PyDeque copyOfExact(PyDeque self) {
        PyDeque d = new PyDeque();
        d.maxlen = self.maxlen;
        for (Object v : self.toArray()) {
            d.append(v);
        }
        return d;
    }

    @PyMethod(wholeSelf = true)
    public static Object copy(Object self) {
        return copyOf(self);
    }

    @PyMethod(name = "__copy__", wholeSelf = true)
    public static Object copy_(Object self) {
        return copyOf(self);
    }

    @PyMethod(name = "__add__", wholeSelf = true)
    public static Object add(Object self, Object other) {
        if (!(PyInstance.unwrap(other) instanceof PyDeque o)) {
            throw PyExceptions.typeError("can only concatenate deque (not \"%s\") to deque", TypeOps.typeName(other));
        }
        Object d = copyOf(self);
        for (Object v : o.toArray()) {
            deque(d).append(v);
        }
        return d;
    }

    @PyMethod(name = "__iadd__")
    public static Object iadd(PyDeque self, Object other) {
        extend(self, other);
        return self;
    }

    private static long repeatCount(Object n) {
        Object k = PyInstance.unwrap(n);
        if (!IntMath.isInt(k) && !(k instanceof PyBool) && TypeOps.typeOf(n).lookup("__index__") == null) {
            throw PyExceptions.typeError("can't multiply sequence by non-int of type '%s'", TypeOps.typeName(n));
        }
        return UnaryOps.indexAsLong(n);
    }

    @PyMethod(name = "__mul__", wholeSelf = true)
    public static Object mul(Object self, Object n) {
        Object d = copyOf(self);
        imul(deque(d), n);
        return d;
    }

    @PyMethod(name = "__rmul__", wholeSelf = true)
    public static Object rmul(Object self, Object n) {
        return mul(self, n);
    }

    @PyMethod(name = "__imul__")
    public static Object imul(PyDeque self, Object n) {
        long k = repeatCount(n);
        Object[] items = self.toArray();
        if (k <= 0 || items.length == 0) {
            self.clear();
            return self;
        }
        // a bounded deque only keeps its last maxlen elements: never build more than that
        long total = (long) items.length * k;
        long limit = self.maxlen >= 0 ? Math.min(total, self.maxlen + (long) items.length) : total;
        if (limit > Integer.MAX_VALUE - 8) {
            throw PyExceptions.memoryError();
        }
        for (long i = items.length; i < limit; i++) {
            self.append(items[(int) (i % items.length)]);
        }
        return self;
    }

    private static Object compare(PyDeque self, Object other, CompareOps.Op op) {
        if (!(PyInstance.unwrap(other) instanceof PyDeque o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        Object[] x = self.toArray();
        Object[] y = o.toArray();
        if ((op == CompareOps.Op.EQ || op == CompareOps.Op.NE) && x.length != y.length) {
            return PyBool.of(op == CompareOps.Op.NE);
        }
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!CompareOps.eqBool(x[i], y[i])) {
                if (op == CompareOps.Op.EQ) {
                    return PyBool.FALSE;
                }
                if (op == CompareOps.Op.NE) {
                    return PyBool.TRUE;
                }
                return CompareOps.compare(x[i], y[i], op);
            }
        }
        return PyBool.of(test(op, Integer.compare(x.length, y.length)));
    }

    private static boolean test(CompareOps.Op op, int c) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyDeque self, Object other) {
        return compare(self, other, CompareOps.Op.EQ);
    }

    @PyMethod(name = "__ne__")
    public static Object ne(PyDeque self, Object other) {
        return compare(self, other, CompareOps.Op.NE);
    }

    @PyMethod(name = "__lt__")
    public static Object lt(PyDeque self, Object other) {
        return compare(self, other, CompareOps.Op.LT);
    }

    @PyMethod(name = "__le__")
    public static Object le(PyDeque self, Object other) {
        return compare(self, other, CompareOps.Op.LE);
    }

    @PyMethod(name = "__gt__")
    public static Object gt(PyDeque self, Object other) {
        return compare(self, other, CompareOps.Op.GT);
    }

    @PyMethod(name = "__ge__")
    public static Object ge(PyDeque self, Object other) {
        return compare(self, other, CompareOps.Op.GE);
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyDeque self) {
        throw PyExceptions.typeError("unhashable type: 'collections.deque'");
    }

    // ---- repr and pickling -----------------------------------------------------------------------

    @PyMethod(name = "__repr__", wholeSelf = true)
    public static Object repr(Object whole) {
        PyDeque self = deque(whole);
        java.util.IdentityHashMap<Object, Boolean> active = ThreadState.current().reprActive();
        if (active.containsKey(self)) {
            return PyStr.of("[...]");
        }
        active.put(self, Boolean.TRUE);
        String items;
        try {
            items = Repr.repr(org.pyston.builtins.container.PyList.wrap(self.toArray()));
        } finally {
            active.remove(self);
        }
        String name = TypeOps.typeOf(whole).getName();
        return PyStr.of(self.maxlen < 0 ? name + "(" + items + ")" : name + "(" + items + ", maxlen=" + self.maxlen + ")");
    }

    @PyMethod(name = "__reduce__", wholeSelf = true)
    public static Object reduce(Object whole) {
        PyDeque self = deque(whole);
        Object dict = whole == self ? null : org.pyston.builtins.ops.AttributeOps.lookupAttr(whole, "__dict__");
        Object it = new DequeIterator(self, false, 0);
        PyTuple args = self.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.valueOf(self.maxlen));
        boolean noDict = dict == null || (dict instanceof org.pyston.builtins.container.PyDict d && d.size() == 0);
        return PyTuple.of(TypeOps.typeOf(whole), args, noDict ? PyNone.NONE : dict, it);
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
