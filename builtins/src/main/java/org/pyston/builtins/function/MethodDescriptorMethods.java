package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

/** Attributes of {@code method_descriptor}. */
public final class MethodDescriptorMethods {
    private MethodDescriptorMethods() {
    }

    /** {@code __call__} as an attribute, so {@code collections.abc.Callable} (which looks it up in the MRO) says yes. */
    @PyMethod(name = "__call__", general = true)
    public static Object call(Object self, Object[] args, String[] kwnames) {
        return org.pyston.builtins.ops.CallOps.call(self, args, kwnames);
    }

    @PyGetter("__name__")
    public static Object name(PyMethodDescriptor d) {
        return PyStr.of(d.getName());
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyMethodDescriptor d) {
        return PyStr.of(d.sig.displayName);
    }

    @PyGetter("__doc__")
    public static Object doc(PyMethodDescriptor d) {
        return BuiltinDocs.method(d.getOwner(), d.getName());
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

    /** {@code (getattr, (owner, name))}: a method of a built-in type pickles by where it is found. */
    @PyMethod(name = "__reduce__")
    public static Object reduce(PyMethodDescriptor d) {
        Object getattr = org.pyston.builtins.runtime.Interpreter.current().getBuiltinsDict().getStr("getattr");
        return org.pyston.builtins.container.PyTuple.of(getattr,
                org.pyston.builtins.container.PyTuple.of(d.owner, org.pyston.builtins.text.PyStr.of(d.getName())));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyMethodDescriptor d) {
        return PyStr.of(d.toString());
    }
}
