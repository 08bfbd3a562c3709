package org.pyston.builtins.function;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;

/**
 * A function bound to a receiver: {@code method} for Python functions, and (as in CPython) shown
 * as {@code builtin_function_or_method} when the function is a built-in method descriptor.
 * Immutable.
 */
public final class PyBoundMethod implements PyObject, PyCallable {
    /** Python's {@code method}. */
    public static final PyType TYPE = PyType.builtin("method", PyBoundMethod.class, BoundMethodMethods.class, false);

    /** {@code __self__}. */
    public final Object self;
    /** {@code __func__}. */
    public final Object function;

    public PyBoundMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PyType getType() {
        if (function instanceof PyMethodDescriptor d) {
            return d.isSlotWrapper() ? PyMethodDescriptor.METHOD_WRAPPER_TYPE : PyBuiltinFunction.TYPE;
        }
        return TYPE;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (function instanceof PyMethodDescriptor d) {
            return d.callWithSelf(self, args, kwnames);
        }
        Object[] full = new Object[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return CallOps.call(function, full, kwnames);
    }
}
