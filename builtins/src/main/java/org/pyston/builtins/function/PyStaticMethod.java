package org.pyston.builtins.function;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code staticmethod(f)}: looked up on a class or instance, gives {@code f} itself. */
public final class PyStaticMethod implements PyObject {
    /** Python's {@code staticmethod}. */
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, StaticMethodMethods.class, true);

    /** The wrapped callable ({@code __func__}). */
    public final Object function;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
