package org.pyston.builtins.collections;

import java.util.Arrays;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.SlotDispatched;

/**
 * {@code collections.deque}: a double-ended queue in a circular array whose length is a power of
 * two, optionally bounded by {@code maxlen} (appending to a full deque drops from the other end).
 *
 * <p>Invariants: the elements are {@code buf[(head + i) & (buf.length - 1)]} for
 * {@code 0 <= i < size}; every other slot is null; {@code maxlen} is -1 (unbounded) or the bound,
 * and {@code size <= maxlen} when bounded. {@link #state} changes on every change of the sequence
 * other than assignment of an item (CPython's rule), so iterators detect mutation.
 *
 * <p>Thread safety: every read and write of the buffer is synchronized on the deque; element
 * comparisons (which may run Python code) happen outside the lock and re-check {@link #state}.
 */
public final class PyDeque implements PyObject, SlotDispatched {
    /** {@code collections.deque}. */
    public static final PyType TYPE = PyType.builtinSubclassableInModule("deque", "collections", PyDeque.class,
            DequeMethods.class).withCollectionFlag(PyType.SEQUENCE_FLAG);

    private Object[] buf = new Object[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    int maxlen = -1;
    /** Bumped on every structural change (see class comment). */
    volatile int state;

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code len(d)}. */
    public synchronized int size() {
        return size;
    }

    /** The element at {@code i}, 0 <= i < size (checked by the caller under the same state). */
    public synchronized Object get(int i) {
        if (i < 0 || i >= size) {
            return null;
        }
        return buf[(head + i) & (buf.length - 1)];
    }

    /** Replaces the element at {@code i} (no state change, as CPython). */
    synchronized boolean set(int i, Object v) {
        if (i < 0 || i >= size) {
            return false;
        }
        buf[(head + i) & (buf.length - 1)] = v;
        return true;
    }

    /** A snapshot of the elements, left to right. */
    public synchronized Object[] toArray() {
        Object[] out = new Object[size];
        int mask = buf.length - 1;
        for (int i = 0; i < size; i++) {
            out[i] = buf[(head + i) & mask];
        }
        return out;
    }

    private void grow() {
        if (size < buf.length) {
            return;
        }
        Object[] n = new Object[buf.length * 2];
        int mask = buf.length - 1;
        for (int i = 0; i < size; i++) {
            n[i] = buf[(head + i) & mask];
        }
        buf = n;
        head = 0;
    }

    /** {@code append}: adds at the right, dropping the leftmost element when full. */
    public synchronized void append(Object v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            removeFirst();
        }
        grow();
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
    }

    /** {@code appendleft}: adds at the left, dropping the rightmost element when full. */
    public synchronized void appendLeft(Object v) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            removeLast();
        }
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
    }

    /** Removes and returns the rightmost element, or null when empty. */
    public synchronized Object removeLast() {
        if (size == 0) {
            return null;
        }
        state++;
        int i = (head + size - 1) & (buf.length - 1);
        Object v = buf[i];
        buf[i] = null;
        size--;
        return v;
    }

    /** Removes and returns the leftmost element, or null when empty. */
    public synchronized Object removeFirst() {
        if (size == 0) {
            return null;
        }
        state++;
        Object v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    /** Removes every element. */
    public synchronized void clear() {
        state++;
        Arrays.fill(buf, null);
        if (buf.length > 64) {
            buf = new Object[8];
        }
        head = 0;
        size = 0;
    }

    /** {@code rotate(n)}: n steps to the right (negative: to the left). */
    public synchronized void rotate(long n) {
        state++;
        if (size <= 1) {
            return;
        }
        long k = n % size;
        if (k < 0) {
            k += size;
        }
        if (k == 0) {
            return;
        }
        // rotating right by k: the last k elements move to the front
        Object[] a = toArray();
        int mask = buf.length - 1;
        int s = size;
        for (int i = 0; i < s; i++) {
            buf[(head + (int) ((i + k) % s)) & mask] = a[i];
        }
    }

    /** {@code reverse()} in place. */
    public synchronized void reverse() {
        state++;
        int mask = buf.length - 1;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int x = (head + i) & mask;
            int y = (head + j) & mask;
            Object t = buf[x];
            buf[x] = buf[y];
            buf[y] = t;
        }
    }

    /** Inserts {@code v} before position {@code i} (0 <= i <= size); the caller checked the bound. */
    synchronized void insert(int i, Object v) {
        Object[] a = toArray();
        state++;
        grow();
        int mask = buf.length - 1;
        buf[(head + size) & mask] = null;
        size++;
        for (int j = 0, src = 0; j < size; j++) {
            buf[(head + j) & mask] = j == i ? v : a[src++];
        }
    }

    /** Deletes the element at {@code i} (0 <= i < size). */
    synchronized void delete(int i) {
        if (i < 0 || i >= size) {
            return;
        }
        Object[] a = toArray();
        state++;
        int mask = buf.length - 1;
        buf[(head + size - 1) & mask] = null;
        size--;
        for (int j = 0, src = 0; j < size; j++, src++) {
            if (src == i) {
                src++;
            }
            buf[(head + j) & mask] = a[src];
        }
    }

    /** Replaces the contents (used by {@code __init__} and {@code __imul__}). */
    synchronized void setAll(Object[] items) {
        clear();
        for (Object o : items) {
            append(o);
        }
    }

    /** The bound, or -1. */
    public int maxlen() {
        return maxlen;
    }
}
