package org.pyston.builtins.function;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code classmethod(f)}: looked up on a class or instance, gives {@code f} bound to the class. */
public final class PyClassMethod implements org.pyston.builtins.object.InstanceDictHolder {
    /** Python's {@code classmethod}. */
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, DescriptorMethods.class, true);

    /** The wrapped callable ({@code __func__}). */
    public final Object function;

    public PyClassMethod(Object function) {
        this.function = function;
    }

    /** The attribute dictionary; made on first use from the function's attributes (see {@link #instanceDict}). */
    private org.pyston.builtins.container.PyDict dict;

    /**
     * The {@code __dict__}: since 3.10 a classmethod starts with the function's {@code __module__},
     * {@code __name__}, {@code __qualname__}, {@code __doc__} and {@code __annotations__} (those it
     * has); copied when first asked for, which only differs if the function's change before.
     */
    @Override
    public synchronized org.pyston.builtins.container.PyDict instanceDict() {
        if (dict == null) {
            dict = PyStaticMethod.wrapperDict(function);
        }
        return dict;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
