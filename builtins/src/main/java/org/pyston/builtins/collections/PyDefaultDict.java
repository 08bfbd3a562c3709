package org.pyston.builtins.collections;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.SlotDispatched;

/**
 * {@code collections.defaultdict}: a dict (a Java subclass of {@link PyDict}, so every dict
 * operation applies) whose missing keys are filled in by calling {@link #defaultFactory}.
 * {@code d[k]} reaches {@code __missing__} through {@code DictMethods.missing}, which every dict
 * subscript path calls for a dict that is not exactly a {@code PyDict}.
 */
public final class PyDefaultDict extends PyDict implements SlotDispatched {
    /** {@code collections.defaultdict}. */
    public static final PyType TYPE = PyType.builtinSubclassableInModule("defaultdict", "collections",
            PyDefaultDict.class, DefaultDictMethods.class, PyDict.TYPE);

    /** The factory called for a missing key, or None. */
    volatile Object defaultFactory = PyNone.NONE;

    @Override
    public PyType getType() {
        return TYPE;
    }
}
