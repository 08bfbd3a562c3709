package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.typing.PyGenericAlias;

/**
 * Methods of {@code mappingproxy}: every read operation forwards to the viewed mapping; there is
 * no {@code __setitem__}/{@code __delitem__}, so writes fail with the generic "does not support
 * item assignment" error, as in CPython.
 */
@org.pyston.builtins.object.Unhashable
public final class MappingProxyMethods {
    private MappingProxyMethods() {
    }

    private static final String[] NEW_NAMES = {"mapping"};

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        if (rest.length == 0 || (kwnames != null && rest.length == kwnames.length
                && !java.util.Arrays.asList(kwnames).contains("mapping"))) {
            // Argument Clinic reports the missing argument before an unexpected keyword
            throw PyExceptions.typeError("mappingproxy() missing required argument 'mapping' (pos 1)");
        }
        Object m = ArgParser.parse("mappingproxy", rest, kwnames, 1, NEW_NAMES, 1)[0];
        if (m instanceof PyMappingProxy p) {
            return p;
        }
        // CPython's mappingproxy_check_mapping: has __getitem__, and is not a list or tuple.
        if (m instanceof PyList || m instanceof PyTuple || TypeOps.typeOf(m).lookup("__getitem__") == null
                || TypeOps.typeOf(m).isSubtype(PyList.TYPE) || TypeOps.typeOf(m).isSubtype(PyTuple.TYPE)) {
            throw PyExceptions.typeError("mappingproxy() argument must be a mapping, not %s", TypeOps.typeName(m));
        }
        return PyMappingProxy.of(m);
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyMappingProxy self, Object key) {
        return ItemOps.getItem(self.mapping(), key);
    }

    @PyMethod(name = "__len__")
    public static Object len(PyMappingProxy self) {
        return PyInt.valueOf(ItemOps.len(self.mapping()));
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(PyMappingProxy self, Object key) {
        return CompareOps.contains(self.mapping(), key);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyMappingProxy self) {
        return IterOps.iter(self.mapping());
    }

    @PyMethod(name = "__reversed__")
    public static Object reversed(PyMappingProxy self) {
        return CallOps.call(org.pyston.builtins.module.BuiltinIterators.Reversed.TYPE, new Object[] {self.mapping()}, null);
    }

    @PyMethod(required = 1)
    public static Object get(PyMappingProxy self, Object key, Object dflt) {
        Object d = dflt == null ? PyNone.NONE : dflt;
        Object m = self.mapping();
        if (m instanceof PyDict dict) {
            Object v = dict.get(key);
            return v == null ? d : v;
        }
        return CallOps.callMethod(m, "get", new Object[] {key, d}, null);
    }

    @PyMethod
    public static Object keys(PyMappingProxy self) {
        return CallOps.callMethod(self.mapping(), "keys", new Object[0], null);
    }

    @PyMethod
    public static Object values(PyMappingProxy self) {
        return CallOps.callMethod(self.mapping(), "values", new Object[0], null);
    }

    @PyMethod
    public static Object items(PyMappingProxy self) {
        return CallOps.callMethod(self.mapping(), "items", new Object[0], null);
    }

    @PyMethod
    public static Object copy(PyMappingProxy self) {
        return CallOps.callMethod(self.mapping(), "copy", new Object[0], null);
    }

    @PyMethod(name = "__or__")
    public static Object or(PyMappingProxy self, Object other) {
        return BinaryOps.or(self.mapping(), other instanceof PyMappingProxy p ? p.mapping() : other);
    }

    @PyMethod(name = "__ror__")
    public static Object ror(PyMappingProxy self, Object other) {
        return BinaryOps.or(other, self.mapping());
    }

    @PyMethod(name = "__ior__")
    public static Object ior(PyMappingProxy self, Object other) {
        throw PyExceptions.typeError("'|=' is not supported by mappingproxy; use '|' instead");
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyMappingProxy self, Object other) {
        return CompareOps.eq(self.mapping(), other);
    }

    @PyMethod(name = "__ne__")
    public static Object ne(PyMappingProxy self, Object other) {
        return CompareOps.ne(self.mapping(), other);
    }

    @PyMethod(name = "__lt__")
    public static Object lt(PyMappingProxy self, Object other) {
        return CompareOps.lt(self.mapping(), other);
    }

    @PyMethod(name = "__le__")
    public static Object le(PyMappingProxy self, Object other) {
        return CompareOps.le(self.mapping(), other);
    }

    @PyMethod(name = "__gt__")
    public static Object gt(PyMappingProxy self, Object other) {
        return CompareOps.gt(self.mapping(), other);
    }

    @PyMethod(name = "__ge__")
    public static Object ge(PyMappingProxy self, Object other) {
        return CompareOps.ge(self.mapping(), other);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyMappingProxy self) {
        return PyStr.of("mappingproxy(" + Repr.repr(self.mapping()) + ")");
    }

    @PyMethod(name = "__str__")
    public static Object str(PyMappingProxy self) {
        return PyStr.of(Repr.str(self.mapping()));
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
