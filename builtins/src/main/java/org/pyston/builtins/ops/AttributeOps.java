package org.pyston.builtins.ops;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyBoundMethod;
import org.pyston.builtins.function.PyClassMethod;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.function.PyGetSetDescriptor;
import org.pyston.builtins.function.PyMemberDescriptor;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.function.PyProperty;
import org.pyston.builtins.function.PyStaticMethod;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySuper;
import org.pyston.builtins.object.SuperMethods;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * Attribute access with Python's rules: data descriptors on the type win, then the instance's own
 * attributes, then non-data descriptors and plain class attributes, then {@code __getattr__}. On a
 * type object the metatype's data descriptors come first, then the MRO of the type itself.
 */
public final class AttributeOps {
    private AttributeOps() {
    }

    /** {@code o.name}; AttributeError when absent. */
    public static Object getAttr(Object o, String name) {
        Object v;
        try {
            v = find(o, name, true);
        } catch (PyBaseException e) {
            throw withAttributeContext(e, o, name);
        }
        if (v == null) {
            throw noAttribute(o, name);
        }
        return v;
    }

    /**
     * CPython's set_attribute_error_context: an AttributeError a hook raised without {@code name}
     * and {@code obj} (a bare {@code raise AttributeError} in {@code __getattr__}) gets the looked-up
     * name and object, so the traceback can suggest a similar name.
     */
    private static PyBaseException withAttributeContext(PyBaseException e, Object o, String name) {
        if (e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
            Object n = e.getAttribute("name");
            Object obj = e.getAttribute("obj");
            if ((n == null || n == org.pyston.builtins.object.PyNone.NONE)
                    && (obj == null || obj == org.pyston.builtins.object.PyNone.NONE)) {
                e.setAttribute("name", PyStr.of(name));
                e.setAttribute("obj", o);
            }
        }
        return e;
    }

    /** The AttributeError CPython raises for a missing attribute of {@code o}. */
    public static RuntimeException noAttribute(Object o, String name) {
        PyBaseException e;
        if (o instanceof PyType t) {
            e = PyExceptions.attributeError("type object '%s' has no attribute '%s'", t.tpName(), name);
        } else if (o instanceof PyModule m) {
            e = noModuleAttribute(m, name);
        } else {
            e = PyExceptions.attributeError("'%s' object has no attribute '%s'", TypeOps.typeName(o), name);
        }
        e.setAttribute("name", PyStr.of(name));
        e.setAttribute("obj", o);
        return e;
    }

    /**
     * CPython's module_getattro message: named by the module's {@code __name__}, and "partially
     * initialized" while its {@code __spec__._initializing} is true (the module is still running,
     * so the miss is most likely a circular import).
     */
    private static PyBaseException noModuleAttribute(PyModule m, String name) {
        Object modName = m.getDict().getStr("__name__");
        if (!(modName instanceof PyStr n)) {
            return PyExceptions.attributeError("module has no attribute '%s'", name);
        }
        Object spec = m.getDict().getStr("__spec__");
        boolean initializing = false;
        if (spec != null && spec != org.pyston.builtins.object.PyNone.NONE) {
            try {
                Object flag = lookupAttr(spec, "_initializing");
                initializing = flag != null && Truth.isTrue(flag);
            } catch (PyBaseException ignored) {
                // as CPython: an error while asking counts as "not initializing"
            }
        }
        return initializing
                ? PyExceptions.attributeError("partially initialized module '%s' has no attribute '%s' "
                        + "(most likely due to a circular import)", n.value(), name)
                : PyExceptions.attributeError("module '%s' has no attribute '%s'", n.value(), name);
    }

    /** {@code o.name}, or null when absent (for {@code getattr(o, n, default)} and {@code hasattr}). */
    public static Object lookupAttr(Object o, String name) {
        return find(o, name, false);
    }

