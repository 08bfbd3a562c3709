package org.pyston.builtins.container;

import java.util.Map;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.SlotDispatched;
import org.pyston.builtins.text.PyStr;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping. A class's
 * {@code __dict__} is one over the class namespace, so Python code can read the namespace but can
 * change it only through {@code setattr} on the class, which keeps the inline caches' validity
 * tokens in step.
 *
 * <p>Over a class the view is live: each operation reads the type's current dictionary snapshot
 * (copy-on-write in {@link PyType}, so a read never sees a half-made change). Over any other
 * mapping it forwards each operation to that mapping, as CPython does.
 */
public final class PyMappingProxy implements PyObject, SlotDispatched {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, MappingProxyMethods.class,
            false).withCollectionFlag(PyType.MAPPING_FLAG);

    /** The class whose namespace this views; null for a proxy over {@link #mapping}. */
    private final PyType owner;
    /** The viewed mapping when {@link #owner} is null. */
    private final Object mapping;

    private PyMappingProxy(PyType owner, Object mapping) {
        this.owner = owner;
        this.mapping = mapping;
    }

    /** The live view of a class's namespace ({@code C.__dict__}). */
    public static PyMappingProxy ofType(PyType t) {
        return new PyMappingProxy(t, null);
    }

    /** A view of an arbitrary mapping ({@code types.MappingProxyType(m)}); the caller has checked it. */
    public static PyMappingProxy of(Object mapping) {
        return new PyMappingProxy(null, mapping);
    }

    /** The mapping operations forward to: a fresh dict of the class namespace, or the wrapped mapping. */
    public Object mapping() {
        return owner != null ? namespaceDict(owner) : mapping;
    }

    /** The class namespace as a new dict (names and values as Python objects). */
    public static PyDict namespaceDict(PyType t) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : t.dictSnapshot().entrySet()) {
            Object v = e.getValue();
            d.putStr(e.getKey(), v instanceof String s ? PyStr.of(s) : v);
        }
        return d;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
