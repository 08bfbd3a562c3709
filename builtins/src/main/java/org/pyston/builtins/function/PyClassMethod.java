package org.pyston.builtins.function;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code classmethod(f)}: looked up on a class or instance, gives {@code f} bound to the class. */
public final class PyClassMethod implements PyObject {
    /** Python's {@code classmethod}. */
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, DescriptorMethods.class, true);

    /** The wrapped callable ({@code __func__}). */
    public final Object function;

    public PyClassMethod(Object function) {
        this.function = function;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
