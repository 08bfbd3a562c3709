package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import org.pyston.builtins.runtime.Assumption;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.text.PyStr;
import org.pyston.indy.support.NameSupport;

/**
 * {@code global} sites: a module global, else a builtin. The value found is linked as a constant
 * behind the assumptions of that name in the module's dict (and, for a builtin, in the builtins
 * dict), which {@link GlobalWatcher} invalidates when the name is rebound. A name rebound more than
 * {@link org.pyston.indy.site.SiteOptions#MAX_GLOBAL_REBINDS} times is read from the dict instead.
 * So {@code len}, {@code range} and a module-level function are constants at steady state.
 *
 * <p>An invalidated link stays in the site until the site runs again, so the folded value must not
 * be kept alive by it: definitions (functions, classes, modules, built-in functions) are folded as
 * true constants, which the JIT can see through; any other value is held through a weak reference
 * that cannot be cleared while the link is valid (the dict holds the value), so {@code del x} of a
 * global instance lets it be collected and its weak-reference callbacks run.
 */
public final class GlobalLinker implements Linker {
    private static final MethodHandle LOAD = Handles.findStatic(GlobalLinker.class, "load",
            MethodType.methodType(Object.class, PyDict.class, PyDict.class, PyStr.class));
    private static final MethodHandle STORE;

    static {
        try {
            STORE = MethodHandles.publicLookup().findVirtual(PyDict.class, "put",
                    MethodType.methodType(void.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final PyDict globals;
    private final PyDict builtins;
    private final MethodHandle generic;

    public GlobalLinker(Lookup caller, String name, MethodType type) throws Throwable {
        this.name = name;
        this.globals = (PyDict) caller.findStaticGetter(caller.lookupClass(), "$globals", PyDict.class).invoke();
        this.builtins = NameSupport.builtinsOf(globals);
        // the key is made (and its hash computed) once: the generic path allocates nothing
        this.generic = MethodHandles.insertArguments(LOAD, 0, globals, builtins, key(name)).asType(type);
    }

    /** The generic path: the module global, else the builtin, else NameError. */
    public static Object load(PyDict globals, PyDict builtins, PyStr key) {
        Object v = globals.get(key);
        if (v == null) v = builtins.get(key);
        if (v == null) throw PyExceptions.nameNotDefined(key.value());
        return v;
    }

    /**
     * The target of a {@code setglobal} site, {@code (Object)V}: {@code globals[name] = value} with
     * the str key made once. A store is the same operation whatever the value, so the site needs no
     * cache; the dict's watcher still invalidates the load sites that folded the old value.
     */
    public static MethodHandle store(Lookup caller, String name, MethodType type) throws Throwable {
        PyDict globals = (PyDict) caller.findStaticGetter(caller.lookupClass(), "$globals", PyDict.class).invoke();
        return MethodHandles.insertArguments(STORE, 0, globals, key(name)).asType(type);
    }

    private static PyStr key(String name) {
        PyStr key = PyStr.of(name);
        key.pyHash();
        return key;
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        GlobalWatcher gw = GlobalWatcher.of(globals);
        if (gw.rebinds(name) > org.pyston.indy.site.SiteOptions.MAX_GLOBAL_REBINDS) {
            return new GuardedTarget(generic, null);
        }
        // Take the assumptions before reading, so a rebind in between invalidates what we link.
        Assumption inGlobals = gw.assumptionFor(name);
        Object v = globals.getStr(name);
        if (v != null) return new GuardedTarget(folded(v), null, inGlobals);
        Assumption inBuiltins = GlobalWatcher.of(builtins).assumptionFor(name);
        v = builtins.getStr(name);
        if (v == null) return null; // NameError on the generic path, every time
        return new GuardedTarget(folded(v), null, inGlobals, inBuiltins);
    }

    private static final MethodHandle WEAK_GET;

    static {
        try {
            WEAK_GET = MethodHandles.publicLookup().findVirtual(java.lang.ref.Reference.class, "get",
                    MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * {@code () -> v}: a constant for a definition or a value that cannot be weakly referenced (its
     * lifetime is not observable: ints, floats, strings, tuples...), else a read of a weak
     * reference to {@code v}.
     */
    private static MethodHandle folded(Object v) {
        if (v instanceof org.pyston.builtins.function.PyFunction || v instanceof org.pyston.builtins.object.PyType
                || v instanceof org.pyston.builtins.module.PyModule || v instanceof org.pyston.builtins.function.PyBuiltinFunction
                || v instanceof org.pyston.builtins.number.PyInt || v instanceof org.pyston.builtins.number.PyFloat
                || v instanceof org.pyston.builtins.text.PyStr || v instanceof org.pyston.builtins.container.PyTuple
                || v instanceof org.pyston.builtins.object.PyNone || v instanceof org.pyston.builtins.number.PyBigInt) {
            return MethodHandles.constant(Object.class, v);
        }
        return WEAK_GET.bindTo(new java.lang.ref.WeakReference<>(v));
    }
}
