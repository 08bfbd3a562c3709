package org.pyston.builtins.container;

/**
 * Observes the keys of one {@link PyDict} (indy-runtime uses it to constant-fold module globals).
 * Called after every insert or delete of a key, and after the first overwrite of a key marked with
 * {@link PyDict#watchKey} (the mark is then cleared), on the thread that made the change, while
 * the dict is locked: it must be quick and must not touch the dict.
 */
public interface DictWatcher {
    /** {@code key} was inserted, deleted, or overwritten while watched. */
    void onChange(Object key);
}
