package org.pyston.builtins.module;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.text.PyStr;

/** Attributes of {@code module}. */
public final class ModuleMethods {
    private ModuleMethods() {
    }

    @PyGetter("__dict__")
    public static Object dict(PyModule m) {
        return m.getDict();
    }

    @PyMethod(name = "__new__", isStatic = true, required = 2)
    public static Object new_(Object cls, Object name, Object doc) {
        return new PyModule(((PyStr) name).value);
    }

    @PyMethod(name = "__init__", required = 1)
    public static void init(PyModule m, Object name, Object doc) {
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyModule m) {
        String name = m.getName();
        if (name.equals("sys") || name.equals("builtins")) {
            return PyStr.of("<module '" + name + "' (built-in)>");
        }
        Object file = m.getDict().getStr("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name + "' from '" + f.value + "'>");
        }
        return PyStr.of("<module '" + name + "'>");
    }
}
