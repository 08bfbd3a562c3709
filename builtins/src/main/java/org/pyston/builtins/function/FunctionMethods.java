package org.pyston.builtins.function;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Attributes and methods of {@code function}. */
public final class FunctionMethods {
    private FunctionMethods() {
    }

    /** {@code __call__} as an attribute, so {@code collections.abc.Callable} (which looks it up in the MRO) says yes. */
    @PyMethod(name = "__call__", general = true)
    public static Object call(Object self, Object[] args, String[] kwnames) {
        return org.pyston.builtins.ops.CallOps.call(self, args, kwnames);
    }

    @PyGetter("__name__")
    public static Object name(PyFunction f) {
        return PyStr.of(f.getName());
    }

    @PySetter("__name__")
    public static void setName(PyFunction f, Object v) {
        f.setName(requireStr(v, "__name__"));
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyFunction f) {
        return PyStr.of(f.getQualname());
    }

    @PySetter("__qualname__")
    public static void setQualname(PyFunction f, Object v) {
        f.setQualname(requireStr(v, "__qualname__"));
    }

    private static String requireStr(Object v, String attr) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s must be set to a string object", attr);
    }

    @PyGetter("__module__")
    public static Object module(PyFunction f) {
        return f.module;
    }

    @PySetter("__module__")
    public static void setModule(PyFunction f, Object v) {
        f.module = v == null ? PyNone.NONE : v;
    }

    @PyGetter("__doc__")
    public static Object doc(PyFunction f) {
        return f.doc;
    }

    @PySetter("__doc__")
    public static void setDoc(PyFunction f, Object v) {
        f.doc = v == null ? PyNone.NONE : v;
    }

    @PyGetter("__defaults__")
    public static Object defaults(PyFunction f) {
        PyTuple d = f.getDefaults();
        return d == null ? PyNone.NONE : d;
    }

    @PySetter("__defaults__")
    public static void setDefaults(PyFunction f, Object v) {
        if (v == null || v == PyNone.NONE) {
            f.setDefaults(null);
        } else if (v instanceof PyTuple t) {
            f.setDefaults(t);
        } else {
            throw PyExceptions.typeError("__defaults__ must be set to a tuple object");
        }
    }

    @PyGetter("__kwdefaults__")
    public static Object kwdefaults(PyFunction f) {
        PyDict d = f.getKwdefaults();
        return d == null ? PyNone.NONE : d;
    }

    @PySetter("__kwdefaults__")
    public static void setKwdefaults(PyFunction f, Object v) {
        if (v == null || v == PyNone.NONE) {
            f.setKwdefaults(null);
        } else if (v instanceof PyDict d) {
            f.setKwdefaults(d);
        } else {
            throw PyExceptions.typeError("__kwdefaults__ must be set to a dict object");
        }
    }

    @PyGetter("__code__")
    public static Object code(PyFunction f) {
        return f.getCode();
    }

    @PySetter("__code__")
    public static void setCode(PyFunction f, Object v) {
        if (!(v instanceof PyCode c)) {
            throw PyExceptions.typeError("__code__ must be set to a code object");
        }
        f.setCode(c);
    }

    @PyGetter("__globals__")
    public static Object globals(PyFunction f) {
        return f.getGlobals();
    }

    @PyGetter("__closure__")
    public static Object closure(PyFunction f) {
        PyCell[] c = f.getClosure();
        return c == null ? PyNone.NONE : PyTuple.of((Object[]) c);
    }

    @PyGetter("__dict__")
    public static Object dict(PyFunction f) {
        return f.getDict();
    }

    @PyGetter("__annotations__")
    public static Object annotations(PyFunction f) {
        synchronized (f) {
            if (f.annotations == null) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }
    }

    @PySetter("__annotations__")
    public static void setAnnotations(PyFunction f, Object v) {
        f.annotations = v instanceof PyDict d ? d : null;
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(PyFunction f, Object obj, Object type) {
        if (obj == null || obj == PyNone.NONE) {
            return f;
        }
        return new PyBoundMethod(obj, f);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyFunction f) {
        return PyStr.of("<function " + f.getQualname() + " at " + TypeOps.addressOf(f) + ">");
    }
}
