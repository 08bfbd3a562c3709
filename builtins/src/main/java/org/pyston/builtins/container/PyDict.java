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
 * <p>Thread safety: reads take no lock; changes are serialised by the dict's monitor. The arrays
 * live in a {@link Table} that is replaced whole (and published through a volatile field) on
 * resize and clear, so a reader always probes one self-consistent set of arrays. Within a table a
 * writer fills an entry's hash, key and value before its index slot points at it, and clears the
 * key before a deleted entry's value; a reader that races with a change therefore sees the key
 * either absent or present with a value, never a Java exception or a foreign entry (a racing
 * reader may miss a key being inserted, which is what an earlier read would have seen anyway).
 * A key's {@code __eq__} may run during a lookup; if it changes this dict the lookup restarts,
 * as CPython's does.
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
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, DictMethods.class, true).withCollectionFlag(PyType.MAPPING_FLAG);

    private static final int FREE = -1;
    private static final int DUMMY = -2;

    /** One generation of storage: never shrunk or reallocated in place, only replaced. */
    private static final class Table {
        /** Open-addressing index: entry position, FREE or DUMMY; length is a power of two. */
        final int[] index;
        final long[] hashes;
        /** Entry keys in insertion order; null marks a deleted (or not yet written) entry. */
        final Object[] keys;
        final Object[] values;
        /**
         * Per entry: a {@link DictWatcher} wants to hear of the next overwrite ({@link #watchKey}).
         * Null in dicts without a watcher.
         */
        boolean[] watched;

        Table(int indexSize) {
            index = new int[indexSize];
            Arrays.fill(index, FREE);
            int cap = indexSize * 2 / 3;
            hashes = new long[cap];
            keys = new Object[cap];
            values = new Object[cap];
        }
    }

    /** The current storage; replaced only under the monitor. */
    private volatile Table table;
    /** Entries appended to {@link #table} so far (live and deleted): the next free position. Written under the monitor. */
    private int used;
    /** Live entries: {@code len(d)}. Written under the monitor; read without it. */
    private int size;
    /**
     * Bumped (after the change) on every insertion of a new key, deletion, resize and clear, so a
     * lookup can tell that an {@code __eq__} or another thread changed the dict under it.
     */
    private volatile int mutations;
    private DictWatcher watcher;

    /** An empty dict. */
    public PyDict() {
        table = new Table(8);
    }

    /** An empty dict with room for {@code n} entries before resizing. */
    public PyDict(int n) {
        int cap = 8;
        while (cap * 2 / 3 < n) {
            cap <<= 1;
        }
        table = new Table(cap);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Installs (or with null removes) the watcher. */
    public synchronized void setWatcher(DictWatcher w) {
        this.watcher = w;
        table.watched = w == null ? null : new boolean[table.keys.length];
    }

    /**
     * Asks that the watcher hear of the next overwrite of {@code key}'s value (inserts and deletes
     * it always hears of). Overwrites of unwatched keys, such as a module-level loop variable,
     * then cost the watcher nothing.
     */
    public synchronized void watchKey(Object key) {
        Table t = table;
        if (t.watched == null) {
            return;
        }
        int ix = findLocked(key, Hashing.hash(key));
        if (ix >= 0) {
            table.watched[ix] = true;
        }
    }

    /** {@code len(d)}. */
    public int size() {
        return size;
    }

    // ---- lookup ---------------------------------------------------------------------------------

    private static boolean keysEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr sa) {
            return b instanceof PyStr sb ? sa.value().equals(sb.value()) : !(b instanceof PyInt) && CompareOps.eqBool(b, a);
        }
        if (a instanceof PyInt ia && b instanceof PyInt ib) {
            return ia.value == ib.value;
        }
        return CompareOps.eqBool(b, a);
    }

    /**
     * The entry position of {@code key} in {@code t}, or -1; -2 when the dict changed since
     * {@code mutations} was {@code m} (an {@code __eq__} or another thread changed it: the caller
     * restarts).
     */
    private int find(Table t, Object key, long h, int m) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (true) {
            int ix = idx[i];
            if (ix == FREE) {
                return -1;
            }
            if (ix >= 0 && t.hashes[ix] == h) {
                Object k = t.keys[ix];
                if (k != null) {
                    boolean eq = keysEqual(key, k);
                    if (m != mutations) {
                        return -2;
                    }
                    if (eq) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value for {@code key}, or null when absent. TypeError when the key is unhashable. */
    public Object get(Object key) {
        long h = Hashing.hash(key);
        while (true) {
            int m = mutations;
            Table t = table;
            int ix = find(t, key, h, m);
            if (ix == -1) {
                return null;
            }
            if (ix >= 0) {
                Object v = t.values[ix];
                // an entry position is reused only after a deletion, which bumps mutations
                if (m == mutations) {
                    return v;
                }
            }
        }
    }

    /** The value for the str key {@code name}, or null (a convenience for Java callers). */
    public Object getStr(String name) {
        return get(PyStr.of(name));
    }

    /** True when {@code key} is present. */
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    // ---- mutation -------------------------------------------------------------------------------

    /** The entry position of {@code key} in the current table, or -1; under the monitor. */
    private int findLocked(Object key, long h) {
        while (true) {
            int ix = find(table, key, h, mutations);
            if (ix != -2) {
                return ix;
            }
        }
    }

    /** {@code d[key] = value}. */
    public void put(Object key, Object value) {
        long h = Hashing.hash(key);
        synchronized (this) {
            int ix = findLocked(key, h);
            if (ix >= 0) {
                Table t = table;
                t.values[ix] = value;
                // an overwrite is news only for a watched key (a module global some site folded)
                if (t.watched != null && t.watched[ix]) {
                    t.watched[ix] = false;
                    watcher.onChange(key);
                }
            } else {
                insertNew(key, h, value);
                DictWatcher w = watcher;
                if (w != null) {
                    w.onChange(key);
                }
            }
        }
    }

    /** Appends an entry for a key known to be absent; under the monitor. */
    private void insertNew(Object key, long h, Object value) {
        Table t = table;
        if (used == t.keys.length) {
            resize(size * 3 < 8 ? 8 : size * 3);
            t = table;
        }
        int pos = used++;
        t.hashes[pos] = h;
        t.values[pos] = value;
        t.keys[pos] = key;
        if (t.watched != null) {
            t.watched[pos] = false; // a position reused after popLast
        }
        insertIndex(t, h, pos);
        size++;
        mutations++;
    }

    /** Stores {@code name = value} with a str key (a convenience for Java callers). */
    public void putStr(String name, Object value) {
        put(PyStr.of(name), value);
    }

    /**
     * {@code d.setdefault(key, value)}: the present value, or {@code value} after inserting it;
     * the key is hashed once and compared at most once per colliding entry (CPython's atomic
     * setdefault).
     */
    public Object putIfAbsent(Object key, Object value) {
        long h = Hashing.hash(key);
        synchronized (this) {
            int ix = findLocked(key, h);
            if (ix >= 0) {
                return table.values[ix];
            }
            insertNew(key, h, value);
            DictWatcher w = watcher;
            if (w != null) {
                w.onChange(key);
            }
            return value;
        }
    }

    private static void insertIndex(Table t, long h, int pos) {
        int[] idx = t.index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (idx[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = pos;
    }

    /** Copies the live entries into a new table with room for {@code minEntries}, then publishes it. */
    private void resize(int minEntries) {
        int indexSize = 8;
        while (indexSize * 2 / 3 < minEntries) {
            indexSize <<= 1;
        }
        Table old = table;
        Table t = new Table(indexSize);
        if (old.watched != null) {
            t.watched = new boolean[t.keys.length];
        }
        int pos = 0;
        for (int j = 0; j < used; j++) {
            Object k = old.keys[j];
            if (k != null) {
                t.hashes[pos] = old.hashes[j];
                t.keys[pos] = k;
                t.values[pos] = old.values[j];
                if (old.watched != null) {
                    t.watched[pos] = old.watched[j];
                }
                insertIndex(t, old.hashes[j], pos);
                pos++;
            }
        }
        used = pos;
        table = t;
        mutations++;
    }

    /** Deletes {@code key}; returns its value, or null when it was absent. */
    public Object remove(Object key) {
        long h = Hashing.hash(key);
        synchronized (this) {
            int ix = findLocked(key, h);
            if (ix < 0) {
                return null;
            }
            Object v = table.values[ix];
            removeEntry(ix, h);
            DictWatcher w = watcher;
            if (w != null) {
                w.onChange(key);
            }
            return v;
        }
    }

    private void removeEntry(int ix, long h) {
        Table t = table;
        int[] idx = t.index;
        int mask = idx.length - 1;
        int i = (int) h & mask;
        long perturb = h;
        while (idx[i] != ix) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = DUMMY;
        t.keys[ix] = null;
        t.values[ix] = null;
        size--;
        mutations++;
    }

    /** Removes and returns the last-inserted entry as {key, value}, or null when empty. */
    public synchronized Object[] popLast() {
        Table t = table;
        while (used > 0 && t.keys[used - 1] == null) {
            used--;
        }
        if (used == 0) {
            return null;
        }
        int ix = used - 1;
        Object k = t.keys[ix];
        Object v = t.values[ix];
        removeEntry(ix, t.hashes[ix]);
        used--;
        DictWatcher w = watcher;
        if (w != null) {
            w.onChange(k);
        }
        return new Object[] {k, v};
    }

    /** Removes everything (the watcher hears about each key). */
    public synchronized void clear() {
        Object[] old = table.keys;
        int n = used;
        used = 0;
        size = 0;
        mutations++;
        table = new Table(8);
        if (watcher != null) {
            table.watched = new boolean[table.keys.length];
        }
        DictWatcher w = watcher;
        if (w != null) {
            for (int j = 0; j < n; j++) {
                if (old[j] != null) {
                    w.onChange(old[j]);
                }
            }
        }
    }

    /**
     * {@code d.update(other)} for another dict, in other's order; RuntimeError when a key's
     * {@code __eq__} or {@code __hash__} changes {@code other}'s keys meanwhile (CPython's "dict
     * mutated during update").
     */
    public void putAll(PyDict other) {
        if (other == this) {
            return;
        }
        int m = other.mutations;
        for (int p = other.nextLive(0); p >= 0; p = other.nextLive(p + 1)) {
            Object k = other.keyAt(p);
            Object v = other.valueAt(p);
            if (k == null || v == null || other.mutations != m) {
                throw org.pyston.builtins.exception.PyExceptions.runtimeError("dict mutated during update");
            }
            put(k, v);
            if (other.mutations != m) {
                throw org.pyston.builtins.exception.PyExceptions.runtimeError("dict mutated during update");
            }
        }
    }

    // ---- iteration --------------------------------------------------------------------------------

    /**
     * The position of the first live entry at or after {@code pos}, or -1. With {@link #keyAt} and
     * {@link #valueAt} this is how iterators walk the dict without copying it.
     */
    public int nextLive(int pos) {
        Table t = table;
        int end = Math.min(used, t.keys.length);
        for (int j = pos; j < end; j++) {
            if (t.keys[j] != null) {
                return j;
            }
        }
        return -1;
    }

    /** The key of entry {@code pos} (from {@link #nextLive}); null if deleted since. */
    public Object keyAt(int pos) {
        Table t = table;
        return pos < Math.min(used, t.keys.length) ? t.keys[pos] : null;
    }

    /** The value of entry {@code pos} (from {@link #nextLive}); null if deleted since. */
    public Object valueAt(int pos) {
        Table t = table;
        return pos < Math.min(used, t.values.length) ? t.values[pos] : null;
    }

    /** A snapshot of the keys in order. */
    public synchronized Object[] keysArray() {
        Table t = table;
        Object[] out = new Object[size];
        int o = 0;
        for (int j = 0; j < used; j++) {
            if (t.keys[j] != null) {
                out[o++] = t.keys[j];
            }
        }
        return out;
    }

    /** A snapshot of the values in order. */
    public synchronized Object[] valuesArray() {
        Table t = table;
        Object[] out = new Object[size];
        int o = 0;
        for (int j = 0; j < used; j++) {
            if (t.keys[j] != null) {
                out[o++] = t.values[j];
            }
        }
        return out;
    }

    /** A snapshot of the entries in order, each {key, value}. */
    public synchronized Object[][] entries() {
        Table t = table;
        Object[][] out = new Object[size][];
        int o = 0;
        for (int j = 0; j < used; j++) {
            if (t.keys[j] != null) {
                out[o++] = new Object[] {t.keys[j], t.values[j]};
            }
        }
        return out;
    }

    /** A shallow copy (no watcher). */
    public synchronized PyDict copy() {
        Table t = table;
        PyDict d = new PyDict(size);
        for (int j = 0; j < used; j++) {
            if (t.keys[j] != null) {
                d.put(t.keys[j], t.values[j]);
            }
        }
        return d;
    }
}
