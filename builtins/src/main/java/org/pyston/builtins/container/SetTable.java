package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.IterOps;

/**
 * The hash table behind {@link PySet} and {@link PyFrozenSet}: CPython's setobject.c algorithm
 * (linear probing in runs of 9, then perturbation; resize at 60% fill), so that iteration order —
 * visible in printed sets of ints — matches CPython's.
 *
 * <p>Thread safety: all operations synchronize on the table.
 */
public final class SetTable {
    private static final int LINEAR_PROBES = 9;
    private static final int MINSIZE = 8;
    /** Marks a deleted slot. */
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where pop() resumes scanning. */
    private int finger;

    /** The table of a set or frozenset. */
    public static SetTable of(Object setOrFrozenset) {
        if (setOrFrozenset instanceof PySet s) {
            return s.table();
        }
        return ((PyFrozenSet) setOrFrozenset).table();
    }

    /** A table holding the values of {@code iterable}. */
    public static SetTable fromIterable(Object iterable) {
        SetTable t = new SetTable();
        if (iterable instanceof PySet || iterable instanceof PyFrozenSet) {
            t.addAll(of(iterable));
            return t;
        }
        Object it = IterOps.iter(iterable);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            t.add(v);
        }
        return t;
    }

    public synchronized int size() {
        return used;
    }

    /** Adds {@code key}; returns false when it was already present. */
    public boolean add(Object key) {
        return add(key, Hashing.hash(key));
    }

    private synchronized boolean add(Object key, long hash) {
        int freeslot = -1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if (fill * 5L >= mask * 3L) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (hashes[j] == hash && (k == key || CompareOps.eqBool(k, key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private int find(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || CompareOps.eqBool(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        Object[] ok = keys;
        long[] oh = hashes;
        keys = new Object[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int s = 0; s < ok.length; s++) {
            Object k = ok[s];
            if (k != null && k != DUMMY) {
                insertClean(k, oh[s]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            } else if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public synchronized boolean contains(Object key) {
        return find(key, Hashing.hash(key)) >= 0;
    }

    /** Removes {@code key}; false when absent. */
    public synchronized boolean discard(Object key) {
        int j = find(key, Hashing.hash(key));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** Removes and returns an arbitrary element (CPython's order); KeyError when empty. */
    public synchronized Object pop() {
        if (used == 0) {
            throw PyExceptions.keyError(org.pyston.builtins.text.PyStr.of("pop from an empty set"));
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return k;
    }

    public synchronized void clear() {
        keys = new Object[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
    }

    /** The elements in table order. */
    public synchronized Object[] toArray() {
        Object[] out = new Object[used];
        int o = 0;
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out[o++] = k;
            }
        }
        return out;
    }

    /** Slot-order walk for iterators: the element at slot {@code >= pos} as {slot, key}, or null. */
    synchronized Object[] nextFrom(int pos) {
        for (int s = pos; s < keys.length; s++) {
            Object k = keys[s];
            if (k != null && k != DUMMY) {
                return new Object[] {s, k};
            }
        }
        return null;
    }

    public synchronized SetTable copy() {
        SetTable t = new SetTable();
        t.keys = keys.clone();
        t.hashes = hashes.clone();
        t.mask = mask;
        t.fill = fill;
        t.used = used;
        return t;
    }

    /**
     * Adds every key of {@code other}, as CPython's {@code set_merge}: grow first when the result
     * would be too full, copy the table wholesale when this table is empty with the same size,
     * insert without duplicate checks when it is empty, else add key by key. The iteration order of
     * the result then matches CPython's.
     */
    public void addAll(SetTable other) {
        if (other == this) {
            return;
        }
        Object[] ks;
        long[] hs;
        int otherUsed;
        int otherFill;
        synchronized (other) {
            ks = other.keys.clone();
            hs = other.hashes.clone();
            otherUsed = other.used;
            otherFill = other.fill;
        }
        if (otherUsed == 0) {
            return;
        }
        synchronized (this) {
            if ((fill + otherUsed) * 5L >= mask * 3L) {
                resize((used + otherUsed) * 2);
            }
            if (fill == 0 && mask == ks.length - 1 && otherFill == otherUsed) {
                keys = ks;
                hashes = hs;
                fill = otherUsed;
                used = otherUsed;
                return;
            }
            if (fill == 0) {
                for (int s = 0; s < ks.length; s++) {
                    if (ks[s] != null && ks[s] != DUMMY) {
                        insertClean(ks[s], hs[s]);
                    }
                }
                fill = otherUsed;
                used = otherUsed;
                return;
            }
        }
        for (int s = 0; s < ks.length; s++) {
            if (ks[s] != null && ks[s] != DUMMY) {
                add(ks[s], hs[s]);
            }
        }
    }

    /**
     * The table of a set display whose items are all constants ({@code {3, 1, 2, 10}}, more than
     * two items): CPython compiles it to a frozenset constant, which its constant merging rebuilds
     * from the first frozenset's order, then {@code SET_UPDATE}s an empty set from it. Reproducing
     * those steps gives CPython's print order.
     */
    public static SetTable constantDisplay(Object[] items) {
        SetTable first = new SetTable();
        for (Object o : items) {
            first.add(o);
        }
        SetTable rebuilt = new SetTable();
        for (Object o : first.toArray()) {
            rebuilt.add(o);
        }
        SetTable result = new SetTable();
        result.addAll(rebuilt);
        return result;
    }

    public synchronized void retainAll(SetTable other) {
        SetTable r = intersection(other);
        keys = r.keys;
        hashes = r.hashes;
        mask = r.mask;
        fill = r.fill;
        used = r.used;
    }

    public void removeAll(SetTable other) {
        for (Object k : other.toArray()) {
            discard(k);
        }
    }

    public void symmetricDifferenceUpdate(SetTable other) {
        for (Object k : other.toArray()) {
            if (!discard(k)) {
                add(k);
            }
        }
    }

    /** CPython's intersection: iterates the smaller table, testing membership in the larger. */
    public SetTable intersection(SetTable other) {
        SetTable big = this;
        SetTable small = other;
        if (other.size() > size()) {
            big = other;
            small = this;
        }
        SetTable r = new SetTable();
        for (Object k : small.toArray()) {
            if (big.contains(k)) {
                r.add(k);
            }
        }
        return r;
    }

    public boolean isSubsetOf(SetTable other) {
        if (size() > other.size()) {
            return false;
        }
        for (Object k : toArray()) {
            if (!other.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** The result of {@code | & - ^} as a new table. */
    public SetTable operation(String symbol, SetTable other) {
        switch (symbol) {
            case "|": {
                SetTable r = copy();
                r.addAll(other);
                return r;
            }
            case "&":
                return intersection(other);
            case "-": {
                SetTable r = new SetTable();
                for (Object k : toArray()) {
                    if (!other.contains(k)) {
                        r.add(k);
                    }
                }
                return r;
            }
            default: {
                SetTable r = copy();
                r.symmetricDifferenceUpdate(other);
                return r;
            }
        }
    }

    /** CPython's frozenset hash. */
    public synchronized long hashValue() {
        long hash = 0;
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null && keys[s] != DUMMY) {
                hash ^= shuffle(hashes[s]);
            }
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
