package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

/** Attributes of {@code method_descriptor}. */
public final class MethodDescriptorMethods {
    private MethodDescriptorMethods() {
    }

    @PyGetter("__name__")
    public static Object name(PyMethodDescriptor d) {
        return PyStr.of(d.getName());
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyMethodDescriptor d) {
        return PyStr.of(d.sig.displayName);
    }

    @PyGetter("__objclass__")
    public static Object objclass(PyMethodDescriptor d) {
        return d.owner;
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(PyMethodDescriptor d, Object obj, Object type) {
        if (obj == null || obj == PyNone.NONE) {
            return d;
        }
        return new PyBoundMethod(obj, d);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyMethodDescriptor d) {
        return PyStr.of(d.toString());
    }
}
