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

    /** {@code module.__annotations__} (3.10): the dict's entry, an empty dict stored there when absent. */
    @org.pyston.builtins.object.PyGetter("__annotations__")
    public static Object annotations(PyModule m) {
        Object a = m.getDict().getStr("__annotations__");
        if (a == null) {
            a = new org.pyston.builtins.container.PyDict();
            m.getDict().putStr("__annotations__", a);
        }
        return a;
    }

    @org.pyston.builtins.object.PySetter("__annotations__")
    public static void setAnnotations(PyModule m, Object v) {
        if (v == null) {
            if (m.getDict().remove(PyStr.of("__annotations__")) == null) {
                throw org.pyston.builtins.exception.PyExceptions.attributeError("__annotations__");
            }
            return;
        }
        m.getDict().putStr("__annotations__", v);
    }

    @PyMethod(name = "__new__", isStatic = true, required = 2)
    public static Object new_(Object cls, Object name, Object doc) {
        // __init__ checks the name's type, with CPython's message
        return new PyModule(name instanceof PyStr s ? s.value() : "?");
    }

    @PyMethod(name = "__init__", required = 1)
    public static void init(PyModule m, Object name, Object doc) {
        if (!(name instanceof PyStr)) {
            throw org.pyston.builtins.exception.PyExceptions.typeError(
                    "module() argument 'name' must be str, not %s", org.pyston.builtins.ops.TypeOps.typeName(name));
        }
        m.getDict().putStr("__name__", name);
        m.getDict().putStr("__doc__", doc == null ? org.pyston.builtins.object.PyNone.NONE : doc);
    }

    /** {@code dir(module)}: the module's own {@code __dir__} function if it defines one, else its names. */
    @PyMethod(name = "__dir__", wholeSelf = true)
    public static Object dir(Object self) {
        // CPython's module_dir: the __dict__ attribute (a subclass may replace it), which must be a dict
        Object d = org.pyston.builtins.object.PyInstance.unwrap(org.pyston.builtins.ops.AttributeOps.getAttr(self, "__dict__"));
        if (!(d instanceof org.pyston.builtins.container.PyDict dict)) {
            throw org.pyston.builtins.exception.PyExceptions.typeError("<module>.__dict__ is not a dictionary");
        }
        Object own = dict.getStr("__dir__");
        if (own != null) {
            return org.pyston.builtins.ops.CallOps.call(own, new Object[0], null);
        }
        return org.pyston.builtins.container.PyList.wrap(org.pyston.builtins.ops.IterOps.toArray(dict));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyModule m) {
        String name = m.getName();
        if (name.equals("sys") || name.equals("builtins")) {
            return PyStr.of("<module '" + name + "' (built-in)>");
        }
        Object file = m.getDict().getStr("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module '" + name + "' from '" + f.value() + "'>");
        }
        Object spec = m.getDict().getStr("__spec__");
        if (spec != null && spec != org.pyston.builtins.object.PyNone.NONE) {
            Object origin = org.pyston.builtins.ops.AttributeOps.lookupAttr(spec, "origin");
            if (origin instanceof PyStr o && o.value().equals("built-in")) {
                return PyStr.of("<module '" + name + "' (built-in)>");
            }
        }
        return PyStr.of("<module '" + name + "'>");
    }
}
