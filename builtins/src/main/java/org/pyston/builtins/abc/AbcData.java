package org.pyston.builtins.abc;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * {@code _abc._abc_data}, the {@code _abc_impl} of each abstract base class: the registry of
 * virtual subclasses and the positive and negative subclass caches. All three hold their classes
 * weakly (a class dropped by its program leaves them), as CPython's weak sets do.
 */
public final class AbcData implements PyObject {
    /** {@code _abc._abc_data}. */
    public static final PyType TYPE = PyType.builtinInModule("_abc_data", "_abc", AbcData.class, null);

    final Map<Object, Boolean> registry = Collections.synchronizedMap(new WeakHashMap<>());
    final Map<Object, Boolean> cache = Collections.synchronizedMap(new WeakHashMap<>());
    volatile Map<Object, Boolean> negativeCache = Collections.synchronizedMap(new WeakHashMap<>());
    /** The invalidation counter the negative cache is valid for. */
    volatile long negativeCacheVersion;

    AbcData(long version) {
        this.negativeCacheVersion = version;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A snapshot of the keys of a weak set (iteration may run Python code that changes it). */
    static Object[] snapshot(Map<Object, Boolean> set) {
        synchronized (set) {
            return set.keySet().toArray();
        }
    }
}