    /**
     * The attribute lookup. With {@code raising}, an AttributeError raised by a
     * {@code __getattribute__} or {@code __getattr__} hook propagates as it is (PyObject_GetAttr);
     * without, it means absent and null is returned (CPython's _PyObject_LookupAttr).
     */
    private static Object find(Object o, String name, boolean raising) {
        if (o instanceof PyType t) {
            PyType meta = t.getType();
            if (meta.isBuiltin()) {
                return typeLookupAttr(t, name);
            }
            // A class whose metaclass is a Python class: the metaclass's hooks apply to it.
            Object ga = meta.lookup("__getattribute__");
            if (ga != null && ga != Holder.TYPE_GETATTRIBUTE) {
                try {
                    return CallOps.callWithSelf(ga, t, new Object[] {PyStr.of(name)}, null);
                } catch (PyBaseException e) {
                    if (!e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    if (meta.lookup("__getattr__") == null) {
                        if (raising) {
                            throw e;
                        }
                        return null;
                    }
                    return callGetattrHook(t, meta, name, raising);
                }
            }
            Object v = typeLookupAttr(t, name);
            return v != null ? v : callGetattrHook(t, meta, name, raising);
        }
        if (o instanceof PySuper s) {
            return SuperMethods.lookup(s, name);
        }
        PyType type = TypeOps.typeOf(o);
        if (!type.isBuiltin()) {
            Object ga = type.lookup("__getattribute__");
            if (ga != null && ga != Holder.OBJECT_GETATTRIBUTE) {
                try {
                    return CallOps.callWithSelf(ga, o, new Object[] {PyStr.of(name)}, null);
                } catch (PyBaseException e) {
                    if (!e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    if (type.lookup("__getattr__") == null) {
                        if (raising) {
                            throw e;
                        }
                        return null;
                    }
                    return callGetattrHook(o, type, name, raising);
                }
            }
        }
        Object v = genericLookupAttr(o, type, name);
        if (v == null) {
            // a miss: Python classes and the few built-ins with a __getattr__ (GenericAlias) get a say
            return callGetattrHook(o, type, name, raising);
        }
        return v;
    }

    private static Object callGetattrHook(Object o, PyType type, String name, boolean raising) {
        Object hook = type.lookup("__getattr__");
        if (hook == null) {
            return o instanceof PyModule m ? callModuleGetattr(m, name, raising) : null;
        }
        try {
            return CallOps.callWithSelf(hook, o, new Object[] {PyStr.of(name)}, null);
        } catch (PyBaseException e) {
            if (!raising && e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** PEP 562: a module's own {@code __getattr__} function is asked for names it lacks. */
    private static Object callModuleGetattr(PyModule m, String name, boolean raising) {
        Object hook = m.getDict().getStr("__getattr__");
        if (hook == null) {
            return null;
        }
        try {
            return CallOps.call(hook, new Object[] {PyStr.of(name)}, null);
        } catch (PyBaseException e) {
            if (!raising && e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static final class Holder {
        static final Object OBJECT_GETATTRIBUTE = PyType.OBJECT.lookupLocal("__getattribute__");
        static final Object OBJECT_SETATTR = PyType.OBJECT.lookupLocal("__setattr__");
        static final Object OBJECT_DELATTR = PyType.OBJECT.lookupLocal("__delattr__");
        static final Object TYPE_GETATTRIBUTE = PyType.TYPE.lookup("__getattribute__");
    }

    /** object.__getattribute__: descriptors and instance storage, no {@code __getattr__}; null when absent. */
    public static Object genericLookupAttr(Object o, PyType type, String name) {
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr) && hasGet(descr)) {
            return descriptorGet(descr, o, type);
        }
        Object v = instanceAttribute(o, name);
        if (v != null) {
            return v;
        }
        if (descr != null) {
            return descriptorGet(descr, o, type);
        }
        return null;
    }

    private static Object instanceAttribute(Object o, String name) {
        if (o instanceof PyInstance inst) {
            if (name.equals("__dict__")) {
                return inst.getType().hasInstanceDict() && inst.getType() != PyType.OBJECT ? inst.getDict() : null;
            }
            return inst.getAttribute(name);
        }
        if (o instanceof PyModule m) {
            return m.getDict().getStr(name);
        }
        if (o instanceof PyBaseException e) {
            if (name.equals("__dict__")) {
                return e.getDict();
            }
            return e.getAttribute(name);
        }
        if (o instanceof PyFunction f) {
            return f.getAttribute(name);
        }
        if (o instanceof org.pyston.builtins.object.InstanceDictHolder h) {
            return name.equals("__dict__") ? h.instanceDict() : h.instanceDict().getStr(name);
        }
        return null;
    }

    private static Object typeLookupAttr(PyType t, String name) {
        PyType meta = t.getType();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr) && hasGet(metaAttr)) {
            return descriptorGet(metaAttr, t, meta);
        }
        Object attr = t.lookup(name);
        if (attr != null) {
            return descriptorGet(attr, null, t);
        }
        if (metaAttr != null) {
            return descriptorGet(metaAttr, t, meta);
        }
        return null;
    }

    /**
     * Whether data descriptor {@code d} has a {@code __get__}: one with only {@code __set__} does not
     * hide the instance's own attribute on reads (CPython's _PyObject_GenericGetAttrWithDict).
     */
    private static boolean hasGet(Object d) {
        if (d instanceof PyGetSetDescriptor || d instanceof PyProperty || d instanceof PyMemberDescriptor) {
            return true;
        }
        return TypeOps.typeOf(d).lookup("__get__") != null;
    }

    /** True when {@code d} defines {@code __set__} or {@code __delete__} (wins over instance attributes). */
    public static boolean isDataDescriptor(Object d) {
        if (d instanceof PyGetSetDescriptor || d instanceof PyProperty || d instanceof PyMemberDescriptor) {
            return true;
        }
        if (d instanceof PyFunction || d instanceof PyMethodDescriptor || d instanceof PyStaticMethod
                || d instanceof PyClassMethod || d instanceof org.pyston.builtins.function.PyClassMethodDescriptor
                || d instanceof PyStr) {
            return false;
        }
        PyType t = TypeOps.typeOf(d);
        if (t.isBuiltin() && !(d instanceof SlotDispatched)) {
            return false;
        }
        return t.lookup("__set__") != null || t.lookup("__delete__") != null;
    }

    /**
     * The value of class attribute {@code descr} seen from {@code obj} (null for access on the
     * class itself) of type {@code type}: CPython's {@code __get__} protocol.
     */
    public static Object descriptorGet(Object descr, Object obj, PyType type) {
        if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) {
            return obj == null ? descr : new PyBoundMethod(obj, descr);
        }
        if (descr instanceof PyGetSetDescriptor g) {
            return obj == null ? descr : g.get(obj);
        }
        if (descr instanceof PyMemberDescriptor m) {
            return obj == null ? descr : m.get(obj);
        }
        if (descr instanceof PyStaticMethod s) {
            return s.function;
        }
        if (descr instanceof PyClassMethod c) {
            return new PyBoundMethod(type != null ? type : TypeOps.typeOf(obj), c.function);
        }
        if (descr instanceof org.pyston.builtins.function.PyClassMethodDescriptor c) {
            return c.bind(type != null ? type : TypeOps.typeOf(obj));
        }
        if (descr instanceof PyProperty p) {
            if (obj == null) {
                return descr;
            }
            if (p.fget == null) {
                throw propertyError(p, obj, "getter");
            }
            return CallOps.call(p.fget, new Object[] {obj}, null);
        }
        if (descr instanceof PySuper s && s.obj == null && obj != null) {
            // an unbound super(C) stored on a class binds to the instance (super.__get__)
            return SuperMethods.make(s.thisClass, obj);
        }
        PyType dt = TypeOps.typeOf(descr);
        if (dt.isBuiltin() && !(descr instanceof SlotDispatched)) {
            return descr;
        }
        Object get = dt.lookup("__get__");
        if (get == null) {
            return descr;
        }
        return CallOps.callWithSelf(get, descr, new Object[] {obj == null ? PyNone.NONE : obj, type}, null);
    }

    /** {@code o.name = value}. */
    public static void setAttr(Object o, String name, Object value) {
        PyType type = TypeOps.typeOf(o);
        if (!type.isBuiltin()) {
            Object sa = type.lookup("__setattr__");
            if (sa != null && sa != Holder.OBJECT_SETATTR) {
                CallOps.callWithSelf(sa, o, new Object[] {PyStr.of(name), value}, null);
                return;
            }
        }
        genericSetAttr(o, name, value);
    }

    /** {@code del o.name}. */
    public static void delAttr(Object o, String name) {
        PyType type = TypeOps.typeOf(o);
        if (!type.isBuiltin()) {
            Object da = type.lookup("__delattr__");
            if (da != null && da != Holder.OBJECT_DELATTR) {
                CallOps.callWithSelf(da, o, new Object[] {PyStr.of(name)}, null);
                return;
            }
        }
        genericSetAttr(o, name, null);
    }

    /** object.__setattr__ (value non-null) and object.__delattr__ (value null). */
    public static void genericSetAttr(Object o, String name, Object value) {
        if (o instanceof PyType t) {
            PyType meta = t.getType();
            Object metaAttr = meta.lookup(name);
            if (metaAttr != null && isDataDescriptor(metaAttr)) {
                descriptorSet(metaAttr, t, value);
                return;
            }
            if (!t.setAttribute(name, value)) {
                throw PyExceptions.attributeError("type object '%s' has no attribute '%s'", t.tpName(), name);
            }
            return;
        }
        PyType type = TypeOps.typeOf(o);
        Object descr = type.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            descriptorSet(descr, o, value);
            return;
        }
        if (o instanceof PyInstance inst) {
            if (!type.hasInstanceDict() || type == PyType.OBJECT) {
                if (descr != null) {
                    // a plain class attribute shadows nothing without an instance dict
                    throw PyExceptions.attributeError("'%s' object attribute '%s' is read-only", type.tpName(), name);
                }
                throw noAttribute(o, name);
            }
            if (name.equals("__dict__")) {
                // the instance adopts the dict itself (_threading_local swaps dicts per thread)
                if (value == null) {
                    throw PyExceptions.typeError("cannot delete __dict__");
                }
                if (!(PyInstance.unwrap(value) instanceof org.pyston.builtins.container.PyDict d)) {
                    throw PyExceptions.typeError("__dict__ must be set to a dictionary, not a '%s'", TypeOps.typeName(value));
                }
                inst.setDict(d);
                return;
            }
            if (value == null) {
                if (!inst.deleteAttribute(name)) {
                    throw noAttribute(o, name);
                }
            } else {
                inst.setAttribute(name, value);
            }
            return;
        }
        if (o instanceof PyModule m) {
            if (value == null) {
                if (m.getDict().remove(PyStr.of(name)) == null) {
                    throw noAttribute(o, name);
                }
            } else {
                m.getDict().putStr(name, value);
            }
            return;
        }
        if (o instanceof PyBaseException e) {
            if (value == null) {
                if (e.getDict().remove(PyStr.of(name)) == null) {
                    throw noAttribute(o, name);
                }
            } else {
                e.setAttribute(name, value);
            }
            return;
        }
        if (o instanceof PyFunction f) {
            if (value == null) {
                if (f.getDict().remove(PyStr.of(name)) == null) {
                    throw noAttribute(o, name);
                }
            } else {
                f.getDict().putStr(name, value);
            }
            return;
        }
        if (o instanceof org.pyston.builtins.object.InstanceDictHolder h && !name.equals("__dict__")) {
            if (value == null) {
                if (h.instanceDict().remove(PyStr.of(name)) == null) {
                    throw noAttribute(o, name);
                }
            } else {
                h.instanceDict().putStr(name, value);
            }
            return;
        }
        if (descr != null) {
            throw PyExceptions.attributeError("'%s' object attribute '%s' is read-only", type.tpName(), name);
        }
        throw noAttribute(o, name);
    }

    /**
     * CPython 3.11's "property 'x' of 'C' object has no setter": the name is the one
     * {@code __set_name__} gave the property, the class is shown by its qualified name.
     */
    public static RuntimeException propertyError(PyProperty p, Object obj, String what) {
        String owner = TypeOps.typeOf(obj).getQualname();
        if (p.name != null) {
            return PyExceptions.attributeError("property %s of '%s' object has no %s", Repr.repr(PyStr.of(p.name)), owner, what);
        }
        return PyExceptions.attributeError("property of '%s' object has no %s", owner, what);
    }

    public static void descriptorSet(Object descr, Object obj, Object value) {
        if (descr instanceof PyMemberDescriptor m) {
            m.set(obj, value);
            return;
        }
        if (descr instanceof PyGetSetDescriptor g) {
            g.set(obj, value);
            return;
        }
        if (descr instanceof PyProperty p) {
            if (value == null) {
                if (p.fdel == null) {
                    throw propertyError(p, obj, "deleter");
                }
                CallOps.call(p.fdel, new Object[] {obj}, null);
            } else {
                if (p.fset == null) {
                    throw propertyError(p, obj, "setter");
                }
                CallOps.call(p.fset, new Object[] {obj, value}, null);
            }
            return;
        }
        PyType dt = TypeOps.typeOf(descr);
        if (value == null) {
            Object del = dt.lookup("__delete__");
            if (del == null) {
                throw PyExceptions.attributeError("__delete__");
            }
            CallOps.callWithSelf(del, descr, new Object[] {obj}, null);
        } else {
            Object set = dt.lookup("__set__");
            if (set == null) {
                throw PyExceptions.attributeError("__set__");
            }
            CallOps.callWithSelf(set, descr, new Object[] {obj, value}, null);
        }
    }
}
