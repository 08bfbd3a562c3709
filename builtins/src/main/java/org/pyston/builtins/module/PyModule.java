package org.pyston.builtins.module;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * A module: a name and the dictionary that is its global namespace. An instance of a Python
 * subclass of module keeps its attributes in that same dictionary ({@link #wrappedBy}).
 */
public final class PyModule implements PyObject, org.pyston.builtins.object.WrappedValue {
    /** Python's {@code module}. */
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, ModuleMethods.class, true);

    private final PyDict dict;

    /** A module named {@code name} with a fresh dictionary holding {@code __name__}, {@code __doc__} ... */
    public PyModule(String name) {
        this(name, new PyDict());
    }

    /** A module over an existing globals dictionary. */
    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.putIfAbsent(PyStr.of("__name__"), PyStr.of(name));
        dict.putIfAbsent(PyStr.of("__doc__"), PyNone.NONE);
        dict.putIfAbsent(PyStr.of("__package__"), PyNone.NONE);
        dict.putIfAbsent(PyStr.of("__loader__"), PyNone.NONE);
        dict.putIfAbsent(PyStr.of("__spec__"), PyNone.NONE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A module subclass instance's {@code __dict__} is the module's namespace, as CPython's md_dict. */
    @Override
    public void wrappedBy(org.pyston.builtins.object.PyInstance outer) {
        outer.setDict(dict);
    }

    /** The module's globals. */
    public PyDict getDict() {
        return dict;
    }

    /** {@code __name__}. */
    public String getName() {
        Object n = dict.getStr("__name__");
        return n instanceof PyStr s ? s.value() : "?";
    }
}
