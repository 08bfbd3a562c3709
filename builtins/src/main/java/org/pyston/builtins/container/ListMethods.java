package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code list}. */
@org.pyston.builtins.object.Unhashable
public final class ListMethods extends ContainerSlots.ListSlots {
    private ListMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyList();
    }

    @PyMethod(name = "__init__", required = 0)
    public static Object init(PyList self, Object iterable) {
        self.clear();
        if (iterable != null) {
            extend(self, iterable);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static void append(PyList self, Object x) {
        self.append(x);
    }

    @PyMethod
    public static void extend(PyList self, Object iterable) {
        self.addAll(iterable == self ? self.toArray() : IterOps.toArray(iterable));
    }

    @PyMethod
    public static void insert(PyList self, Object index, Object x) {
        synchronized (self) {
            long i = UnaryOps.indexAsLong(index);
            int n = self.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            self.insert((int) Math.min(i, n), x);
        }
    }

    @PyMethod(required = 0)
    public static Object pop(PyList self, Object index) {
        synchronized (self) {
            int n = self.size();
            if (n == 0) {
                throw PyExceptions.indexError("pop from empty list");
            }
            long i = index == null ? -1 : UnaryOps.indexAsLong(index);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyExceptions.indexError("pop index out of range");
            }
            return self.removeAt((int) i);
        }
    }

    @PyMethod
    public static void remove(PyList self, Object x) {
        synchronized (self) {
            int n = self.size();
            for (int i = 0; i < n; i++) {
                if (CompareOps.eqBool(self.get(i), x)) {
                    self.removeAt(i);
                    return;
                }
            }
        }
        throw PyExceptions.valueError("list.remove(x): x not in list");
    }

    @PyMethod(required = 1)
    public static Object index(PyList self, Object x, Object start, Object stop) {
        Object[] items = self.toArray();
        int[] r = SequenceSupport.range(items.length, start, stop);
        for (int i = r[0]; i < r[1]; i++) {
            if (CompareOps.eqBool(items[i], x)) {
                return PyInt.valueOf(i);
            }
        }
        throw PyExceptions.valueError("%s is not in list", Repr.repr(x));
    }

    @PyMethod
    public static Object count(PyList self, Object x) {
        long c = 0;
        for (Object v : self.toArray()) {
            if (CompareOps.eqBool(v, x)) {
                c++;
            }
        }
        return PyInt.valueOf(c);
    }

    @PyMethod
    public static void reverse(PyList self) {
        synchronized (self) {
            Object[] a = self.toArray();
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            self.setAll(a);
        }
    }

    @PyMethod(general = true)
    public static Object sort(PyList self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("sort", args, kwnames, 0, new String[] {"key", "reverse"}, 0);
        Object[] items = self.toArray();
        self.setAll(new Object[0]);
        try {
            sortArray(items, p[0], p[1] != null && Truth.isTrue(p[1]));
        } finally {
            if (self.size() != 0) {
                self.setAll(items);
                throw PyExceptions.valueError("list modified during sort");
            }
            self.setAll(items);
        }
        return PyNone.NONE;
    }

    /**
     * Sorts in place, stably, using only {@code <} (CPython's contract); {@code key} may be null or
     * None; reverse keeps stability (reverse, sort, reverse, as CPython).
     */
    public static void sortArray(Object[] items, Object key, boolean reverse) {
        if (key == PyNone.NONE) {
            key = null;
        }
        Object[] keys = items;
        if (key != null) {
            keys = new Object[items.length];
            java.lang.invoke.MethodHandle direct = key instanceof org.pyston.builtins.function.PyFunction f
                    ? f.positionalHandle(1) : null;
            if (direct != null) {
                direct = direct.asType(java.lang.invoke.MethodType.genericMethodType(1));
            }
            for (int i = 0; i < items.length; i++) {
                keys[i] = direct != null ? callKey(direct, items[i]) : CallOps.call(key, new Object[] {items[i]}, null);
            }
        }
        if (reverse) {
            reverseInPlace(keys);
            if (keys != items) {
                reverseInPlace(items);
            }
        }
        sortKeys(keys, items == keys ? null : items);
        if (reverse) {
            reverseInPlace(keys);
            if (keys != items) {
                reverseInPlace(items);
            }
        }
    }

    private static void reverseInPlace(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** A key function that is a Python function, called through its direct handle: no argument array, no binding. */
    private static Object callKey(java.lang.invoke.MethodHandle direct, Object item) {
        try {
            return (Object) direct.invokeExact(item);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw PyExceptions.translate(t);
        }
    }

    /** Below this many out-of-order items, binary insertion beats merging (CPython's binarysort bound). */
    private static final int INSERTION_LIMIT = 64;

    /**
     * Stable sort of {@code keys}, permuting {@code values} (may be null) alongside. Like CPython's
     * timsort it first finds the sorted prefix, so sorting a sorted list, or one with a few items
     * appended, costs about n comparisons rather than n log n; the items after the prefix are then
     * binary-inserted when few, else the whole array is merge-sorted.
     */
    private static void sortKeys(Object[] keys, Object[] values) {
        int n = keys.length;
        int sorted = 1;
        while (sorted < n && !CompareOps.ltBool(keys[sorted], keys[sorted - 1])) {
            sorted++;
        }
        if (sorted >= n) {
            return;
        }
        if (n - sorted > INSERTION_LIMIT) {
            mergeSort(keys, values);
            return;
        }
        for (int i = sorted; i < n; i++) {
            Object k = keys[i];
            // the first position whose key is greater than k: after equal keys, so stable
            int lo = 0;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (CompareOps.ltBool(k, keys[mid])) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            System.arraycopy(keys, lo, keys, lo + 1, i - lo);
            keys[lo] = k;
            if (values != null) {
                Object v = values[i];
                System.arraycopy(values, lo, values, lo + 1, i - lo);
                values[lo] = v;
            }
        }
    }

    /** Stable merge sort of {@code keys}, permuting {@code values} (may be null) alongside. */
    private static void mergeSort(Object[] keys, Object[] values) {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        Object[] k2 = new Object[n];
        Object[] v2 = values == null ? null : new Object[n];
        // insertion sort runs of 16, then merge
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                Object k = keys[i];
                Object v = values == null ? null : values[i];
                int j = i - 1;
                while (j >= lo && CompareOps.ltBool(k, keys[j])) {
                    keys[j + 1] = keys[j];
                    if (values != null) {
                        values[j + 1] = values[j];
                    }
                    j--;
                }
                keys[j + 1] = k;
                if (values != null) {
                    values[j + 1] = v;
                }
            }
        }
        Object[] srcK = keys;
        Object[] srcV = values;
        Object[] dstK = k2;
        Object[] dstV = v2;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    if (CompareOps.ltBool(srcK[j], srcK[i])) {
                        dstK[o] = srcK[j];
                        if (srcV != null) {
                            dstV[o] = srcV[j];
                        }
                        j++;
                    } else {
                        dstK[o] = srcK[i];
                        if (srcV != null) {
                            dstV[o] = srcV[i];
                        }
                        i++;
                    }
                    o++;
                }
                while (i < mid) {
                    dstK[o] = srcK[i];
                    if (srcV != null) {
                        dstV[o] = srcV[i];
                    }
                    i++;
                    o++;
                }
                while (j < hi) {
                    dstK[o] = srcK[j];
                    if (srcV != null) {
                        dstV[o] = srcV[j];
                    }
                    j++;
                    o++;
                }
            }
            Object[] t = srcK;
            srcK = dstK;
            dstK = t;
            t = srcV;
            srcV = dstV;
            dstV = t;
        }
        if (srcK != keys) {
            System.arraycopy(srcK, 0, keys, 0, n);
            if (values != null) {
                System.arraycopy(srcV, 0, values, 0, n);
            }
        }
    }

    @PyMethod
    public static Object copy(PyList self) {
        return PyList.wrap(self.toArray());
    }

    @PyMethod
    public static void clear(PyList self) {
        self.clear();
    }

    @PyMethod(name = "__len__")
    public static Object len(PyList self) {
        return PyInt.valueOf(self.size());
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyList self, Object key) {
        return ItemOps.getItem(self, key);
    }

    @PyMethod(name = "__setitem__")
    public static void setitem(PyList self, Object key, Object value) {
        ItemOps.setItem(self, key, value);
    }

    @PyMethod(name = "__delitem__")
    public static void delitem(PyList self, Object key) {
        ItemOps.delItem(self, key);
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(PyList self, Object x) {
        return CompareOps.contains(self, x);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyList self) {
        return new Iterators.ListIterator(self);
    }

    @PyMethod(name = "__reversed__")
    public static Object reversed(PyList self) {
        return new Iterators.ReverseListIterator(self);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyList self) {
        return PyStr.of(Repr.repr(self));
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyList self, Object other) {
        return CompareOps.nativeCompare(self, CompareOps.Op.EQ, other);
    }

    // The operators are wired into BinaryOps; these declarations make them attributes, as in
    // CPython (l.__iadd__(x), list.__add__), and give subclasses the built-in in-place behaviour.

    @PyMethod(name = "__add__")
    public static Object add(PyList self, Object other) {
        return org.pyston.builtins.ops.BinaryOps.add(self, org.pyston.builtins.object.PyInstance.unwrap(other));
    }

    @PyMethod(name = "__mul__")
    public static Object mul(PyList self, Object n) {
        return org.pyston.builtins.ops.BinaryOps.mul(self, n);
    }

    @PyMethod(name = "__rmul__")
    public static Object rmul(PyList self, Object n) {
        return org.pyston.builtins.ops.BinaryOps.mul(self, n);
    }

    @PyMethod(name = "__iadd__")
    public static Object iadd(PyList self, Object other) {
        return org.pyston.builtins.ops.BinaryOps.iadd(self, other);
    }

    @PyMethod(name = "__imul__")
    public static Object imul(PyList self, Object n) {
        return org.pyston.builtins.ops.BinaryOps.imul(self, n);
    }
}
