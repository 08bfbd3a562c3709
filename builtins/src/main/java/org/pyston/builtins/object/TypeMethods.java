package org.pyston.builtins.object;


import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Attributes and methods of {@code type}. */
public final class TypeMethods {
    private TypeMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 4) {
            // type(x) and type()'s own count are type.__call__'s (TypeCall); here, metaclasses' calls
            if (npos == 0) {
                throw PyExceptions.typeError("type.__new__(): not enough arguments");
            }
            throw PyExceptions.typeError("type.__new__() takes exactly 3 arguments (%d given)", npos - 1);
        }
        if (!(args[0] instanceof PyType meta)) {
            throw PyExceptions.typeError("type.__new__(X): X is not a type object (%s)", TypeOps.typeName(args[0]));
        }
        if (!meta.isSubtype(PyType.TYPE)) {
            throw PyExceptions.typeError("type.__new__(%s): %s is not a subtype of type", meta.getName(), meta.getName());
        }
        if (!(args[1] instanceof PyStr name)) {
            throw PyExceptions.typeError("type.__new__() argument 1 must be str, not %s", TypeOps.typeName(args[1]));
        }
        if (!(args[2] instanceof PyTuple bases)) {
            throw PyExceptions.typeError("type.__new__() argument 2 must be tuple, not %s", TypeOps.typeName(args[2]));
        }
        if (!(PyInstance.unwrap(args[3]) instanceof PyDict given)) {
            throw PyExceptions.typeError("type.__new__() argument 3 must be dict, not %s", TypeOps.typeName(args[3]));
        }
        checkTypeName(name.value());
        PyDict ns = namespaceCopySource(args[3], given);
        // type(name, bases, ns) where a base's metaclass is more derived: that metaclass's __new__ makes
        // the class (CPython's type_new), so EnumType.__new__ gets its keywords
        PyType winner = ClassBuilder.winnerMetaclass(meta, bases.items);
        if (winner != meta) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew != null && winnerNew != PyType.TYPE.lookup("__new__")) {
                Object[] again = args.clone();
                again[0] = winner;
                return org.pyston.builtins.ops.CallOps.call(
                        org.pyston.builtins.ops.AttributeOps.descriptorGet(winnerNew, null, winner), again, kwnames);
            }
        }
        Object[] kwValues = nkw == 0 ? null : java.util.Arrays.copyOfRange(args, npos, args.length);
        return ClassBuilder.newClass(meta, name.value(), bases, ns, kwValues, nkw == 0 ? null : kwnames);
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(Object self, Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos != 1 && npos != 3) {
            throw PyExceptions.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return PyNone.NONE;
    }

    /** {@code type.__prepare__(name, bases, **kw)}: the default class namespace, a new dict. */
    @PyMethod(name = "__prepare__", isClass = true, general = true)
    public static Object prepare(Object meta, Object[] args, String[] kwnames) {
        return new PyDict();
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(PyType self, Object[] args, String[] kwnames) {
        return TypeCall.call(self, args, kwnames);
    }

    @PyGetter("__name__")
    public static Object name(PyType t) {
        return PyStr.of(t.getName());
    }

    @PySetter("__name__")
    public static void setName(PyType t, Object v) {
        checkSpecialAttr(t, v, "__name__");
        // a str subclass instance is a str (PyUnicode_Check); its value is the name
        if (!(PyInstance.unwrap(v) instanceof PyStr s)) {
            throw PyExceptions.typeError("can only assign string to %s.__name__, not '%s'", t.getName(), TypeOps.typeName(v));
        }
        checkTypeName(s.value());
        t.setName(s.value());
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyType t) {
        return PyStr.of(t.getQualname());
    }

    @PySetter("__qualname__")
    public static void setQualname(PyType t, Object v) {
        checkSpecialAttr(t, v, "__qualname__");
        if (!(PyInstance.unwrap(v) instanceof PyStr s)) {
            throw PyExceptions.typeError("can only assign string to %s.__qualname__, not '%s'", t.getName(),
                    TypeOps.typeName(v));
        }
        t.setQualname(s.value());
    }

    @PyGetter("__module__")
    public static Object module(PyType t) {
        Object m = t.lookupLocal("__module__");
        if (m instanceof String s) {
            return PyStr.of(s);
        }
        // a built-in type's dict may hold a descriptor under the name (type's own does)
        return m == null || t.isBuiltin() ? PyStr.of(t.getModule()) : m;
    }

    /**
     * {@code C.__annotations__} (3.10): the class's own entry, made empty and stored on first
     * access when the class has none (never a base's); built-in types have none.
     */
    @PyGetter("__annotations__")
    public static Object annotations(PyType t) {
        if (t.isBuiltin()) {
            throw PyExceptions.attributeError("type object '%s' has no attribute '__annotations__'", t.tpName());
        }
        Object a = t.lookupLocal("__annotations__");
        if (a == null) {
            a = new org.pyston.builtins.container.PyDict();
            t.setAttribute("__annotations__", a);
            return a;
        }
        if (!(a instanceof String) && TypeOps.typeOf(a).lookup("__get__") != null) {
            return org.pyston.builtins.ops.AttributeOps.descriptorGet(a, null, t);
        }
        return a;
    }

    @PySetter("__annotations__")
    public static void setAnnotations(PyType t, Object v) {
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '__annotations__' attribute of immutable type '%s'", t.getName());
        }
        if (v == null) {
            if (!t.setAttribute("__annotations__", null)) {
                throw PyExceptions.attributeError("__annotations__");
            }
            return;
        }
        t.setAttribute("__annotations__", v);
    }

    @PySetter("__module__")
    public static void setModule(PyType t, Object v) {
        checkSpecialAttr(t, v, "__module__");
        t.setAttribute("__module__", v);
    }

    @PyGetter("__bases__")
    public static Object bases(PyType t) {
        return PyTuple.of((Object[]) t.getBases());
    }

    /** {@code C.__bases__ = ...}: see {@link TypeMro#assignBases}. */
    @PySetter("__bases__")
    public static void setBases(PyType t, Object v) {
        TypeMro.assignBases(t, v);
    }

    /**
     * {@code __base__}: CPython's best base, the first base whose instance layout (solid base) is
     * the most derived one ({@code int} in {@code type('C', (B, int), {})}).
     */
    /** CPython's checks of a new type's name: no NUL, and encodable as UTF-8 (no lone surrogates). */
    static void checkTypeName(String name) {
        if (name.indexOf('\0') >= 0) {
            throw PyExceptions.valueError("type name must not contain null characters");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isSurrogate(name.charAt(i))) {
                org.pyston.builtins.text.Codecs.encode(name, "utf-8", "strict"); // raises for a lone one
                break;
            }
        }
    }

    /**
     * The namespace a new class is made from: a dict subclass that iterates its own way
     * ({@code OrderedDict} after {@code move_to_end}) is read through {@code keys()} and
     * {@code __getitem__}, as CPython's dict copy merges a mapping; a plain dict as it is.
     */
    private static PyDict namespaceCopySource(Object given, PyDict storage) {
        if (given == storage || TypeOps.typeOf(given).lookup("__iter__") == PyDict.TYPE.lookup("__iter__")) {
            return storage;
        }
        PyDict copy = new PyDict();
        Object it = org.pyston.builtins.ops.IterOps.iter(org.pyston.builtins.ops.CallOps.callMethod(given, "keys", new Object[0], null));
        for (Object k = org.pyston.builtins.ops.IterOps.next(it); k != null; k = org.pyston.builtins.ops.IterOps.next(it)) {
            copy.put(k, org.pyston.builtins.ops.ItemOps.getItem(given, k));
        }
        return copy;
    }

    @PyGetter("__base__")
    public static Object base(PyType t) {
        PyType b = t.getBase();
        PyType[] bases = t.getBases();
        if (bases.length > 1 && !t.isBuiltin()) {
            PyType winner = null;
            for (PyType candidate : bases) {
                PyType solid = ClassBuilder.solidBase(candidate);
                if (winner == null || (solid != winner && solid.isSubtype(winner))) {
                    winner = solid;
                    b = candidate;
                }
            }
        }
        return b == null ? PyNone.NONE : b;
    }

    /**
     * {@code __flags__}: CPython's {@code tp_flags} bits that describe a type rather than its C
     * implementation: heap or static (immutable) type, subclassable, GC-tracked instances,
     * abstract, sequence/mapping for match, match-self, the fast subclass bits (int, list, tuple,
     * bytes, str, dict, BaseException, type). copyreg reads the heap-type bit to find the built-in
     * base of an instance it pickles; inspect reads the abstract bit.
     */
    @PyGetter("__flags__")
    public static Object flags(PyType t) {
        long f = (1L << 12); // READY
        if (t.isBuiltin()) {
            f |= (1L << 8) | (1L << 19); // IMMUTABLETYPE, VALID_VERSION_TAG
        } else {
            f |= 1L << 9; // HEAPTYPE
            if (t.hasInstanceDict() && t.layout() != PyType.Layout.EXCEPTION
                    && !VARIABLE_SIZE.contains(ClassBuilder.solidBase(t).getName())) {
                f |= 1L << 4; // MANAGED_DICT: a dict this class adds (exceptions have theirs), not after variable-size items
            }
        }
        if (t.isBaseType()) {
            f |= 1L << 10;
        }
        if (TypeMro.isTracked(t)) {
            f |= 1L << 14; // HAVE_GC
        }
        Object am = t.lookupLocal("__abstractmethods__");
        if (am != null && !(am instanceof String) && org.pyston.builtins.ops.Truth.isTrue(am)) {
            f |= 1L << 20;
        }
        f |= t.collectionFlags();
        for (PyType c : t.getMro()) {
            if (c.isBuiltin() && "builtins".equals(c.getModule()) && MATCH_SELF.contains(c.getName())) {
                f |= 1L << 22;
                break;
            }
        }
        PyType[] subclassBits = {org.pyston.builtins.number.PyInt.TYPE, org.pyston.builtins.container.PyList.TYPE,
                PyTuple.TYPE, org.pyston.builtins.text.PyBytes.TYPE, PyStr.TYPE, PyDict.TYPE,
                org.pyston.builtins.exception.PyExceptions.BASE_EXCEPTION, PyType.TYPE};
        for (int i = 0; i < subclassBits.length; i++) {
            if (t.isSubtype(subclassBits[i])) {
                f |= 1L << (24 + i);
            }
        }
        return new org.pyston.builtins.number.PyInt(f);
    }

    /** The built-in bases whose CPython instances have variable size (tp_itemsize != 0). */
    private static final java.util.Set<String> VARIABLE_SIZE = java.util.Set.of("int", "bool", "tuple", "bytes", "type");

    /** The built-in types a class pattern {@code C(x)} matches as a whole (_Py_TPFLAGS_MATCH_SELF). */
    private static final java.util.Set<String> MATCH_SELF = java.util.Set.of("bool", "bytearray", "bytes", "dict",
            "float", "frozenset", "int", "list", "set", "str", "tuple");

    @PyGetter("__mro__")
    public static Object mroAttr(PyType t) {
        if (t.isMroUnset()) {
            return PyNone.NONE;
        }
        return PyTuple.of((Object[]) t.getMro());
    }

    @PyMethod
    public static Object mro(PyType t) {
        return PyList.of((Object[]) t.c3Mro());
    }

    @PyMethod(name = "__subclasses__")
    public static Object subclasses(PyType t) {
        return PyList.of(t.subclasses().toArray());
    }

    /** {@code C.__dict__}: a read-only live view; the namespace changes only through setattr on the class. */
    @PyGetter("__dict__")
    public static Object dict(PyType t) {
        return org.pyston.builtins.container.PyMappingProxy.ofType(t);
    }

    @PyGetter("__doc__")
    public static Object doc(PyType t) {
        Object d = t.lookupLocal("__doc__");
        if (d != null && t != PyType.TYPE && !(d instanceof PyStr) && d != PyNone.NONE) {
            // a descriptor stored as the class's __doc__ (CPython calls its __get__ with no instance)
            return AttributeOps.descriptorGet(d, null, t);
        }
        if ((d == null || d == PyNone.NONE) && t.isBuiltin() && t.getModule().equals("builtins")) {
            return org.pyston.builtins.function.BuiltinDocs.get(t.getName());
        }
        return d == null ? PyNone.NONE : d;
    }

    @PySetter("__doc__")
    public static void setDoc(PyType t, Object v) {
        checkSpecialAttr(t, v, "__doc__");
        t.setAttribute("__doc__", v);
    }

    /**
     * CPython's check_set_special_type_attr, for the attributes type itself defines
     * ({@code __name__}, {@code __qualname__}, {@code __doc__}, {@code __module__}): a built-in type's
     * cannot be set, and no class's can be deleted ({@code v} null).
     */
    static void checkSpecialAttr(PyType t, Object v, String attr) {
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '%s' attribute of immutable type '%s'", attr, t.getName());
        }
        if (v == null) {
            throw PyExceptions.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, t.getName());
        }
    }

    /** {@code type.__dir__}: the names in the class's and its bases' dictionaries (not the metaclass's). */
    @PyMethod(name = "__dir__")
    public static Object dir(PyType t) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (PyType c : t.getMro()) {
            names.addAll(c.dictSnapshot().keySet());
        }
        org.pyston.builtins.container.PyList out = new org.pyston.builtins.container.PyList();
        for (String n : names) {
            out.append(PyStr.of(n));
        }
        return out;
    }

    @PyMethod(name = "__instancecheck__")
    public static Object instancecheck(PyType t, Object o) {
        return PyBool.of(TypeOps.typeOf(o).isSubtype(t));
    }

    @PyMethod(name = "__subclasscheck__")
    public static Object subclasscheck(PyType t, Object c) {
        return PyBool.of(TypeOps.realIsSubclass(c, t));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyType t) {
        String mod = t.getModule();
        return PyStr.of("<class '" + (mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname()) + "'>");
    }
}
