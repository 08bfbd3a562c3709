package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

/** Attributes of {@code builtin_function_or_method}. */
public final class BuiltinFunctionMethods {
    private BuiltinFunctionMethods() {
    }

    /** {@code len.__call__(*args)} (and a method-wrapper's), as calling it. */
    @PyMethod(name = "__call__", general = true)
    public static Object call(Object self, Object[] args, String[] kwnames) {
        if (self instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        throw org.pyston.builtins.exception.PyExceptions.typeError("'%s' object is not callable",
                org.pyston.builtins.ops.TypeOps.typeName(self));
    }

    @PyGetter("__name__")
    public static Object name(Object self) {
        if (self instanceof PyBoundMethod b && b.function instanceof PyMethodDescriptor d) {
            return PyStr.of(d.getName());
        }
        return PyStr.of(((PyBuiltinFunction) self).getName());
    }

    @PyGetter("__qualname__")
    public static Object qualname(Object self) {
        if (self instanceof PyBoundMethod b && b.function instanceof PyMethodDescriptor d) {
            return PyStr.of(d.sig.displayName);
        }
        return PyStr.of(((PyBuiltinFunction) self).getName());
    }

    @PyGetter("__module__")
    public static Object module(Object self) {
        if (self instanceof PyBuiltinFunction f) {
            return PyStr.of(f.module);
        }
        return PyNone.NONE;
    }

    @PyGetter("__self__")
    public static Object self(Object self) {
        if (self instanceof PyBoundMethod b) {
            return b.self;
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(Object self) {
        if (self instanceof PyBoundMethod b && b.function instanceof PyMethodDescriptor d) {
            return PyStr.of((d.isSlotWrapper() ? "<method-wrapper '" + d.getName() + "' of " : "<built-in method "
                    + d.getName() + " of ") + org.pyston.builtins.ops.TypeOps.typeName(b.self) + " object at "
                    + org.pyston.builtins.ops.TypeOps.addressOf(b.self) + ">");
        }
        return PyStr.of("<built-in function " + ((PyBuiltinFunction) self).getName() + ">");
    }
}
