package org.pyston.builtins.ops;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyRange;
import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * Subscription: {@code o[k]}, {@code o[k] = v}, {@code del o[k]} for the built-in sequences and
 * mappings (negative indices, slices with steps) and through {@code __getitem__} and friends.
 */
public final class ItemOps {
    private ItemOps() {
    }

    /** {@code o[key]}. */
    public static Object getItem(Object o, Object key) {
        if (o instanceof PyList l) {
            if (key instanceof PyInt i) {
                int n = l.size();
                long idx = i.value < 0 ? i.value + n : i.value;
                if (idx < 0 || idx >= n) {
                    throw PyExceptions.indexError("list index out of range");
                }
                return l.get((int) idx);
            }
            if (key instanceof PySlice s) {
                return PyList.wrap(SliceSupport.slice(l.toArray(), s));
            }
            return l.get(index(key, l.size(), "list"));
        }
        if (o instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                return org.pyston.builtins.container.DictMethods.missing(d, key);
            }
            return v;
        }
        if (o instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                if (s.isFull() ) {
                    return t;
                }
                return PyTuple.wrap(SliceSupport.slice(t.items, s));
            }
            return t.items[index(key, t.items.length, "tuple")];
        }
        if (o instanceof PyStr s) {
            if (key instanceof PySlice sl) {
                return SliceSupport.sliceStr(s, sl);
            }
            return PyStr.ofCodePoint(s.codePointAt(index(key, s.length(), "string")));
        }
        if (o instanceof PyRange r) {
            if (key instanceof PySlice sl) {
                return r.slice(sl);
            }
            if (key instanceof org.pyston.builtins.number.PyBigInt big) {
                return r.item(big.value);
            }
            return r.item(indexValue(key, "range"));
        }
        if (o instanceof PyType t && (t.getType() == PyType.TYPE || t.getType().lookup("__getitem__") == null)) {
            Object cgi = t.lookup("__class_getitem__");
            if (cgi != null) {
                return CallOps.call(AttributeOps.descriptorGet(cgi, null, t), new Object[] {key}, null);
            }
            throw PyExceptions.typeError("type '%s' is not subscriptable", t.tpName());
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.lookup("__getitem__");
        if (m == null) {
            throw PyExceptions.typeError("'%s' object is not subscriptable", t.tpName());
        }
        return CallOps.callWithSelf(m, o, new Object[] {key}, null);
    }

    /** {@code o[key] = value}. */
    public static void setItem(Object o, Object key, Object value) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                SliceSupport.assign(l, s, value);
                return;
            }
            int n = l.size();
            long idx = indexValue(key, "list");
            if (idx < 0) {
                idx += n;
            }
            if (idx < 0 || idx >= n) {
                throw PyExceptions.indexError("list assignment index out of range");
            }
            l.set((int) idx, value);
            return;
        }
        if (o instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.isBuiltin() && !(t.layout() == PyType.Layout.INSTANCE) && !(o instanceof SlotDispatched) ? null : t.lookup("__setitem__");
        if (m == null) {
            throw PyExceptions.typeError("'%s' object does not support item assignment", t.tpName());
        }
        CallOps.callWithSelf(m, o, new Object[] {key, value}, null);
    }

    /** {@code del o[key]}. */
    public static void delItem(Object o, Object key) {
        if (o instanceof PyList l) {
            if (key instanceof PySlice s) {
                SliceSupport.delete(l, s);
                return;
            }
            int n = l.size();
            long idx = indexValue(key, "list");
            if (idx < 0) {
                idx += n;
            }
            if (idx < 0 || idx >= n) {
                throw PyExceptions.indexError("list assignment index out of range");
            }
            l.removeAt((int) idx);
            return;
        }
        if (o instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw PyExceptions.keyError(key);
            }
            return;
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.isBuiltin() && !(t.layout() == PyType.Layout.INSTANCE) && !(o instanceof SlotDispatched) ? null : t.lookup("__delitem__");
        if (m == null) {
            throw PyExceptions.typeError("'%s' object %s support item deletion", t.tpName(),
                    hasSequenceSlots(t) && isIndexKey(key) ? "doesn't" : "does not");
        }
        CallOps.callWithSelf(m, o, new Object[] {key}, null);
    }

    /**
     * Whether CPython's type would have a {@code tp_as_sequence} table: every class defined in
     * Python, and built-ins with a length, membership or item access. It picks the wording of
     * the deletion error (PyObject_DelItem says "doesn't" after trying the sequence protocol).
     */
    private static boolean hasSequenceSlots(PyType t) {
        return !t.isBuiltin() || t.lookup("__len__") != null || t.lookup("__contains__") != null
                || t.lookup("__getitem__") != null;
    }

    private static boolean isIndexKey(Object key) {
        return key instanceof PyInt || key instanceof PyBool || key instanceof PyBigInt
                || TypeOps.typeOf(key).lookup("__index__") != null;
    }

    /** A sequence index: int (or __index__) adjusted for negatives, IndexError "<kind> index out of range". */
    static int index(Object key, int n, String kind) {
        long i = indexValue(key, kind.equals("string") ? "string" : kind);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyExceptions.indexError("%s index out of range", kind);
        }
        return (int) i;
    }

    private static long indexValue(Object key, String kind) {
        if (key instanceof PyInt i) {
            return i.value;
        }
        if (key instanceof PyBool b) {
            return b.intValue;
        }
        if (key instanceof PyBigInt) {
            throw PyExceptions.indexError("cannot fit 'int' into an index-sized integer");
        }
        PyType t = TypeOps.typeOf(key);
        if (!t.isBuiltin() && t.lookup("__index__") != null) {
            return UnaryOps.indexAsLong(key);
        }
        String what = kind.equals("string") ? "string" : kind;
        if (what.equals("string")) {
            throw PyExceptions.typeError("string indices must be integers, not '%s'", t.tpName());
        }
        throw PyExceptions.typeError("%s indices must be integers or slices, not %s", what.equals("string") ? "string" : what,
                t.tpName());
    }

    /** {@code len(o)}: up to sys.maxsize, as CPython's Py_ssize_t. */
    public static long len(Object o) {
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.lookup("__len__");
        if (m == null) {
            throw PyExceptions.typeError("object of type '%s' has no len()", t.tpName());
        }
        return lengthOf(CallOps.callWithSelf(m, o, new Object[0], null));
    }

    /** Validates what {@code __len__} returned. */
    static long lengthOf(Object r) {
        if (!IntMath.isInt(r)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(r));
        }
        if (!IntMath.isSmall(r)) {
            if (IntMath.compare(r, new PyInt(0)) < 0) {
                throw PyExceptions.valueError("__len__() should return >= 0");
            }
            throw PyExceptions.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long v = IntMath.small(r);
        if (v < 0) {
            throw PyExceptions.valueError("__len__() should return >= 0");
        }
        return v;
    }
}
