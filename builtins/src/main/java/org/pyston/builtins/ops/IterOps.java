package org.pyston.builtins.ops;

import org.pyston.builtins.container.Iterators;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyRange;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.SetTable;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * Iteration: {@link #iter} gives an iterator, {@link #next} the next value or null at the end —
 * StopIteration never travels on this path (it is caught here only for Python-level iterators).
 */
public final class IterOps {
    private IterOps() {
    }

    /** {@code iter(o)}. */
    public static Object iter(Object o) {
        if (o instanceof PyList l) {
            return new Iterators.ListIterator(l);
        }
        if (o instanceof PyTuple t) {
            return new Iterators.ArrayIterator(t.items, Iterators.ArrayIterator.TUPLE_TYPE);
        }
        if (o instanceof PyRange r) {
            return r.iterator();
        }
        if (o instanceof PyStr s) {
            return new Iterators.StrIterator(s);
        }
        if (o instanceof PyDict d) {
            return new Iterators.DictIterator(d, Iterators.DictIterator.KEYS);
        }
        if (o instanceof PyIterator) {
            return o;
        }
        if (o instanceof PySet || o instanceof PyFrozenSet) {
            return new Iterators.SetIterator(SetTable.of(o));
        }
        PyType t = TypeOps.typeOf(o);
        Object m = t.lookup("__iter__");
        if (m != null && m != PyNone.NONE) {
            Object it = CallOps.callWithSelf(m, o, new Object[0], null);
            if (!(it instanceof PyIterator) && TypeOps.typeOf(it).lookup("__next__") == null) {
                throw PyExceptions.typeError("iter() returned non-iterator of type '%s'", TypeOps.typeName(it));
            }
            return it;
        }
        if (m == null && t.lookup("__getitem__") != null && !(o instanceof PyDict)) {
            return new Iterators.SequenceIterator(o);
        }
        throw PyExceptions.typeError("'%s' object is not iterable", t.tpName());
    }

    /** The next value of iterator {@code it}, or null when exhausted. */
    public static Object next(Object it) {
        if (it instanceof PyIterator pi) {
            return pi.nextOrNull();
        }
        PyType t = TypeOps.typeOf(it);
        Object m = t.lookup("__next__");
        if (m == null) {
            throw PyExceptions.typeError("'%s' object is not an iterator", t.tpName());
        }
        try {
            return CallOps.callWithSelf(m, it, new Object[0], null);
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** All values of iterable {@code o} as an array (for list(), tuple(), unpacking, ...). */
    public static Object[] toArray(Object o) {
        if (o instanceof PyList l) {
            return l.toArray();
        }
        if (o instanceof PyTuple t) {
            return t.items.clone();
        }
        PyList out = new PyList();
        Object it = iter(o);
        for (Object v = next(it); v != null; v = next(it)) {
            out.append(v);
        }
        return out.toArray();
    }

    /**
     * Unpacks exactly {@code n} values ({@code a, b = x}) with CPython's messages:
     * "not enough values to unpack (expected 3, got 2)", "too many values to unpack (expected 2)".
     */
    public static Object[] unpack(Object o, int n) {
        if (o instanceof PyTuple t && t.items.length == n) {
            return t.items;
        }
        Object it;
        try {
            it = iter(o);
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.TYPE_ERROR) && TypeOps.typeOf(o).lookup("__iter__") == null) {
                throw PyExceptions.typeError("cannot unpack non-iterable %s object", TypeOps.typeName(o));
            }
            throw e;
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = next(it);
            if (v == null) {
                throw PyExceptions.valueError("not enough values to unpack (expected %d, got %d)", n, i);
            }
            out[i] = v;
        }
        if (next(it) != null) {
            throw PyExceptions.valueError("too many values to unpack (expected %d)", n);
        }
        return out;
    }
}
