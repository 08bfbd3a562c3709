package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
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

    /** {@code m.__call__(*args)}, as calling the bound method. */
    @PyMethod(name = "__call__", general = true)
    public static Object call(Object self, Object[] args, String[] kwnames) {
        if (self instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        throw org.pyston.builtins.exception.PyExceptions.typeError("'%s' object is not callable",
                org.pyston.builtins.ops.TypeOps.typeName(self));
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
        Object q = AttributeOps.lookupAttr(m.function, "__qualname__");
        String qn = q instanceof PyStr s ? s.value : "?";
        return PyStr.of("<bound method " + qn + " of " + Repr.repr(m.self) + ">");
    }
}
