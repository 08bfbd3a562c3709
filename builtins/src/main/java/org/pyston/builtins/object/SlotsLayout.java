package org.pyston.builtins.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyMemberDescriptor;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code __slots__}: checks the declaration (CPython's errors), replaces each slot name by a
 * {@link PyMemberDescriptor} in the class namespace, and decides whether instances keep a
 * {@code __dict__}: only when some class of the MRO lacks {@code __slots__} or lists
 * {@code "__dict__"} in it.
 */
final class SlotsLayout {
    private SlotsLayout() {
    }

    /** The slot names declared in {@code ns.__slots__}, checked; "__dict__"/"__weakref__" included. */
    static List<String> names(Map<String, Object> ns) {
        Object decl = ns.get("__slots__");
        Object[] items = decl instanceof PyStr ? new Object[] {decl} : IterOps.toArray(decl);
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (!(o instanceof PyStr s)) {
                throw PyExceptions.typeError("__slots__ items must be strings, not '%s'", TypeOps.typeName(o));
            }
            if (!isIdentifier(s.value())) {
                throw PyExceptions.typeError("__slots__ must be identifiers");
            }
            out.add(s.value());
        }
        return out;
    }

    /** The built-in types whose CPython instances are variable-size, hence take no {@code __slots__}. */
    private static final java.util.Set<String> VARIABLE_SIZE = java.util.Set.of("int", "bytes", "tuple", "type");

    /** Validates the slots of a class being created; {@code wrapsBuiltin} for int/str/tuple... subclasses. */
    static void declare(String className, PyType[] bases, Map<String, Object> ns, boolean wrapsBuiltin) {
        List<String> slots = names(ns);
        boolean baseHasDict = false;
        for (PyType b : bases) {
            baseHasDict |= givesDict(b);
        }
        boolean baseHasWeakref = false;
        for (PyType b : bases) {
            baseHasWeakref |= givesWeakref(b);
        }
        int seenDict = 0;
        int seenWeakref = 0;
        List<String> members = new ArrayList<>();
        for (String s : slots) {
            if (s.equals("__dict__")) {
                if (baseHasDict || seenDict++ > 0) {
                    throw PyExceptions.typeError("__dict__ slot disallowed: we already got one");
                }
                continue;
            }
            if (s.equals("__weakref__")) {
                // CPython's type_new: refused when a base already gives weak references, when listed
                // twice, or on a variable-size layout
                if (baseHasWeakref || seenWeakref++ > 0) {
                    throw PyExceptions.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                }
                continue;
            }
            String mangled = mangle(className, s);
            if (ns.containsKey(mangled)) {
                throw PyExceptions.valueError("'%s' in __slots__ conflicts with class variable", s);
            }
            members.add(mangled);
        }
        if (wrapsBuiltin && !members.isEmpty()) {
            PyType solid = bases[0];
            for (PyType b : bases) {
                if (ClassBuilder.solidBase(b) != PyType.OBJECT) {
                    solid = ClassBuilder.solidBase(b);
                }
            }
            // CPython refuses slots only on its variable-size layouts (tp_itemsize != 0)
            if (VARIABLE_SIZE.contains(solid.getName()) && solid.isBuiltin()) {
                throw PyExceptions.typeError("nonempty __slots__ not supported for subtype of '%s'", solid.getName());
            }
        }
    }

    /** Installs the member descriptors and the instance-dict flag on the new class {@code t}. */
    static void bind(PyType t, Map<String, Object> ns) {
        boolean dict = false;
        for (PyType b : t.getBases()) {
            dict |= givesDict(b);
        }
        for (String s : names(ns)) {
            if (s.equals("__dict__")) {
                dict = true;
            } else if (!s.equals("__weakref__")) {
                String mangled = mangle(t.getName(), s);
                t.setSlotMember(mangled, new PyMemberDescriptor(mangled, t));
            }
        }
        t.setInstanceDict(dict);
    }

    /**
     * Completes the dictionary of the new class {@code t} in CPython's order: the namespace, the
     * slot members, then the {@code __dict__} and {@code __weakref__} getset descriptors when this
     * class is the first of its MRO to give instances a dict or weak references (type_new's
     * add_dict/add_weak), then the default {@code __doc__}; sets the weak-reference flag.
     */
    static void finish(PyType t, Map<String, Object> ns, boolean slotted, boolean defaultDoc) {
        boolean baseDict = false;
        boolean baseWeak = false;
        boolean varSized = false;
        for (PyType b : t.getBases()) {
            baseDict |= b.isBuiltin() ? BUILTIN_WITH_DICT.contains(b.getName()) || !knownBuiltin(b) || b.layout() == PyType.Layout.EXCEPTION
                    || b.isSubtype(PyType.TYPE) : b.hasInstanceDict();
            baseWeak |= b.isBuiltin() ? BUILTIN_WITH_WEAKREF.contains(b.getName()) || !knownBuiltin(b) || b.isSubtype(PyType.TYPE)
                    : b.hasInstanceWeakref();
            PyType solid = ClassBuilder.solidBase(b);
            varSized |= solid.isBuiltin() && VARIABLE_SIZE.contains(solid.getName());
        }
        boolean addDict;
        boolean addWeak;
        List<String> slots = slotted ? names(ns) : List.of();
        if (slotted) {
            addDict = slots.contains("__dict__") && !baseDict;
            addWeak = slots.contains("__weakref__") && !baseWeak && !varSized;
        } else {
            addDict = !baseDict;
            addWeak = !baseWeak && !varSized;
        }
        t.setInstanceWeakref(baseWeak || addWeak);
        Map<String, Object> own = t.dictSnapshot();
        java.util.LinkedHashMap<String, Object> d = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            if (!(defaultDoc && e.getKey().equals("__doc__"))) {
                d.put(e.getKey(), own.containsKey(e.getKey()) ? own.get(e.getKey()) : e.getValue());
            }
        }
        // slot members (and what __set_name__-free code put there since) keep their place after the namespace
        for (Map.Entry<String, Object> e : own.entrySet()) {
            if (!(defaultDoc && e.getKey().equals("__doc__") && e.getValue() == PyNone.NONE)) {
                d.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        // set-default, as CPython's add_getset: a __dict__/__weakref__ the class body defines wins
        if (addDict && !d.containsKey("__dict__")) {
            d.put("__dict__", org.pyston.builtins.function.PyGetSetDescriptor.of("__dict__", t,
                    INSTANCE_DICT_GET, INSTANCE_DICT_SET));
        }
        if (addWeak && !d.containsKey("__weakref__")) {
            d.put("__weakref__", org.pyston.builtins.function.PyGetSetDescriptor.of("__weakref__", t,
                    INSTANCE_WEAKREF_GET, null));
        }
        if (defaultDoc && !d.containsKey("__doc__")) {
            d.put("__doc__", PyNone.NONE);
        }
        t.replaceDictForLayout(d);
    }

    /** Built-in base types (by name, in module builtins) whose instances carry a {@code __dict__}. */
    private static final java.util.Set<String> BUILTIN_WITH_DICT = java.util.Set.of("type", "module", "function");
    /** Built-in base types whose instances can be weakly referenced. */
    private static final java.util.Set<String> BUILTIN_WITH_WEAKREF = java.util.Set.of("type", "module", "function",
            "set", "frozenset", "deque", "array");
    /** The built-in types this class knows the layout of; others are assumed to give both. */
    private static final java.util.Set<String> KNOWN = java.util.Set.of("object", "int", "bool", "float", "complex",
            "str", "bytes", "bytearray", "tuple", "list", "dict", "set", "frozenset", "type", "module", "function",
            "deque", "defaultdict", "array", "property", "staticmethod", "classmethod", "super", "memoryview",
            "range", "slice", "enumerate", "reversed", "zip", "map", "filter");

    private static boolean knownBuiltin(PyType b) {
        return KNOWN.contains(b.getName()) || b.layout() == PyType.Layout.EXCEPTION;
    }

    private static final java.lang.invoke.MethodHandle INSTANCE_DICT_GET;
    private static final java.lang.invoke.MethodHandle INSTANCE_DICT_SET;
    private static final java.lang.invoke.MethodHandle INSTANCE_WEAKREF_GET;

    static {
        try {
            java.lang.invoke.MethodHandles.Lookup l = java.lang.invoke.MethodHandles.lookup();
            INSTANCE_DICT_GET = l.findStatic(SlotsLayout.class, "instanceDict",
                    java.lang.invoke.MethodType.methodType(Object.class, Object.class));
            INSTANCE_DICT_SET = l.findStatic(SlotsLayout.class, "setInstanceDict",
                    java.lang.invoke.MethodType.methodType(void.class, Object.class, Object.class));
            INSTANCE_WEAKREF_GET = l.findStatic(SlotsLayout.class, "instanceWeakref",
                    java.lang.invoke.MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code obj.__dict__} through the class's {@code __dict__} descriptor (made on first use). */
    private static Object instanceDict(Object o) {
        if (o instanceof PyInstance inst) {
            return inst.getDict();
        }
        if (o instanceof org.pyston.builtins.exception.PyBaseException e) {
            return e.getDict();
        }
        // a metaclass deriving from a plain class and type: type's own __dict__ (CPython's subtype_dict
        // defers to the first built-in base with a dict)
        Object builtinDescr = builtinDictDescriptor(o);
        if (builtinDescr != null) {
            return org.pyston.builtins.ops.AttributeOps.descriptorGet(builtinDescr, o, TypeOps.typeOf(o));
        }
        throw PyExceptions.attributeError("'%s' object has no attribute '__dict__'", TypeOps.typeName(o));
    }

    private static Object builtinDictDescriptor(Object o) {
        for (PyType m : TypeOps.typeOf(o).getMro()) {
            if (m.isBuiltin() && m != PyType.OBJECT) {
                Object d = m.lookupLocal("__dict__");
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** {@code obj.__dict__ = d}: the instance adopts {@code d}; deleting leaves a fresh empty dict. */
    private static void setInstanceDict(Object o, Object value) {
        org.pyston.builtins.container.PyDict d;
        if (value == null) {
            d = new org.pyston.builtins.container.PyDict();
        } else if (PyInstance.unwrap(value) instanceof org.pyston.builtins.container.PyDict vd) {
            d = vd;
        } else {
            throw PyExceptions.typeError("__dict__ must be set to a dictionary, not a '%s'", TypeOps.typeName(value));
        }
        if (o instanceof PyInstance inst) {
            inst.setDict(d);
            return;
        }
        Object builtinDescr = builtinDictDescriptor(o);
        if (builtinDescr != null) {
            org.pyston.builtins.ops.AttributeOps.descriptorSet(builtinDescr, o, value);
            return;
        }
        throw PyExceptions.attributeError("'%s' object has no attribute '__dict__'", TypeOps.typeName(o));
    }

    /** {@code obj.__weakref__}: the first live weak reference to {@code obj}, or None. */
    private static Object instanceWeakref(Object o) {
        Object refs = org.pyston.builtins.module.WeakrefModule.getweakrefs(o);
        if (refs instanceof org.pyston.builtins.container.PyList l && l.size() > 0) {
            return l.get(0);
        }
        return PyNone.NONE;
    }

    /** Whether instances inherit a {@code __dict__} from base {@code b} (object and most built-ins give none). */
    /** Whether instances of {@code b} support weak references already, or its layout is variable-size. */
    private static boolean givesWeakref(PyType b) {
        if (b.isBuiltin()) {
            // only the built-ins known to have the field (an unknown one, weakref.ref say, may take it)
            return BUILTIN_WITH_WEAKREF.contains(b.getName()) || b.isSubtype(PyType.TYPE)
                    || VARIABLE_SIZE.contains(b.getName());
        }
        PyType solid = ClassBuilder.solidBase(b);
        return b.hasInstanceWeakref() || solid.isBuiltin() && VARIABLE_SIZE.contains(solid.getName());
    }

    private static boolean givesDict(PyType b) {
        return b.isBuiltin() ? b.layout() == PyType.Layout.EXCEPTION : b.hasInstanceDict();
    }

    private static String mangle(String cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String c = cls;
        while (c.startsWith("_")) {
            c = c.substring(1);
        }
        return c.isEmpty() ? name : "_" + c + name;
    }

    private static boolean isIdentifier(String s) {
        // str.isidentifier's rules (Java's identifier classes also admit ignorable controls such as NUL)
        return org.pyston.builtins.text.StrMethods.isidentifier(PyStr.of(s));
    }

}
