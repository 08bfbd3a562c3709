package org.pyston.builtins.container;

import java.util.Arrays;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code list}: a growable array.
 *
 * <p>Thread safety: every mutation is synchronized on the list, so concurrent {@code append}s are
 * never lost and the array is never seen half-grown by a writer. Reads are lock-free: they read
 * the array reference and the size and bounds-check against both, so a read racing a write sees
 * the list before or after it (a null slot seen in that window is re-read under the lock).
 */
public final class PyList implements PyObject {
    /** Python's {@code list}. */
    public static final PyType TYPE = PyType.builtin("list", PyList.class, ListMethods.class, true).withCollectionFlag(PyType.SEQUENCE_FLAG);

    private static final Object[] EMPTY = new Object[0];

    /** Elements in [0, size); slots past size are null. Replaced (not mutated past size) on growth. */
    private Object[] items;
    private int size;

    /** An empty list. */
    public PyList() {
        this.items = EMPTY;
    }

    /** A list with room for {@code capacity} elements. */
    public PyList(int capacity) {
        this.items = capacity == 0 ? EMPTY : new Object[capacity];
    }

    private PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** A list of the given elements (the array is copied). */
    public static PyList of(Object... items) {
        return new PyList(items.clone(), items.length);
    }

    /** A list that takes ownership of {@code items}. */
    public static PyList wrap(Object[] items) {
        return new PyList(items, items.length);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code len(l)}. */
    public int size() {
        return size;
    }

    /** The element at {@code i}; the caller has checked 0 <= i < size(). */
    public Object get(int i) {
        Object[] a = items;
        Object v = i < a.length ? a[i] : null;
        if (v == null) {
            synchronized (this) {
                return items[i];
            }
        }
        return v;
    }

    /** The element at {@code i} or null when {@code i >= size()} (for iterators). */
    public Object getOrNull(int i) {
        Object[] a = items;
        if (i >= size || i >= a.length) {
            return null;
        }
        Object v = a[i];
        if (v == null) {
            synchronized (this) {
                return i < size ? items[i] : null;
            }
        }
        return v;
    }

    /** Replaces the element at {@code i}; the caller has checked the index. */
    public synchronized void set(int i, Object v) {
        if (i >= size) {
            throw org.pyston.builtins.exception.PyExceptions.indexError("list assignment index out of range");
        }
        items[i] = v;
    }

    /** {@code l.append(v)}. */
    public synchronized void append(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    /** Inserts {@code v} before index {@code i} (already clamped to [0, size]). */
    public synchronized void insert(int i, Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    /** Removes and returns the element at {@code i}; the caller has checked the index. */
    public synchronized Object removeAt(int i) {
        if (i >= size) {
            throw org.pyston.builtins.exception.PyExceptions.indexError("pop index out of range");
        }
        Object v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** Appends all of {@code vals}. */
    public synchronized void addAll(Object[] vals) {
        ensureCapacity(size + vals.length);
        System.arraycopy(vals, 0, items, size, vals.length);
        size += vals.length;
    }

    private void ensureCapacity(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, size + (size >> 1) + 1));
        }
    }

    /** Removes every element. */
    public synchronized void clear() {
        items = EMPTY;
        size = 0;
    }

    /** A snapshot of the elements. */
    public synchronized Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content with {@code vals} (taking ownership of the array). */
    public synchronized void setAll(Object[] vals) {
        items = vals;
        size = vals.length;
    }

    /** Replaces elements [start, end) with {@code vals} (slice assignment with step 1). */
    public synchronized void replaceRange(int start, int end, Object[] vals) {
        int newSize = size - (end - start) + vals.length;
        Object[] n = new Object[Math.max(newSize, 8)];
        System.arraycopy(items, 0, n, 0, start);
        System.arraycopy(vals, 0, n, start, vals.length);
        System.arraycopy(items, end, n, start + vals.length, size - end);
        items = n;
        size = newSize;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
