package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code member_descriptor} (the descriptors {@code __slots__} creates). */
public final class MemberDescriptorMethods {
    private MemberDescriptorMethods() {
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(Object self, Object obj, Object type) {
        return obj == PyNone.NONE ? self : ((PyMemberDescriptor) self).get(obj);
    }

    @PyMethod(name = "__set__")
    public static Object set(Object self, Object obj, Object value) {
        ((PyMemberDescriptor) self).set(obj, value);
        return PyNone.NONE;
    }

    @PyMethod(name = "__delete__")
    public static Object delete(Object self, Object obj) {
        ((PyMemberDescriptor) self).set(obj, null);
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(Object self) {
        return PyStr.of(self.toString());
    }

    @PyGetter("__name__")
    public static Object name(Object self) {
        return PyStr.of(((PyMemberDescriptor) self).name);
    }

    @PyGetter("__objclass__")
    public static Object objclass(Object self) {
        return ((PyMemberDescriptor) self).owner;
    }
}
