package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code getset_descriptor} (the computed attributes of built-in types, such as {@code type.__dict__}). */
public final class GetSetDescriptorMethods {
    private GetSetDescriptorMethods() {
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(Object self, Object obj, Object type) {
        return obj == PyNone.NONE ? self : ((PyGetSetDescriptor) self).get(obj);
    }

    @PyMethod(name = "__set__")
    public static Object set(Object self, Object obj, Object value) {
        ((PyGetSetDescriptor) self).set(obj, value);
        return PyNone.NONE;
    }

    @PyMethod(name = "__delete__")
    public static Object delete(Object self, Object obj) {
        ((PyGetSetDescriptor) self).set(obj, null);
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(Object self) {
        return PyStr.of(self.toString());
    }

    @PyGetter("__name__")
    public static Object name(Object self) {
        return PyStr.of(((PyGetSetDescriptor) self).name);
    }

    @PyGetter("__qualname__")
    public static Object qualname(Object self) {
        PyGetSetDescriptor d = (PyGetSetDescriptor) self;
        return PyStr.of(d.owner.getQualname() + "." + d.name);
    }

    @PyGetter("__objclass__")
    public static Object objclass(Object self) {
        return ((PyGetSetDescriptor) self).owner;
    }
}
