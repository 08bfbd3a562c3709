package org.pyston.builtins.object;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code object}, inherited by every type. */
public final class ObjectMethods {
    private ObjectMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (args.length == 0 || !(args[0] instanceof PyType cls)) {
            throw PyExceptions.typeError("object.__new__(X): X is not a type object");
        }
        boolean excess = args.length > 1;
        if (excess) {
            if (cls.lookup("__new__") != PyType.OBJECT.lookupLocal("__new__")) {
                throw PyExceptions.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == PyType.OBJECT.lookupLocal("__init__")) {
                throw PyExceptions.typeError("%s() takes no arguments", cls.getName());
            }
        }
        if (cls.layout() != PyType.Layout.INSTANCE || cls.builtinBase() != null) {
            throw PyExceptions.typeError("object.__new__(%s) is not safe, use %s.__new__()", cls.getName(),
                    cls.getName());
        }
        checkNotAbstract(cls);
        return new PyInstance(cls);
    }

    /**
     * CPython's Py_TPFLAGS_IS_ABSTRACT test: a class whose own {@code __abstractmethods__} (set by
     * abc.ABCMeta) is non-empty cannot be instantiated; the names are listed sorted.
     */
    static void checkNotAbstract(PyType cls) {
        Object am = cls.lookupLocal("__abstractmethods__");
        if (am == null || !org.pyston.builtins.ops.Truth.isTrue(am)) {
            return;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        Object it = org.pyston.builtins.ops.IterOps.iter(am);
        for (Object n = org.pyston.builtins.ops.IterOps.next(it); n != null; n = org.pyston.builtins.ops.IterOps.next(it)) {
            names.add(Repr.str(n));
        }
        java.util.Collections.sort(names);
        throw PyExceptions.typeError("Can't instantiate abstract class %s with abstract method%s %s", cls.getName(),
                names.size() == 1 ? "" : "s", String.join(", ", names));
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(Object self, Object[] args, String[] kwnames) {
        if (args.length > 0) {
            PyType cls = TypeOps.typeOf(self);
            if (cls.lookup("__init__") != PyType.OBJECT.lookupLocal("__init__")) {
                throw PyExceptions.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (cls.lookup("__new__") == PyType.OBJECT.lookupLocal("__new__")) {
                throw PyExceptions.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", cls.getName());
            }
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(Object self) {
        PyType t = TypeOps.typeOf(self);
        String mod = t.getModule();
        String name = mod.equals("builtins") ? t.getQualname() : mod + "." + t.getQualname();
        return PyStr.of("<" + name + " object at " + TypeOps.addressOf(self) + ">");
    }

    @PyMethod(name = "__str__")
    public static Object str(Object self) {
        return PyStr.of(Repr.repr(self));
    }

    @PyMethod(name = "__eq__")
    public static Object eq(Object self, Object other) {
        return self == other ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(name = "__ne__")
    public static Object ne(Object self, Object other) {
        PyType t = TypeOps.typeOf(self);
        Object r = org.pyston.builtins.ops.CompareOps.callComparison(t.lookup("__eq__"), self, t, other);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        return PyBool.of(!org.pyston.builtins.ops.Truth.isTrue(r));
    }

    @PyMethod(name = "__lt__")
    public static Object lt(Object self, Object other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(name = "__le__")
    public static Object le(Object self, Object other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(name = "__gt__")
    public static Object gt(Object self, Object other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(name = "__ge__")
    public static Object ge(Object self, Object other) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(name = "__subclasshook__", isClass = true, general = true)
    public static Object subclasshook(Object cls, Object[] args, String[] kwnames) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    /**
     * An estimate of the object's own size in bytes: a 16-byte header plus 8 per instance slot
     * (the JVM's layout, not CPython's; {@code sys.getsizeof} figures are implementation-defined).
     */
    @PyMethod(name = "__sizeof__")
    public static Object sizeof(Object self) {
        int slots = self instanceof PyInstance inst && inst.shape() != null ? inst.shape().size() : 0;
        return PyInt.valueOf(16 + 8L * slots);
    }

    /**
     * {@code object.__getstate__()}: the instance dict (None when empty or absent), paired with a
     * dict of the {@code __slots__} values when there are any, as CPython 3.11.
     */
    @PyMethod(name = "__getstate__")
    public static Object getstate(Object self) {
        Object state = PyNone.NONE;
        if (self instanceof PyInstance && AttributeOps.lookupAttr(self, "__dict__") instanceof org.pyston.builtins.container.PyDict d
                && d.size() > 0) {
            state = d;
        }
        Object slotnames = CallOps.callMethod(copyreg(), "_slotnames", new Object[] {TypeOps.typeOf(self)}, null);
        org.pyston.builtins.container.PyDict slots = new org.pyston.builtins.container.PyDict();
        Object it = org.pyston.builtins.ops.IterOps.iter(slotnames);
        for (Object n = org.pyston.builtins.ops.IterOps.next(it); n != null; n = org.pyston.builtins.ops.IterOps.next(it)) {
            Object v;
            try {
                v = AttributeOps.lookupAttr(self, attrName(n));
            } catch (PyBaseException e) {
                if (!e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                v = null; // an unset slot
            }
            if (v != null) {
                slots.put(n, v);
            }
        }
        return slots.size() > 0 ? org.pyston.builtins.container.PyTuple.of(state, slots) : state;
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(Object self) {
        return reduceWithProtocol(self, 0);
    }

    @PyMethod(name = "__reduce_ex__")
    public static Object reduceEx(Object self, Object protocol) {
        long proto = org.pyston.builtins.ops.UnaryOps.indexAsLong(protocol);
        Object own = TypeOps.typeOf(self).lookup("__reduce__");
        if (own != null && own != PyType.OBJECT.lookupLocal("__reduce__")) {
            return CallOps.callMethod(self, "__reduce__", new Object[0], null);
        }
        return reduceWithProtocol(self, proto);
    }

    /**
     * CPython's object reduction: copyreg's protocol 0/1 helper, or for protocol 2 and later
     * {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}.
     */
    private static Object reduceWithProtocol(Object self, long proto) {
        Object copyreg = copyreg();
        if (proto < 2) {
            return CallOps.callMethod(copyreg, "_reduce_ex", new Object[] {self, PyInt.valueOf(proto)}, null);
        }
        PyType cls = TypeOps.typeOf(self);
        Object args = org.pyston.builtins.container.PyTuple.of();
        Object kwargs = null;
        Object getnewargsEx = AttributeOps.lookupAttr(self, "__getnewargs_ex__");
        if (getnewargsEx != null) {
            Object r = CallOps.call(getnewargsEx, new Object[0], null);
            if (!(r instanceof org.pyston.builtins.container.PyTuple t)) {
                throw PyExceptions.typeError("__getnewargs_ex__ should return a tuple, not '%s'", TypeOps.typeName(r));
            }
            if (t.size() != 2) {
                throw PyExceptions.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
            }
            args = t.items[0];
            kwargs = t.items[1];
            if (!(args instanceof org.pyston.builtins.container.PyTuple)) {
                throw PyExceptions.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                        TypeOps.typeName(args));
            }
            if (!(PyInstance.unwrap(kwargs) instanceof org.pyston.builtins.container.PyDict)) {
                throw PyExceptions.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                        TypeOps.typeName(kwargs));
            }
        } else {
            Object getnewargs = AttributeOps.lookupAttr(self, "__getnewargs__");
            if (getnewargs != null) {
                args = CallOps.call(getnewargs, new Object[0], null);
                if (!(args instanceof org.pyston.builtins.container.PyTuple)) {
                    throw PyExceptions.typeError("__getnewargs__ should return a tuple, not '%s'", TypeOps.typeName(args));
                }
            }
        }
        boolean hasArgs = getnewargsEx != null || AttributeOps.lookupAttr(self, "__getnewargs__") != null;
        boolean container = PyInstance.unwrap(self) instanceof PyList
                || PyInstance.unwrap(self) instanceof org.pyston.builtins.container.PyDict;
        if (!hasArgs && !container && !(self instanceof PyInstance) && cls != PyType.OBJECT && cls.isBuiltin()
                && cls.lookup("__getstate__") == PyType.OBJECT.lookupLocal("__getstate__")) {
            // a built-in object whose state lives in Java fields (CPython: tp_basicsize beyond object's)
            Object module = AttributeOps.lookupAttr(cls, "__module__");
            String prefix = module instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." : "";
            throw PyExceptions.typeError("cannot pickle '%s' object", prefix + cls.getName());
        }
        Object state = CallOps.callMethod(self, "__getstate__", new Object[0], null);
        Object listitems = self instanceof PyList || PyInstance.unwrap(self) instanceof PyList
                ? org.pyston.builtins.ops.IterOps.iter(self) : PyNone.NONE;
        Object dictitems = PyInstance.unwrap(self) instanceof org.pyston.builtins.container.PyDict
                ? org.pyston.builtins.ops.IterOps.iter(CallOps.callMethod(self, "items", new Object[0], null)) : PyNone.NONE;
        Object newobj;
        Object newargs;
        if (kwargs != null && org.pyston.builtins.ops.Truth.isTrue(kwargs)) {
            newobj = AttributeOps.getAttr(copyreg, "__newobj_ex__");
            newargs = org.pyston.builtins.container.PyTuple.of(cls, args, kwargs);
        } else {
            newobj = AttributeOps.getAttr(copyreg, "__newobj__");
            Object[] items = ((org.pyston.builtins.container.PyTuple) args).items;
            Object[] all = new Object[items.length + 1];
            all[0] = cls;
            System.arraycopy(items, 0, all, 1, items.length);
            newargs = org.pyston.builtins.container.PyTuple.of(all);
        }
        return org.pyston.builtins.container.PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    /** The {@code copyreg} module, imported through the interpreter's {@code __import__}. */
    private static Object copyreg() {
        Object imp = org.pyston.builtins.runtime.Interpreter.current().getBuiltinsDict().getStr("__import__");
        return CallOps.call(imp, new Object[] {PyStr.of("copyreg")}, null);
    }

    @PyMethod(name = "__hash__")
    public static Object hash(Object self) {
        return new PyInt(Hashing.identityHash(self));
    }

    @PyMethod(name = "__getattribute__")
    public static Object getattribute(Object self, Object name) {
        String n = attrName(name);
        Object v = AttributeOps.genericLookupAttr(self, TypeOps.typeOf(self), n);
        if (v == null) {
            throw AttributeOps.noAttribute(self, n);
        }
        return v;
    }

    @PyMethod(name = "__setattr__")
    public static void setattr(Object self, Object name, Object value) {
        AttributeOps.genericSetAttr(self, attrName(name), value);
    }

    @PyMethod(name = "__delattr__")
    public static void delattr(Object self, Object name) {
        AttributeOps.genericSetAttr(self, attrName(name), null);
    }

    static String attrName(Object name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        // a str subclass instance names the attribute its value spells (PyUnicode_Check)
        if (org.pyston.builtins.object.PyInstance.unwrap(name) instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("attribute name must be string, not '%s'", TypeOps.typeName(name));
    }

    @PyGetter("__class__")
    public static Object getClass(Object self) {
        return TypeOps.typeOf(self);
    }

    @PySetter("__class__")
    public static void setClass(Object self, Object value) {
        if (value == null) {
            throw PyExceptions.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType t)) {
            throw PyExceptions.typeError("__class__ must be set to a class, not '%s' object", TypeOps.typeName(value));
        }
        PyType cur = TypeOps.typeOf(self);
        if (self instanceof PyInstance inst && t.layout() == PyType.Layout.INSTANCE && !t.isBuiltin()) {
            if (cur != t && !sameLayout(cur, t)) {
                throw PyExceptions.typeError("__class__ assignment: '%s' object layout differs from '%s'", t.getName(),
                        cur.getName());
            }
            inst.setType(t);
        } else if (self instanceof PyBaseException e && t.layout() == PyType.Layout.EXCEPTION) {
            e.setType(t);
        } else {
            throw PyExceptions.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (cur == t) {
            return;
        }
    }

    /**
     * CPython's compatible_for_assignment for classes of plain instances: the same built-in base,
     * both with or both without an instance dict (and weak references), and the same {@code __slots__}
     * added along the way: the most derived classes that add slots may differ if they add the same names (in any
     * order: CPython sorts them) over the same base; the slot-adding classes above them must be
     * the same classes.
     */
    static boolean sameLayout(PyType a, PyType b) {
        if (a.builtinBase() != b.builtinBase() || a.hasInstanceDict() != b.hasInstanceDict()
                || a.hasInstanceWeakref() != b.hasInstanceWeakref()) {
            return false;
        }
        java.util.List<PyType> sa = slotAdders(a), sb = slotAdders(b);
        if (sa.size() != sb.size()) {
            return false;
        }
        if (sa.isEmpty()) {
            return true;
        }
        if (!sa.subList(1, sa.size()).equals(sb.subList(1, sb.size()))) {
            return false;
        }
        return sa.get(0) == sb.get(0) || ownSlotNames(sa.get(0)).equals(ownSlotNames(sb.get(0)));
    }

    /** The classes of the MRO that declare slot members of their own, most derived first. */
    private static java.util.List<PyType> slotAdders(PyType t) {
        java.util.List<PyType> out = new java.util.ArrayList<>();
        for (PyType c : t.getMro()) {
            if (!ownSlotNames(c).isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The slot members a class declares itself, sorted. */
    private static java.util.List<String> ownSlotNames(PyType c) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, Object> e : c.dictSnapshot().entrySet()) {
            if (e.getValue() instanceof org.pyston.builtins.function.PyMemberDescriptor m && m.owner == c) {
                names.add(m.storageKey);
            }
        }
        java.util.Collections.sort(names);
        return names;
    }

    @PyMethod(name = "__format__")
    public static Object format(Object self, Object spec) {
        if (!(org.pyston.builtins.object.PyInstance.unwrap(spec) instanceof PyStr)) {
            throw PyExceptions.typeError("__format__() argument must be str, not %s", TypeOps.typeName(spec));
        }
        if (org.pyston.builtins.object.PyInstance.unwrap(spec) instanceof PyStr s && !s.value().isEmpty()) {
            throw PyExceptions.typeError("unsupported format string passed to %s.__format__", TypeOps.typeName(self));
        }
        return org.pyston.builtins.ops.Repr.strObject(self);
    }

    @PyMethod(name = "__init_subclass__", isClass = true, general = true)
    public static Object initSubclass(Object cls, Object[] args, String[] kwnames) {
        ClassBuilder.checkNoSubclassKeywords(cls, kwnames);
        if (args.length > 0) {
            throw PyExceptions.typeError("%s.__init_subclass__() takes no arguments (%d given)",
                    ((PyType) cls).getName(), args.length);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__dir__")
    public static Object dir(Object self) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (self instanceof PyInstance inst) {
            for (Object k : inst.getDict().keysArray()) {
                names.add(Repr.str(k));
            }
        }
        for (PyType t : TypeOps.typeOf(self).getMro()) {
            names.addAll(t.dictSnapshot().keySet());
        }
        PyList out = new PyList();
        for (String n : names) {
            out.append(PyStr.of(n));
        }
        return out;
    }
}
