package org.pyston.builtins.container;

import java.util.Arrays;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.text.PyStr;

/**
 * Python {@code dict}: insertion ordered, CPython's compact layout. Entries (hash, key, value) are
 * appended to parallel arrays in insertion order; a separate open-addressing index maps a hash to
 * an entry position (CPython's probe sequence). Deleting leaves a hole (key null) that the next
 * resize squeezes out. Keys that are both {@code str} compare by Java string equality without
 * calling {@code __eq__}.
 *
 * <p>Thread safety: every operation is synchronized on the dict (uncontended locks are cheap; the
 * hot reads, module globals, are constant-folded by indy-runtime and never reach here). A key's
 * {@code __eq__} runs under the lock; if it mutates this dict the lookup restarts.
 *
 * <p>A {@link DictWatcher} is told about every key that is inserted, overwritten or deleted.
 *
 * <p>Not final only so that built-in subclasses written in Java ({@code collections.defaultdict})
 * can be dicts to Java code; they are told apart by their exact class, which is what inline caches
 * guard on, and a missing key of such a subclass goes to its {@code __missing__}
 * ({@link DictMethods#missing}).
 */
public class PyDict implements PyObject {
    /** Python's {@code dict}. */
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, DictMethods.class, true);

    private static final int FREE = -1;
    private static final int DUMMY = -2;

    /** Open-addressing index: entry position, FREE or DUMMY; length is a power of two. */
    private int[] index;
    private long[] hashes;
    /** Entry keys in insertion order; null marks a deleted entry. */
    private Object[] keys;
    private Object[] values;
    /** Entries appended so far (live and deleted): the next free position. */
    private int used;
    /** Live entries: {@code len(d)}. */
    private int size;
    /** Bumped on every insertion of a new key or deletion, so a lookup can detect a mutation by __eq__. */
    private int mutations;
    private DictWatcher watcher;

    /** An empty dict. */
    public PyDict() {
        allocate(8);
    }

    /** An empty dict with room for {@code n} entries before resizing. */
    public PyDict(int n) {
        int cap = 8;
        while (cap * 2 / 3 < n) {
            cap <<= 1;
        }
        allocate(cap);
    }

    private void allocate(int indexSize) {
        index = new int[indexSize];
        Arrays.fill(index, FREE);
        int cap = indexSize * 2 / 3;
        hashes = new long[cap];
        keys = new Object[cap];
        values = new Object[cap];
        used = 0;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Installs (or with null removes) the watcher. */
    public synchronized void setWatcher(DictWatcher w) {
        this.watcher = w;
    }

    /** {@code len(d)}. */
    public synchronized int size() {
        return size;
    }

    // ---- lookup ---------------------------------------------------------------------------------

    private static boolean keysEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr sa) {
            return b instanceof PyStr sb ? sa.value.equals(sb.value) : !(b instanceof PyInt) && CompareOps.eqBool(b, a);
        }
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            return ia.value == ib.value;
        }
        return CompareOps.eqBool(b, a);
    }

    /** The entry position of {@code key}, or -1; restarts if an {@code __eq__} mutated the dict. */
    private int find(Object key, long h) {
        while (true) {
            int[] idx = index;
            int mask = idx.length - 1;
            int i = (int) h & mask;
            long perturb = h;
            int m = mutations;
            while (true) {
                int ix = idx[i];
                if (ix == FREE) {
                    return -1;
                }
                if (ix >= 0 && hashes[ix] == h) {
                    Object k = keys[ix];
                    if (k != null && keysEqual(key, k)) {
                        if (m != mutations) {
                            break;
                        }
                        return ix;
                    }
                    if (m != mutations) {
                        break;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** The value for {@code key}, or null when absent. TypeError when the key is unhashable. */
    public synchronized Object get(Object key) {
        int ix = find(key, Hashing.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** The value for the str key {@code name}, or null (a convenience for Java callers). */
    public Object getStr(String name) {
        return get(PyStr.of(name));
    }

    /** True when {@code key} is present. */
    public synchronized boolean containsKey(Object key) {
        return find(key, Hashing.hash(key)) >= 0;
    }

    // ---- mutation -------------------------------------------------------------------------------

    /** {@code d[key] = value}. */
    public synchronized void put(Object key, Object value) {
        long h = Hashing.hash(key);
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
        } else {
            if (used == keys.length) {
                resize(size * 3 < 8 ? 8 : size * 3);
            }
            int pos = used++;
            hashes[pos] = h;
            keys[pos] = key;
            values[pos] = value;
            insertIndex(h, pos);
            size++;
            mutations++;
        }
        DictWatcher w = watcher;
        if (w != null) {
            w.onChange(key);
        }
    }

    /** Stores {@code name = value} with a str key (a convenience for Java callers). */
    public void putStr(String name, Object value) {
        put(PyStr.of(name), value);
    }

    /** {@code d.setdefault(key, value)}: the present value, or {@code value} after inserting it. */
    public synchronized Object putIfAbsent(Object key, Object value) {
        Object v = get(key);
        if (v != null) {
            return v;
        }
        put(key, value);
        return value;
    }

    private void insertIndex(long h, int pos) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = pos;
    }

    private void resize(int minEntries) {
        int indexSize = 8;
        while (indexSize * 2 / 3 < minEntries) {
            indexSize <<= 1;
        }
        long[] oh = hashes;
        Object[] ok = keys;
        Object[] ov = values;
        int ou = used;
        allocate(indexSize);
        int pos = 0;
        for (int j = 0; j < ou; j++) {
            if (ok[j] != null) {
                hashes[pos] = oh[j];
                keys[pos] = ok[j];
                values[pos] = ov[j];
                insertIndex(oh[j], pos);
                pos++;
            }
        }
        used = pos;
    }

    /** Deletes {@code key}; returns its value, or null when it was absent. */
    public synchronized Object remove(Object key) {
        long h = Hashing.hash(key);
        int ix = find(key, h);
        if (ix < 0) {
            return null;
        }
        Object v = values[ix];
        removeEntry(ix, h);
        DictWatcher w = watcher;
        if (w != null) {
            w.onChange(key);
        }
        return v;
    }

    private void removeEntry(int ix, long h) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (idx[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        mutations++;
    }

    /** Removes and returns the last-inserted entry as {key, value}, or null when empty. */
    public synchronized Object[] popLast() {
        while (used > 0 && keys[used - 1] == null) {
            used--;
        }
        if (used == 0) {
            return null;
        }
        int ix = used - 1;
        Object k = keys[ix];
        Object v = values[ix];
        removeEntry(ix, hashes[ix]);
        used--;
        DictWatcher w = watcher;
        if (w != null) {
            w.onChange(k);
        }
        return new Object[] {k, v};
    }

    /** Removes everything (the watcher hears about each key). */
    public synchronized void clear() {
        Object[] old = keys;
        int n = used;
        allocate(8);
        size = 0;
        mutations++;
        DictWatcher w = watcher;
        if (w != null) {
            for (int j = 0; j < n; j++) {
                if (old[j] != null) {
                    w.onChange(old[j]);
                }
            }
        }
    }

    /** {@code d.update(other)} for another dict. */
    public void putAll(PyDict other) {
        Object[][] kv = other.entries();
        for (Object[] e : kv) {
            put(e[0], e[1]);
        }
    }

    // ---- iteration --------------------------------------------------------------------------------

    /**
     * The position of the first live entry at or after {@code pos}, or -1. With {@link #keyAt} and
     * {@link #valueAt} this is how iterators walk the dict without copying it.
     */
    public synchronized int nextLive(int pos) {
        for (int j = pos; j < used; j++) {
            if (keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** The key of entry {@code pos} (from {@link #nextLive}); null if deleted since. */
    public synchronized Object keyAt(int pos) {
        return pos < used ? keys[pos] : null;
    }

    /** The value of entry {@code pos} (from {@link #nextLive}); null if deleted since. */
    public synchronized Object valueAt(int pos) {
        return pos < used ? values[pos] : null;
    }

    /** A snapshot of the keys in order. */
    public synchronized Object[] keysArray() {
        Object[] out = new Object[size];
        int o = 0;
        for (int j = 0; j < used; j++) {
            if (keys[j] != null) {
                out[o++] = keys[j];
            }
        }
        return out;
    }

    /** A snapshot of the values in order. */
    public synchronized Object[] valuesArray() {
        Object[] out = new Object[size];
        int o = 0;
        for (int j = 0; j < used; j++) {
            if (keys[j] != null) {
                out[o++] = values[j];
            }
        }
        return out;
    }

    /** A snapshot of the entries in order, each {key, value}. */
    public synchronized Object[][] entries() {
        Object[][] out = new Object[size][];
        int o = 0;
        for (int j = 0; j < used; j++) {
            if (keys[j] != null) {
                out[o++] = new Object[] {keys[j], values[j]};
            }
        }
        return out;
    }

    /** A shallow copy (no watcher). */
    public synchronized PyDict copy() {
        PyDict d = new PyDict(size);
        for (int j = 0; j < used; j++) {
            if (keys[j] != null) {
                d.put(keys[j], values[j]);
            }
        }
        return d;
    }
}
