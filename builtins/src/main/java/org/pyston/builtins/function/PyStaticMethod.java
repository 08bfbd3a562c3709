package org.pyston.builtins.function;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code staticmethod(f)}: looked up on a class or instance, gives {@code f} itself. */
public final class PyStaticMethod implements org.pyston.builtins.object.InstanceDictHolder {
    /** Python's {@code staticmethod}. */
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, StaticMethodMethods.class, true);

    /** The wrapped callable ({@code __func__}). */
    public final Object function;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    /** The attribute dictionary; made on first use from the function's attributes (see {@link #instanceDict}). */
    private org.pyston.builtins.container.PyDict dict;

    /**
     * The {@code __dict__}: since 3.10 a staticmethod starts with the function's {@code __module__},
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

    /** CPython's functools_wraps for staticmethod/classmethod: the attributes {@code f} has. */
    static org.pyston.builtins.container.PyDict wrapperDict(Object f) {
        org.pyston.builtins.container.PyDict d = new org.pyston.builtins.container.PyDict();
        for (String name : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            Object v;
            try {
                v = org.pyston.builtins.ops.AttributeOps.lookupAttr(f, name);
            } catch (org.pyston.builtins.exception.PyBaseException e) {
                if (!e.isInstance(org.pyston.builtins.exception.PyExceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                v = null;
            }
            if (v != null) {
                d.putStr(name, v);
            }
        }
        return d;
    }
}
