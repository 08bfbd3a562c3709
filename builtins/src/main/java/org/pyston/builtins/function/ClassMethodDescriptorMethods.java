package org.pyston.builtins.function;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** The methods of {@code classmethod_descriptor} ({@link PyClassMethodDescriptor}). */
public final class ClassMethodDescriptorMethods {
    private ClassMethodDescriptorMethods() {
    }

    @PyGetter("__name__")
    public static Object name(PyClassMethodDescriptor d) {
        return PyStr.of(d.method.getName());
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyClassMethodDescriptor d) {
        return PyStr.of(d.owner.getName() + "." + d.method.getName());
    }

    @PyGetter("__objclass__")
    public static Object objclass(PyClassMethodDescriptor d) {
        return d.owner;
    }

    @PyGetter("__doc__")
    public static Object doc(PyClassMethodDescriptor d) {
        return BuiltinDocs.method(d.owner, d.method.getName());
    }

    /** CPython's classmethod_get: bound to {@code type}, or to the instance's class. */
    @PyMethod(name = "__get__", required = 1)
    public static Object get(PyClassMethodDescriptor d, Object obj, Object type) {
        if (type == null || type == PyNone.NONE) {
            if (obj == null || obj == PyNone.NONE) {
                throw PyExceptions.typeError("descriptor '%s' for type '%s' needs either an object or a type",
                        d.method.getName(), d.owner.getName());
            }
            return d.bind(TypeOps.typeOf(obj));
        }
        if (!(type instanceof PyType t)) {
            throw PyExceptions.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                    d.method.getName(), d.owner.getName(), TypeOps.typeName(type));
        }
        return d.bind(t);
    }

    /** Called directly, the first argument is the class: {@code dict.__dict__['fromkeys'](dict, 'ab')}. */
    @PyMethod(name = "__call__", general = true)
    public static Object call(PyClassMethodDescriptor d, Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyExceptions.typeError("descriptor '%s' of '%s' object needs an argument",
                    d.method.getName(), d.owner.getName());
        }
        if (!(args[0] instanceof PyType t)) {
            throw PyExceptions.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                    d.method.getName(), d.owner.getName(), TypeOps.typeName(args[0]));
        }
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return CallOps.call(d.bind(t), rest, kwnames);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyClassMethodDescriptor d) {
        return PyStr.of(d.toString());
    }
}
