package org.pyston.builtins.typing;

import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code types.UnionType}, and {@code type.__or__}/{@code __ror__} that make one. */
public final class UnionTypeMethods {
    private UnionTypeMethods() {}

    @PyGetter("__args__")
    public static Object args(PyUnionType self) {
        return self.args;
    }

    @PyMethod(name = "__or__")
    public static Object or(Object self, Object other) {
        Object r = PyUnionType.of(self, other);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @PyMethod(name = "__ror__")
    public static Object ror(Object self, Object other) {
        Object r = PyUnionType.of(other, self);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyUnionType self, Object other) {
        if (!(other instanceof PyUnionType o)) return PyNotImplemented.NOT_IMPLEMENTED;
        java.util.Set<Object> a = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Object> b = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        a.addAll(java.util.Arrays.asList(self.args.items));
        b.addAll(java.util.Arrays.asList(o.args.items));
        return PyBool.of(a.equals(b));
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyUnionType self) {
        long h = 0;
        for (Object x : self.args.items) h ^= System.identityHashCode(x);
        return new org.pyston.builtins.number.PyInt(h);
    }

    @PyMethod(name = "__instancecheck__")
    public static Object instancecheck(PyUnionType self, Object obj) {
        for (Object t : self.args.items) if (TypeOps.isInstance(obj, t)) return PyBool.TRUE;
        return PyBool.FALSE;
    }

    @PyMethod(name = "__subclasscheck__")
    public static Object subclasscheck(PyUnionType self, Object cls) {
        for (Object t : self.args.items) if (TypeOps.isSubclass(cls, t)) return PyBool.TRUE;
        return PyBool.FALSE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyUnionType self) {
        StringBuilder sb = new StringBuilder();
        for (Object x : self.args.items) {
            if (sb.length() > 0) sb.append(" | ");
            sb.append(GenericAliasMethods.typeRepr(x));
        }
        return PyStr.of(sb.toString());
    }

    /** Hooks installed on {@code type} itself: {@code int | str}. */
    public static final class TypeOr {
        private TypeOr() {}

        @PyMethod(name = "__or__")
        public static Object or(PyType self, Object other) {
            return UnionTypeMethods.or(self, other);
        }

        @PyMethod(name = "__ror__")
        public static Object ror(PyType self, Object other) {
            return UnionTypeMethods.ror(self, other);
        }
    }

    /**
     * Installs {@code __class_getitem__} on the built-in generic containers and {@code __or__} on
     * type; called once when the builtins module is first built.
     */
    public static void install() {
        PyType.TYPE.addDeclarations(TypeOr.class);
        PyType[] generics = {org.pyston.builtins.container.PyList.TYPE, org.pyston.builtins.container.PyDict.TYPE,
            org.pyston.builtins.container.PyTuple.TYPE, org.pyston.builtins.container.PySet.TYPE,
            org.pyston.builtins.container.PyFrozenSet.TYPE, PyType.TYPE};
        for (PyType t : generics) {
            t.addDefaultDeclarations(ClassGetitem.class);
        }
    }

    /** The {@code __class_getitem__} declaration alone. */
    public static final class ClassGetitem {
        private ClassGetitem() {}

        @PyMethod(name = "__class_getitem__", isClass = true)
        public static Object classGetitem(PyType cls, Object item) {
            return new PyGenericAlias(cls, item);
        }
    }
}
