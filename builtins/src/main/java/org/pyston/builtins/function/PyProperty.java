package org.pyston.builtins.function;

import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python accessors; only its name changes. */
public final class PyProperty implements PyObject {
    /** Python's {@code property}. */
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, DescriptorMethods.class, true);

    /** Accessors; null when absent. */
    public final Object fget;
    public final Object fset;
    public final Object fdel;
    /** {@code __doc__}: writable, as CPython's property member. */
    public Object doc;
    /**
     * The attribute name the property was bound to by {@code __set_name__} (the last one when the
     * same property is bound twice), for CPython 3.11's error messages; null until then.
     */
    public volatile String name;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget == PyNone.NONE ? null : fget;
        this.fset = fset == PyNone.NONE ? null : fset;
        this.fdel = fdel == PyNone.NONE ? null : fdel;
        this.doc = doc == null ? PyNone.NONE : doc;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
