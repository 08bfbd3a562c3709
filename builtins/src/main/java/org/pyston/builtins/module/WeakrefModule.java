package org.pyston.builtins.module;

import java.util.HashMap;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _weakref} module: {@link PyWeakRef} ({@code ref}) over a JVM weak reference, and
 * {@code proxy}, an object that forwards attribute access, items, iteration and calls to its
 * referent while it lives and raises ReferenceError after. The JVM clears weak references when it
 * collects, not when the last reference goes as CPython does; callbacks run at safe points (see
 * {@link WeakRefRegistry}).
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    /** {@code weakref.ProxyType}: a Python class whose methods are the Java forwarders below. */
    static final PyType PROXY_TYPE = proxyType();

    private static PyType proxyType() {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of("weakref"));
        ns.putStr("__qualname__", PyStr.of("ProxyType"));
        PyType t = PyType.newClass("ProxyType", PyTuple.of(PyType.OBJECT), ns);
        Map<String, Object> methods = new HashMap<>();
        DeclarationScanner.scanType(t, ProxyMethods.class, methods);
        methods.forEach((k, v) -> AttributeOps.setAttr(t, k, v));
        AttributeOps.setAttr(t, "__hash__", PyNone.NONE);
        return t;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_weakref");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(WeakrefModule.class, "_weakref", d);
        d.putStr("ref", PyWeakRef.TYPE);
        d.putStr("ReferenceType", PyWeakRef.TYPE);
        d.putStr("ProxyType", PROXY_TYPE);
        d.putStr("CallableProxyType", PROXY_TYPE);
        return m;
    }

    /** Objects CPython cannot weakly reference: instances of the built-in value types. */
    static void checkReferenceable(Object o) {
        if (o instanceof PyInt || o instanceof org.pyston.builtins.number.PyBigInt || o instanceof PyStr
                || o instanceof PyTuple || o instanceof PyList || o instanceof PyDict
                || o instanceof org.pyston.builtins.number.PyBool || o instanceof org.pyston.builtins.number.PyFloat
                || o == PyNone.NONE || o instanceof PyInstance inst && !inst.getType().hasInstanceWeakref()) {
            throw PyExceptions.typeError("cannot create weak reference to '%s' object", TypeOps.typeName(o));
        }
    }

    @PyMethod(required = 1)
    public static Object proxy(Object obj, Object callback) {
        checkReferenceable(obj);
        PyInstance p = new PyInstance(PROXY_TYPE);
        PyWeakRef r = new PyWeakRef(obj, callback);
        r.exposeAs(p);
        p.setAttribute("__pyston_referent__", r);
        return p;
    }

    @PyMethod
    public static Object getweakrefcount(Object obj) {
        return PyInt.valueOf(WeakRefRegistry.current().referencesTo(obj).size());
    }

    @PyMethod
    public static Object getweakrefs(Object obj) {
        PyList out = new PyList();
        for (PyWeakRef r : WeakRefRegistry.current().referencesTo(obj)) {
            out.append(r.exposed());
        }
        return out;
    }

    /** {@code _remove_dead_weakref(dict, key)}: deletes dict[key] if it is a dead reference. */
    @PyMethod(name = "_remove_dead_weakref")
    public static Object removeDeadWeakref(Object dict, Object key) {
        if (!(dict instanceof PyDict d)) {
            throw PyExceptions.typeError("_remove_dead_weakref() argument 1 must be dict, not %s",
                    org.pyston.builtins.ops.TypeOps.typeName(dict));
        }
        Object v = d.get(key);
        // a subclass of ref (WeakValueDictionary's KeyedRef) is an instance around the reference
        if (v instanceof org.pyston.builtins.object.PyInstance i) v = i.builtinValue();
        if (v instanceof PyWeakRef r && r.get() == null) d.remove(key);
        return PyNone.NONE;
    }

    /** The methods of {@code ProxyType}: each forwards to the live referent. */
    public static final class ProxyMethods {
        private ProxyMethods() {}

        static Object target(Object self) {
            Object r = ((PyInstance) self).getAttribute("__pyston_referent__");
            Object o = r instanceof PyWeakRef w ? w.get() : null;
            if (o == null) throw PyExceptions.withMessage(PyExceptions.REFERENCE_ERROR, "weakly-referenced object no longer exists");
            return o;
        }

        @PyMethod(name = "__getattr__")
        public static Object getattr(Object self, Object name) {
            return AttributeOps.getAttr(target(self), ((PyStr) name).value());
        }

        @PyMethod(name = "__setattr__")
        public static Object setattr(Object self, Object name, Object value) {
            AttributeOps.setAttr(target(self), ((PyStr) name).value(), value);
            return PyNone.NONE;
        }

        @PyMethod(name = "__delattr__")
        public static Object delattr(Object self, Object name) {
            AttributeOps.delAttr(target(self), ((PyStr) name).value());
            return PyNone.NONE;
        }

        @PyMethod(name = "__repr__")
        public static Object repr(Object self) {
            Object r = ((PyInstance) self).getAttribute("__pyston_referent__");
            Object o = r instanceof PyWeakRef w ? w.get() : null;
            return PyStr.of(o == null ? "<weakproxy; dead>" : "<weakproxy; to '" + TypeOps.typeName(o) + "'>");
        }

        @PyMethod(name = "__str__")
        public static Object str(Object self) {
            return PyStr.of(Repr.str(target(self)));
        }

        @PyMethod(name = "__bool__")
        public static Object bool(Object self) {
            return org.pyston.builtins.number.PyBool.of(Truth.isTrue(target(self)));
        }

        @PyMethod(name = "__len__")
        public static Object len(Object self) {
            return BuiltinsModule.len(target(self));
        }

        @PyMethod(name = "__iter__")
        public static Object iter(Object self) {
            return IterOps.iter(target(self));
        }

        @PyMethod(name = "__getitem__")
        public static Object getitem(Object self, Object key) {
            return ItemOps.getItem(target(self), key);
        }

        @PyMethod(name = "__setitem__")
        public static Object setitem(Object self, Object key, Object value) {
            ItemOps.setItem(target(self), key, value);
            return PyNone.NONE;
        }

        @PyMethod(name = "__contains__")
        public static Object contains(Object self, Object item) {
            return org.pyston.builtins.number.PyBool.of(org.pyston.builtins.ops.CompareOps.contains(target(self), item));
        }

        @PyMethod(name = "__eq__")
        public static Object eq(Object self, Object other) {
            return org.pyston.builtins.ops.CompareOps.eq(target(self), other);
        }

        @PyMethod(name = "__call__", general = true)
        public static Object call(Object self, Object[] args, String[] kwnames) {
            return CallOps.call(target(self), args, kwnames);
        }
    }
}
