package org.pyston.builtins.abc;

import java.util.concurrent.atomic.AtomicLong;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.SetTable;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _abc} module: the machinery of {@code abc.ABCMeta} (CPython's _abc.c, the same
 * algorithm as the pure-Python {@code _py_abc}): abstract-method computation, virtual subclass
 * registration and the cached {@code isinstance}/{@code issubclass} checks.
 *
 * <p>The invalidation counter (bumped by every {@code register}, it empties negative caches) is
 * one per JVM: a register in one interpreter only costs others a cache refill.
 */
public final class AbcModule {
    private AbcModule() {
    }

    private static final AtomicLong INVALIDATION_COUNTER = new AtomicLong();

    /** Builds {@code _abc}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_abc");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(AbcModule.class, "_abc", d);
        return m;
    }

    private static AbcData impl(Object cls) {
        Object impl = AttributeOps.getAttr(cls, "_abc_impl");
        if (!(impl instanceof AbcData data)) {
            throw PyExceptions.typeError("_abc_impl is set to a wrong type");
        }
        return data;
    }

    private static boolean isAbstract(Object value) {
        if (!(value instanceof PyObject)) {
            return false;
        }
        Object flag = AttributeOps.lookupAttr(value, "__isabstractmethod__");
        return flag != null && Truth.isTrue(flag);
    }

    @PyMethod(name = "get_cache_token")
    public static Object getCacheToken() {
        return PyInt.valueOf(INVALIDATION_COUNTER.get());
    }

    /** Computes {@code __abstractmethods__} and sets up {@code _abc_impl}. */
    @PyMethod(name = "_abc_init")
    public static Object abcInit(Object cls) {
        SetTable abstracts = new SetTable();
        Object ns = AttributeOps.getAttr(cls, "__dict__");
        Object keys = CallOps.callMethod(ns, "keys", new Object[0], null);
        Object it = IterOps.iter(keys);
        for (Object k = IterOps.next(it); k != null; k = IterOps.next(it)) {
            Object value = org.pyston.builtins.ops.ItemOps.getItem(ns, k);
            if (isAbstract(value)) {
                abstracts.add(k);
            }
        }
        Object bases = AttributeOps.getAttr(cls, "__bases__");
        if (!(bases instanceof PyTuple b)) {
            throw PyExceptions.typeError("__bases__ is not tuple");
        }
        for (Object base : b.items) {
            Object inherited = AttributeOps.lookupAttr(base, "__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            Object bit = IterOps.iter(inherited);
            for (Object name = IterOps.next(bit); name != null; name = IterOps.next(bit)) {
                if (!(name instanceof PyStr s)) {
                    continue;
                }
                Object value = AttributeOps.lookupAttr(cls, s.value());
                if (value != null && isAbstract(value)) {
                    abstracts.add(name);
                }
            }
        }
        if (cls instanceof PyType t && !t.isBuiltin()) {
            // collections.abc's Sequence and Mapping declare the pattern-matching flag this way
            Object flags = t.lookupLocal("__abc_tpflags__");
            if (flags != null) {
                if (flags instanceof PyInt fi) {
                    long v = fi.value;
                    if ((v & (PyType.SEQUENCE_FLAG | PyType.MAPPING_FLAG)) == (PyType.SEQUENCE_FLAG | PyType.MAPPING_FLAG)) {
                        throw PyExceptions.typeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    }
                    t.setCollectionFlags(t.collectionFlags() | (int) (v & (PyType.SEQUENCE_FLAG | PyType.MAPPING_FLAG)));
                }
                t.setAttribute("__abc_tpflags__", null);
            }
        }
        AttributeOps.setAttr(cls, "__abstractmethods__", new PyFrozenSet(abstracts));
        AttributeOps.setAttr(cls, "_abc_impl", new AbcData(INVALIDATION_COUNTER.get()));
        return PyNone.NONE;
    }

    @PyMethod(name = "_abc_register")
    public static Object abcRegister(Object cls, Object subclass) {
        if (!(subclass instanceof PyType)) {
            throw PyExceptions.typeError("Can only register classes");
        }
        if (TypeOps.isSubclass(subclass, cls)) {
            return subclass;
        }
        // a cycle is tested only after "already a subclass", as CPython does
        if (TypeOps.isSubclass(cls, subclass)) {
            throw PyExceptions.runtimeError("Refusing to create an inheritance cycle");
        }
        impl(cls).registry.put(subclass, Boolean.TRUE);
        INVALIDATION_COUNTER.incrementAndGet();
        if (cls instanceof PyType abc && abc.collectionFlags() != 0) {
            ((PyType) subclass).setCollectionFlagsRecursive(abc.collectionFlags());
        }
        return subclass;
    }

    @PyMethod(name = "_abc_instancecheck")
    public static Object abcInstancecheck(Object cls, Object instance) {
        AbcData impl = impl(cls);
        Object subclass = AttributeOps.getAttr(instance, "__class__");
        if (impl.cache.containsKey(subclass)) {
            return PyBool.TRUE;
        }
        Object subtype = TypeOps.typeOf(instance);
        if (subtype == subclass) {
            if (impl.negativeCacheVersion == INVALIDATION_COUNTER.get() && impl.negativeCache.containsKey(subclass)) {
                return PyBool.FALSE;
            }
            return CallOps.callMethod(cls, "__subclasscheck__", new Object[] {subclass}, null);
        }
        Object r = CallOps.callMethod(cls, "__subclasscheck__", new Object[] {subclass}, null);
        if (Truth.isTrue(r)) {
            return r;
        }
        return CallOps.callMethod(cls, "__subclasscheck__", new Object[] {subtype}, null);
    }

    @PyMethod(name = "_abc_subclasscheck")
    public static Object abcSubclasscheck(Object cls, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw PyExceptions.typeError("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(cls);
        if (impl.cache.containsKey(subclass)) {
            return PyBool.TRUE;
        }
        long counter = INVALIDATION_COUNTER.get();
        if (impl.negativeCacheVersion < counter) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = counter;
        } else if (impl.negativeCache.containsKey(subclass)) {
            return PyBool.FALSE;
        }
        Object ok = CallOps.callMethod(cls, "__subclasshook__", new Object[] {subclass}, null);
        if (ok == PyBool.TRUE) {
            impl.cache.put(subclass, Boolean.TRUE);
            return PyBool.TRUE;
        }
        if (ok == PyBool.FALSE) {
            impl.negativeCache.put(subclass, Boolean.TRUE);
            return PyBool.FALSE;
        }
        if (ok != PyNotImplemented.NOT_IMPLEMENTED) {
            throw PyExceptions.assertionError("__subclasshook__ must return either False, True, or NotImplemented");
        }
        // a direct subclass
        for (Object t : sub.getMro()) {
            if (t == cls) {
                impl.cache.put(subclass, Boolean.TRUE);
                return PyBool.TRUE;
            }
        }
        // a subclass of a registered class
        for (Object rcls : AbcData.snapshot(impl.registry)) {
            if (TypeOps.isSubclass(subclass, rcls)) {
                impl.cache.put(subclass, Boolean.TRUE);
                return PyBool.TRUE;
            }
        }
        // a subclass of a subclass
        Object subclasses = CallOps.callMethod(cls, "__subclasses__", new Object[0], null);
        Object it = IterOps.iter(subclasses);
        for (Object scls = IterOps.next(it); scls != null; scls = IterOps.next(it)) {
            if (TypeOps.isSubclass(subclass, scls)) {
                impl.cache.put(subclass, Boolean.TRUE);
                return PyBool.TRUE;
            }
        }
        impl.negativeCache.put(subclass, Boolean.TRUE);
        return PyBool.FALSE;
    }

    /** {@code _get_dump(cls)}: (registry, cache, negative cache, version), sets of weak references. */
    @PyMethod(name = "_get_dump")
    public static Object getDump(Object cls) {
        AbcData impl = impl(cls);
        return PyTuple.of(setOf(impl.registry), setOf(impl.cache), setOf(impl.negativeCache),
                PyInt.valueOf(impl.negativeCacheVersion));
    }

    private static PySet setOf(java.util.Map<Object, Boolean> weak) {
        PySet s = new PySet();
        for (Object o : AbcData.snapshot(weak)) {
            s.add(CallOps.call(org.pyston.builtins.module.PyWeakRef.TYPE, new Object[] {o}, null));
        }
        return s;
    }

    @PyMethod(name = "_reset_registry")
    public static Object resetRegistry(Object cls) {
        impl(cls).registry.clear();
        return PyNone.NONE;
    }

    @PyMethod(name = "_reset_caches")
    public static Object resetCaches(Object cls) {
        AbcData impl = impl(cls);
        impl.cache.clear();
        impl.negativeCache.clear();
        return PyNone.NONE;
    }
}
