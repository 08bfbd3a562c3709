package org.pyston.indy.fast;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;

/** list, tuple and dict subscripts and membership for exact classes; see {@link FastPaths}. */
public final class ContainerFastPaths {
    private ContainerFastPaths() {}

    public static Object getitem(PyList l, PyInt index) {
        long i = index.value;
        int n = l.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyExceptions.indexError("list index out of range");
        return l.get((int) i);
    }

    public static void setitem(PyList l, PyInt index, Object v) {
        long i = index.value;
        int n = l.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyExceptions.indexError("list assignment index out of range");
        l.set((int) i, v);
    }

    public static Object getitem(PyTuple t, PyInt index) {
        long i = index.value;
        Object[] items = t.items;
        if (i < 0) i += items.length;
        if (i < 0 || i >= items.length) throw PyExceptions.indexError("tuple index out of range");
        return items[(int) i];
    }

    public static Object getitem(PyDict d, Object key) {
        Object v = d.get(key);
        if (v == null) throw PyExceptions.keyError(key);
        return v;
    }

    public static void setitem(PyDict d, Object key, Object v) {
        d.put(key, v);
    }

    public static boolean contains(PyDict d, Object key) {
        return d.containsKey(key);
    }

    public static boolean isTrue(PyList l) { return l.size() != 0; }
    public static boolean isTrue(PyTuple t) { return t.items.length != 0; }
    public static boolean isTrue(PyDict d) { return d.size() != 0; }
}
