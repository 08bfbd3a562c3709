package org.pyston.indy.linker;

import org.pyston.builtins.runtime.Assumption;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.text.PyStr;

/**
 * Watches the names of one namespace dict (module globals or builtins) for global sites: one
 * assumption per name, made lazily and invalidated when that name is inserted, rebound or
 * deleted, and a count of such rebinds. A name no site has looked at costs nothing to rebind.
 */
final class GlobalWatcher {
    /** PyDict does not override equals/hashCode, so this map is keyed by identity. */
    private static final Map<PyDict, GlobalWatcher> WATCHERS = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, Assumption> points = new ConcurrentHashMap<>();
    /** The watched dict (weakly: {@link #WATCHERS} maps it to this watcher). */
    private final java.lang.ref.WeakReference<PyDict> dict;
    private final Map<String, Integer> rebinds = new ConcurrentHashMap<>();

    static GlobalWatcher of(PyDict dict) {
        synchronized (WATCHERS) {
            GlobalWatcher w = WATCHERS.get(dict);
            if (w == null) {
                w = new GlobalWatcher(dict);
                GlobalWatcher watcher = w;
                dict.setWatcher(key -> watcher.changed(key));
                WATCHERS.put(dict, w);
            }
            return w;
        }
    }

    private GlobalWatcher(PyDict dict) {
        this.dict = new java.lang.ref.WeakReference<>(dict);
    }

    /**
     * The assumption that {@code name} keeps its value (or stays absent). The dict is asked to
     * report the next overwrite of the name: other names' rebinds cost nothing.
     */
    Assumption assumptionFor(String name) {
        Assumption a = points.computeIfAbsent(name, n -> new Assumption());
        PyDict d = dict.get();
        if (d != null) {
            d.watchKey(PyStr.of(name));
        }
        return a;
    }

    int rebinds(String name) {
        return rebinds.getOrDefault(name, 0);
    }

    private void changed(Object key) {
        if (!(key instanceof PyStr s)) return;
        Assumption sp = points.remove(s.value());
        if (sp != null) {
            rebinds.merge(s.value(), 1, Integer::sum);
            sp.invalidate();
        }
    }
}
