package org.pyston.builtins.function;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/** Attributes of {@code builtin_function_or_method}. */
public final class BuiltinFunctionMethods {
    private BuiltinFunctionMethods() {
    }

    /** {@code __call__} as an attribute, so {@code collections.abc.Callable} (which looks it up in the MRO) says yes. */
    @PyMethod(name = "__call__", general = true)
    public static Object call(Object self, Object[] args, String[] kwnames) {
        return org.pyston.builtins.ops.CallOps.call(self, args, kwnames);
    }

    /**
     * Equal when bound to the same object (identity) and the same method, as CPython's
     * meth_richcompare/wrapper_richcompare; a plain built-in function equals itself only.
     */
    @PyMethod(name = "__eq__")
    public static Object eq(Object self, Object other) {
        return org.pyston.builtins.number.PyBool.of(sameMethod(self, other));
    }

    @PyMethod(name = "__ne__")
    public static Object ne(Object self, Object other) {
        return org.pyston.builtins.number.PyBool.of(!sameMethod(self, other));
    }

    private static boolean sameMethod(Object self, Object other) {
        if (self instanceof PyBoundMethod a && other instanceof PyBoundMethod b) {
            return a.self == b.self && a.function == b.function;
        }
        return self == other;
    }

    /** From the receiver's identity, never its value (a list's methods hash though lists do not). */
    @PyMethod(name = "__hash__")
    public static Object hash(Object self) {
        if (self instanceof PyBoundMethod b) {
            return org.pyston.builtins.number.PyInt.valueOf(
                    org.pyston.builtins.ops.Hashing.identityHash(b.self) ^ org.pyston.builtins.ops.Hashing.identityHash(b.function));
        }
        return org.pyston.builtins.number.PyInt.valueOf(org.pyston.builtins.ops.Hashing.identityHash(self));
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

    @PyGetter("__doc__")
    public static Object doc(Object self) {
        if (self instanceof PyBoundMethod b && b.function instanceof PyMethodDescriptor d) {
            return BuiltinDocs.boundMethod(d, b.self);
        }
        if (self instanceof PyBuiltinFunction f && "builtins".equals(f.module)) {
            return BuiltinDocs.get(f.getName());
        }
        return PyNone.NONE;
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

    /**
     * {@code __reduce__}, as CPython's: a module-level function pickles by name (pickle then finds
     * it in {@code __module__}), a bound built-in method as {@code getattr(self, name)}.
     */
    @PyMethod(name = "__reduce__")
    public static Object reduce(Object self) {
        if (self instanceof PyBoundMethod b) {
            Object getattr = org.pyston.builtins.runtime.Interpreter.current().getBuiltinsDict().getStr("getattr");
            return org.pyston.builtins.container.PyTuple.of(getattr,
                    org.pyston.builtins.container.PyTuple.of(b.self, name(self)));
        }
        return name(self);
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
