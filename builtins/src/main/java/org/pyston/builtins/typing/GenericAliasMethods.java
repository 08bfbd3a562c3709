package org.pyston.builtins.typing;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code types.GenericAlias}, and the {@code __class_getitem__} that makes one. */
public final class GenericAliasMethods {
    private GenericAliasMethods() {}

    /** Names an alias answers itself; every other missing attribute is looked up on the origin. */
    private static final java.util.Set<String> NOT_FORWARDED = java.util.Set.of("__class__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
            "__reduce__", "__copy__", "__deepcopy__");

    @PyGetter("__origin__")
    public static Object origin(PyGenericAlias self) {
        return self.origin;
    }

    @PyGetter("__args__")
    public static Object args(PyGenericAlias self) {
        return self.args;
    }

    @PyGetter("__unpacked__")
    public static Object unpacked(PyGenericAlias self) {
        return PyBool.FALSE;
    }

    @PyGetter("__parameters__")
    public static Object parameters(PyGenericAlias self) {
        return self.parameters();
    }

    /** {@code GenericAlias(origin, args)}; subclasses (collections.abc's Callable alias) wrap it. */
    @PyMethod(name = "__new__", isStatic = true)
    public static Object new_(Object cls, Object origin, Object args) {
        return new PyGenericAlias(origin, args);
    }

    /** {@code list[T][int]}: substitutes the alias's type variables, as CPython's _Py_subs_parameters. */
    @PyMethod(name = "__getitem__")
    public static Object getitem(PyGenericAlias self, Object item) {
        return new PyGenericAlias(self.origin, self.substitute(item));
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(PyGenericAlias self) {
        return PyTuple.of(PyGenericAlias.TYPE, PyTuple.of(self.origin, self.args));
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(PyGenericAlias self, Object[] args, String[] kwnames) {
        Object r = CallOps.call(self.origin, args, kwnames);
        try {
            AttributeOps.setAttr(r, "__orig_class__", self);
        } catch (RuntimeException ignored) {
            // CPython ignores failures to set __orig_class__ (built-in instances have no dict)
        }
        return r;
    }

    @PyMethod(name = "__getattr__")
    public static Object getattr(PyGenericAlias self, Object name) {
        String n = ((PyStr) name).value();
        if (NOT_FORWARDED.contains(n)) {
            throw PyExceptions.attributeError("'types.GenericAlias' object has no attribute '%s'", n);
        }
        return AttributeOps.getAttr(self.origin, n);
    }

    @PyMethod(name = "__mro_entries__")
    public static Object mroEntries(PyGenericAlias self, Object bases) {
        return org.pyston.builtins.container.PyTuple.of(self.origin);
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyGenericAlias self, Object other) {
        if (!(other instanceof PyGenericAlias o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(self.origin == o.origin
                && org.pyston.builtins.ops.Truth.isTrue(org.pyston.builtins.ops.CompareOps.eq(self.args, o.args)));
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyGenericAlias self) {
        return new org.pyston.builtins.number.PyInt(org.pyston.builtins.ops.Hashing.hash(self.origin)
                ^ org.pyston.builtins.ops.Hashing.hash(self.args));
    }

    @PyMethod(name = "__or__")
    public static Object or(PyGenericAlias self, Object other) {
        Object r = PyUnionType.of(self, other);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @PyMethod(name = "__ror__")
    public static Object ror(PyGenericAlias self, Object other) {
        Object r = PyUnionType.of(other, self);
        return r == null ? PyNotImplemented.NOT_IMPLEMENTED : r;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyGenericAlias self) {
        StringBuilder sb = new StringBuilder(typeRepr(self.origin)).append('[');
        Object[] items = self.args.items;
        if (items.length == 0) sb.append("()");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(typeRepr(items[i]));
        }
        return PyStr.of(sb.append(']').toString());
    }

    /** How a type reads inside an alias or union: qualified name, "None", "..." or repr(). */
    static String typeRepr(Object o) {
        if (o == PyNone.NONE || o == PyNone.NONE.getType()) return "None";
        if (o == org.pyston.builtins.object.PyEllipsis.ELLIPSIS) return "...";
        if (o instanceof PyType t) {
            String mod = t.getModule();
            return mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        }
        return Repr.repr(o);
    }
}
