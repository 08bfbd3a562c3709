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
        t.update(iterable);
        return t;
    }

    /**
     * Adds the elements of {@code iterable} as CPython's {@code set_update_internal}: a set or
     * frozenset is merged ({@link #addAll}); an exact dict grows the table once for all its keys,
     * then adds them; anything else adds item by item, growing as it goes. The growth points
     * decide the table size and so the iteration order.
     */
    public void update(Object iterable) {
        SetTable t = asTable(iterable);
        if (t != null) {
            addAll(t);
            return;
        }
        if (iterable instanceof PyDict d && d.getType() == PyDict.TYPE) {
            Object[] ks = d.keysArray();
            synchronized (this) {
                if ((fill + (long) ks.length) * 5L >= mask * 3L) {
                    resize((used + ks.length) * 2);
                }
            }
            for (Object k : ks) {
                add(k);
            }
            return;
        }
        Object it = IterOps.iter(iterable);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            add(v);
        }
    }

    /** The table of a set, a frozenset or a table itself; null for anything else. */
    private static SetTable asTable(Object o) {
        if (o instanceof SetTable t) {
            return t;
        }
        return o instanceof PySet || o instanceof PyFrozenSet ? of(o) : null;
    }

    /** The number of elements of a set, frozenset or exact dict; -1 for other iterables. */
    private static int knownSize(Object o) {
        SetTable t = asTable(o);
        if (t != null) {
            return t.size();
        }
        if (o instanceof PyDict d && d.getType() == PyDict.TYPE) {
            return d.size();
        }
        return -1;
    }

    /**
     * {@code self - other} as CPython's {@code set_difference}: when {@code other} is an iterable
     * of unknown size, or much smaller than this set, a copy with other's elements discarded;
     * else a new table of this set's elements not in {@code other}.
     */
    public SetTable difference(Object other) {
        int otherSize = knownSize(other);
        if (otherSize < 0 || (size() >> 2) > otherSize) {
            SetTable r = copy();
            r.differenceUpdate(other);
            return r;
        }
        SetTable r = new SetTable();
        for (Object k : toArray()) {
            boolean in = other instanceof PyDict d ? d.containsKey(k) : asTable(other).contains(k);
            if (!in) {
                r.add(k);
            }
        }
        return r;
    }

    /**
     * {@code self -= other} as CPython's {@code set_difference_update_internal}: discards other's
     * elements (other replaced by the intersection when it is over 8 times larger), then rebuilds
     * the table when more than a quarter of it is deleted-slot markers.
     */
    public void differenceUpdate(Object other) {
        SetTable o = asTable(other);
        if (o != null) {
            if (o == this) {
                clear();
                return;
            }
            if ((o.size() >> 3) > size()) {
                o = intersection(o);
            }
            for (Object k : o.toArray()) {
                discard(k);
            }
        } else {
            Object it = IterOps.iter(other);
            for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
                discard(v);
            }
        }
        synchronized (this) {
            if (fill - used > mask / 4) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
    }

    /**
     * {@code self & other} for any iterable, as CPython's {@code set_intersection}: sets by
     * {@link #intersection(SetTable)}; other iterables in their own order, keeping the items in
     * this set.
     */
    public SetTable intersectionWith(Object other) {
        SetTable o = asTable(other);
        if (o != null) {
            return o == this ? copy() : intersection(o);
        }
        SetTable r = new SetTable();
        Object it = IterOps.iter(other);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            if (contains(v)) {
                r.add(v);
            }
        }
        return r;
    }

    /**
     * {@code self ^ other} as CPython's {@code set_symmetric_difference}: a new set made from
     * {@code other}, then updated symmetrically with this set's elements.
     */
    public SetTable symmetricDifference(Object other) {
        SetTable r = new SetTable();
        r.update(other);
        r.symmetricDifferenceUpdate(this);
        return r;
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

    /**
     * A new table with the same elements, as CPython's {@code set_copy} makes it: merged into an
     * empty table, which may be smaller than this one (a different iteration order).
     */
    public SetTable copy() {
        SetTable t = new SetTable();
        t.addAll(this);
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

    /** {@code self &= other} (CPython's set_intersection_update): the intersection's table replaces this one's. */
    public synchronized void retainAll(Object other) {
        SetTable r = intersectionWith(other);
        keys = r.keys;
        hashes = r.hashes;
        mask = r.mask;
        fill = r.fill;
        used = r.used;
    }



    /** {@code self ^= other}: other's elements (a new set made from other when it is none) toggled in this one. */
    public void symmetricDifferenceUpdate(Object other) {
        SetTable o = asTable(other);
        if (o == this) {
            clear();
            return;
        }
        if (o == null) {
            o = fromIterable(other);
        }
        for (Object k : o.toArray()) {
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

    /**
     * {@code a op b} where one operand is a set-like dict view (CPython's dictviews_or/sub/xor/and):
     * a new set made from {@code a} updated with {@code b}; for {@code &}, the items of the smaller
     * side (any iterable) that the other contains.
     */
    public static SetTable viewOperation(Object a, Object b, String symbol) {
        switch (symbol) {
            case "|": {
                SetTable r = fromIterable(a);
                r.update(b);
                return r;
            }
            case "-": {
                SetTable r = fromIterable(a);
                r.differenceUpdate(b);
                return r;
            }
            case "^": {
                SetTable r = fromIterable(a);
                r.symmetricDifferenceUpdate(b);
                return r;
            }
            default: {
                if (!(a instanceof PyDictView)) {
                    Object t = a;
                    a = b;
                    b = t;
                }
                long lenA = org.pyston.builtins.ops.ItemOps.len(a);
                if (b instanceof PySet ps && lenA <= of(ps).size()) {
                    return of(ps).intersectionWith(a);
                }
                if (b instanceof PyDictView && org.pyston.builtins.ops.ItemOps.len(b) > lenA) {
                    Object t = a;
                    a = b;
                    b = t;
                }
                SetTable r = new SetTable();
                Object it = IterOps.iter(b);
                for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
                    if (CompareOps.contains(a, v)) {
                        r.add(v);
                    }
                }
                return r;
            }
        }
    }

    /**
     * The result of {@code | & - ^} as a new table, by CPython's rules for each ({@code other}: a
     * set or frozenset, or for the methods any iterable).
     */
    public SetTable operation(String symbol, Object other) {
        switch (symbol) {
            case "|": {
                SetTable r = copy();
                r.update(other);
                return r;
            }
            case "&":
                return intersectionWith(other);
            case "-":
                return difference(other);
            default:
                return symmetricDifference(other);
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
