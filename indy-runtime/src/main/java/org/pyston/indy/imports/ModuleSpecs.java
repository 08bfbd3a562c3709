package org.pyston.indy.imports;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code ModuleSpec} objects: what a finder returns and what {@code __spec__} holds. The class is
 * an ordinary Python class (so importlib can set {@code _initializing} and other attributes on its
 * instances) with CPython's attribute names: name, loader, origin, loader_state,
 * submodule_search_locations, cached, parent, has_location. It is shared by every interpreter of
 * the JVM and is never changed by the runtime.
 */
public final class ModuleSpecs {
    private ModuleSpecs() {}

    /** {@code _frozen_importlib.ModuleSpec}. */
    public static final PyType TYPE = makeType();

    private static PyType makeType() {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of("_frozen_importlib"));
        ns.putStr("__qualname__", PyStr.of("ModuleSpec"));
        return PyType.newClass("ModuleSpec", PyTuple.of(PyType.OBJECT), ns);
    }

    /**
     * A spec for module {@code name}.
     *
     * @param origin    where it comes from (a file path, "built-in"), or null
     * @param locations the package's search locations ({@code __path__}), or null for a non-package
     */
    public static Object create(String name, Object loader, String origin, PyList locations, boolean hasLocation) {
        PyInstance spec = new PyInstance(TYPE);
        spec.setAttribute("name", PyStr.of(name));
        spec.setAttribute("loader", loader == null ? PyNone.NONE : loader);
        spec.setAttribute("origin", origin == null ? PyNone.NONE : PyStr.of(origin));
        spec.setAttribute("loader_state", PyNone.NONE);
        spec.setAttribute("submodule_search_locations", locations == null ? PyNone.NONE : locations);
        spec.setAttribute("cached", PyNone.NONE);
        String parent = locations != null ? name : name.lastIndexOf('.') < 0 ? "" : name.substring(0, name.lastIndexOf('.'));
        spec.setAttribute("parent", PyStr.of(parent));
        spec.setAttribute("has_location", PyBool.of(hasLocation));
        spec.setAttribute("_set_fileattr", PyBool.of(hasLocation));
        spec.setAttribute("_initializing", PyBool.FALSE);
        return spec;
    }

    /** An attribute of a spec (or any object), null when missing or None. */
    static Object attr(Object spec, String name) {
        Object v = AttributeOps.lookupAttr(spec, name);
        return v == PyNone.NONE ? null : v;
    }

    /** A str attribute of a spec, or null. */
    static String strAttr(Object spec, String name) {
        return attr(spec, name) instanceof PyStr s ? s.value() : null;
    }
}
