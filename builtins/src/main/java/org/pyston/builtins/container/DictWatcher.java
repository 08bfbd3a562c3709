package org.pyston.builtins.container;

/**
 * Observes the keys of one {@link PyDict} (indy-runtime uses it to constant-fold module globals).
 * Called after every insert, overwrite or delete of a key, on the thread that made the change,
 * while the dict is locked: it must be quick and must not touch the dict.
 */
public interface DictWatcher {
    /** {@code key} was inserted, overwritten or deleted. */
    void onChange(Object key);
}
