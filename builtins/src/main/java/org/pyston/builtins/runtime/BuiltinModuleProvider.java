package org.pyston.builtins.runtime;

import org.pyston.builtins.module.PyModule;

/**
 * A source of Java-written modules that live outside {@code builtins} (for instance cext-bridge's
 * native modules {@code resource}, {@code fcntl}, {@code mmap}): found with
 * {@link java.util.ServiceLoader} (a {@code META-INF/services} entry naming the implementation),
 * so that builtins does not depend on the module that provides them. Their modules import as
 * built-in modules and appear in {@code sys.builtin_module_names}.
 *
 * <p>An implementation must be cheap to construct and to ask for {@link #names()}: the registry
 * loads providers on the first look-up of a name that is not one of builtins' own, which happens
 * during start-up. Anything costly (loading a native library) belongs in the module's first use.
 */
public interface BuiltinModuleProvider {
    /** The names of the modules this provider makes. */
    String[] names();

    /** A new instance of module {@code name} (one of {@link #names()}) for {@code interp}. */
    PyModule create(String name, Interpreter interp);
}
