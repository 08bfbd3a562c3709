package org.pyston.builtins.function;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * CPython's {@code classmethod_descriptor}: a class method of a built-in type as it sits in the
 * type's dictionary ({@code dict.__dict__['fromkeys']}, {@code int.__dict__['from_bytes']}).
 * Looked up on the type, a subclass or an instance it gives the method bound to that class, so a
 * subclass's {@code fromkeys} builds an instance of the subclass.
 */
public final class PyClassMethodDescriptor implements PyObject {
    /** Python's {@code classmethod_descriptor} ({@code types.ClassMethodDescriptorType}). */
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescriptor.class,
            ClassMethodDescriptorMethods.class, false);

    /** The built-in type that defines the method ({@code __objclass__}). */
    public final PyType owner;
    /** The method, whose receiver is the class it is bound to. */
    public final PyMethodDescriptor method;

    public PyClassMethodDescriptor(PyType owner, PyMethodDescriptor method) {
        this.owner = owner;
        this.method = method;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The method bound to {@code cls}, which must be the owner or a subclass of it. */
    public Object bind(PyType cls) {
        if (!cls.isSubtype(owner)) {
            throw org.pyston.builtins.exception.PyExceptions.typeError(
                    "descriptor '%s' requires a subtype of '%s' but received '%s'",
                    method.getName(), owner.getName(), cls.getName());
        }
        return new PyBoundMethod(cls, method);
    }

    @Override
    public String toString() {
        return "<method '" + method.getName() + "' of '" + owner.getName() + "' objects>";
    }
}
