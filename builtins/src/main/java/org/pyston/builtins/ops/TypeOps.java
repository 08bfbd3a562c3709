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

    /** The type's name as error messages show it: CPython's tp_name ({@link PyType#tpName}). */
    public static String typeName(Object o) {
        return typeOf(o).tpName();
    }

    /** The "0x7f..." address shown in default reprs: stable per object (identity hash based). */
    public static String addressOf(Object o) {
        return String.format("0x%012x", Hashing.identityId(o));
    }

    /**
     * {@code isinstance(o, cls)} as CPython's PyObject_IsInstance: an exact type match needs no
     * hook; a class whose metaclass is exactly {@code type} is a subtype test; otherwise the
     * metaclass's {@code __instancecheck__} decides (a tuple is tried item by item).
     */
    public static boolean isInstance(Object o, Object cls) {
        PyType ot = typeOf(o);
        if (ot == cls) {
            return true;
        }
        if (cls instanceof PyType t && t.getType() == PyType.TYPE) {
            return ot.isSubtype(t);
        }
        if (cls instanceof PyTuple tup) {
            for (Object c : tup.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        Object hook = typeOf(cls).lookup("__instancecheck__");
        if (hook != null) {
            return Truth.isTrue(CallOps.callWithSelf(hook, cls, new Object[] {o}, null));
        }
        throw PyExceptions.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /**
     * {@code issubclass(c, cls)} as CPython's PyObject_IsSubclass: the metaclass's
     * {@code __subclasscheck__} decides unless the metaclass is exactly {@code type}.
     */
    public static boolean isSubclass(Object c, Object cls) {
        if (cls instanceof PyType t && t.getType() == PyType.TYPE) {
            return realIsSubclass(c, t);
        }
        if (cls instanceof PyTuple tup) {
            for (Object x : tup.items) {
                if (isSubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        Object hook = typeOf(cls).lookup("__subclasscheck__");
        if (hook != null) {
            return Truth.isTrue(CallOps.callWithSelf(hook, cls, new Object[] {c}, null));
        }
        throw PyExceptions.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** {@code type.__subclasscheck__}: the MRO test, without hooks. */
    public static boolean realIsSubclass(Object c, PyType t) {
        if (!(c instanceof PyType ct)) {
            throw PyExceptions.typeError("issubclass() arg 1 must be a class");
        }
        return ct.isSubtype(t);
    }
}
