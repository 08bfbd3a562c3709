package org.pyston.builtins.ops;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code type(x)}, {@code isinstance}, {@code issubclass} and naming helpers for messages. */
public final class TypeOps {
    private TypeOps() {
    }

    /** {@code type(o)}. */
    public static PyType typeOf(Object o) {
        return ((PyObject) o).getType();
    }

    /** {@code type(o).__name__}, as error messages show it. */
    public static String typeName(Object o) {
        return typeOf(o).getName();
    }

    /** The "0x7f..." address shown in default reprs: stable per object (identity hash based). */
    public static String addressOf(Object o) {
        return String.format("0x%012x", Hashing.identityId(o));
    }

    /** {@code isinstance(o, cls)} where {@code cls} is a type or a (nested) tuple of types. */
    public static boolean isInstance(Object o, Object cls) {
        if (cls instanceof PyType t) {
            if (typeOf(o).isSubtype(t)) {
                return true;
            }
            Object hook = t.getType() == PyType.TYPE ? null : t.getType().lookup("__instancecheck__");
            if (hook != null) {
                return Truth.isTrue(CallOps.callWithSelf(hook, t, new Object[] {o}, null));
            }
            return false;
        }
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        throw PyExceptions.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code issubclass(c, cls)}. */
    public static boolean isSubclass(Object c, Object cls) {
        if (!(c instanceof PyType ct)) {
            throw PyExceptions.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType t) {
            return ct.isSubtype(t);
        }
        if (cls instanceof PyTuple tup) {
            for (Object x : tup.items) {
                if (isSubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        throw PyExceptions.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
