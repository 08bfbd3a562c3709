package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.lang.invoke.SwitchPoint;

import org.pyston.builtins.container.PyDict;
import org.pyston.indy.support.NameSupport;

/**
 * {@code global} sites: a module global, else a builtin. The value found is linked as a constant
 * behind the switch points of that name in the module's dict (and, for a builtin, in the builtins
 * dict), which {@link GlobalWatcher} invalidates when the name is rebound. A name rebound more than
 * {@link org.pyston.indy.site.SiteOptions#MAX_GLOBAL_REBINDS} times is read from the dict instead.
 * So {@code len}, {@code range} and a module-level function are constants at steady state.
 */
public final class GlobalLinker implements Linker {
    private final String name;
    private final PyDict globals;
    private final PyDict builtins;
    private final MethodHandle generic;

    public GlobalLinker(Lookup caller, String name, MethodType type) throws Throwable {
        this.name = name;
        this.globals = (PyDict) caller.findStaticGetter(caller.lookupClass(), "$globals", PyDict.class).invoke();
        this.builtins = NameSupport.builtinsOf(globals);
        MethodHandle load = Handles.findStatic(NameSupport.class, "loadGlobal",
                MethodType.methodType(Object.class, PyDict.class, PyDict.class, String.class));
        this.generic = MethodHandles.insertArguments(load, 0, globals, builtins, name).asType(type);
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
        // Take the switch points before reading, so a rebind in between invalidates what we link.
        SwitchPoint inGlobals = gw.switchPointFor(name);
        Object v = globals.getStr(name);
        if (v != null) return new GuardedTarget(MethodHandles.constant(Object.class, v), null, inGlobals);
        SwitchPoint inBuiltins = GlobalWatcher.of(builtins).switchPointFor(name);
        v = builtins.getStr(name);
        if (v == null) return null; // NameError on the generic path, every time
        return new GuardedTarget(MethodHandles.constant(Object.class, v), null, inGlobals, inBuiltins);
    }
}
