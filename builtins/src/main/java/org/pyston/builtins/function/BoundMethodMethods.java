package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.text.PyStr;

/** Attributes of {@code method} (a Python function bound to a receiver). */
public final class BoundMethodMethods {
    private BoundMethodMethods() {
    }

    /** {@code __call__} as an attribute, so {@code collections.abc.Callable} (which looks it up in the MRO) says yes. */
    @PyMethod(name = "__call__", general = true)
    public static Object call(Object self, Object[] args, String[] kwnames) {
        return org.pyston.builtins.ops.CallOps.call(self, args, kwnames);
    }

    /** {@code types.MethodType(function, instance)}: binds any callable to a receiver. */
    @PyMethod(name = "__new__", isStatic = true)
    public static Object new_(Object cls, Object function, Object instance) {
        if (!org.pyston.builtins.module.BuiltinsModule.callable(function)) {
            throw PyExceptions.typeError("first argument must be callable");
        }
        if (instance == PyNone.NONE) {
            throw PyExceptions.typeError("instance must not be None");
        }
        return new PyBoundMethod(instance, function);
    }

    /** Attributes the method itself lacks come from the function ({@code __isabstractmethod__}, user attributes). */
    @PyMethod(name = "__getattr__")
    public static Object getattr(PyBoundMethod m, Object name) {
        return AttributeOps.getAttr(m.function, ((PyStr) name).value());
    }

    @PyGetter("__self__")
    public static Object self(PyBoundMethod m) {
        return m.self;
    }

    @PyGetter("__func__")
    public static Object func(PyBoundMethod m) {
        return m.function;
    }

    @PyGetter("__name__")
    public static Object name(PyBoundMethod m) {
        return AttributeOps.getAttr(m.function, "__name__");
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyBoundMethod m) {
        return AttributeOps.getAttr(m.function, "__qualname__");
    }

    @PyGetter("__doc__")
    public static Object doc(PyBoundMethod m) {
        if (m.function instanceof PyMethodDescriptor d) return BuiltinDocs.boundMethod(d, m.self);
        return AttributeOps.getAttr(m.function, "__doc__");
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyBoundMethod m, Object other) {
        if (!(other instanceof PyBoundMethod o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(m.self == o.self && CompareOps.eqBool(m.function, o.function));
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyBoundMethod m) {
        return new PyInt(Hashing.identityHash(m.self) ^ Hashing.hash(m.function));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyBoundMethod m) {
        // CPython falls back to __name__ when the function has no __qualname__
        Object q = AttributeOps.lookupAttr(m.function, "__qualname__");
        if (!(q instanceof PyStr)) {
            q = AttributeOps.lookupAttr(m.function, "__name__");
        }
        String qn = q instanceof PyStr s ? s.value() : "?";
        return PyStr.of("<bound method " + qn + " of " + Repr.repr(m.self) + ">");
    }
}
