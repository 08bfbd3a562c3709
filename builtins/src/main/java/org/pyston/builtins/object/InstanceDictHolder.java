package org.pyston.builtins.object;

import org.pyston.builtins.container.PyDict;

/**
 * A built-in object that, like CPython objects with a {@code tp_dictoffset}, carries a
 * {@code __dict__} of arbitrary attributes ({@code functools.partial}, the lru_cache wrapper):
 * attribute lookup, assignment and deletion use it after the type's data descriptors.
 */
public interface InstanceDictHolder extends PyObject {
    /** The attribute dictionary (never null). */
    PyDict instanceDict();
}
