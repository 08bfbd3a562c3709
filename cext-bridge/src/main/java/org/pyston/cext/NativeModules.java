package org.pyston.cext;

import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.runtime.BuiltinModuleProvider;
import org.pyston.builtins.runtime.Interpreter;

/**
 * cext-bridge's modules, offered to the runtime as built-in modules (registered in
 * {@code META-INF/services/org.pyston.builtins.runtime.BuiltinModuleProvider}). Constructing
 * this and listing the names loads nothing native: each module binds the C library
 * ({@link org.pyston.cext.libc.Native}) on its first system call.
 */
public final class NativeModules implements BuiltinModuleProvider {
    private static final String[] NAMES = {"resource", "fcntl", "termios", "faulthandler"};

    @Override
    public String[] names() {
        return NAMES.clone();
    }

    @Override
    public PyModule create(String name, Interpreter interp) {
        switch (name) {
            case "resource": return org.pyston.cext.resource.ResourceModule.create(interp);
            case "fcntl": return org.pyston.cext.fcntl.FcntlModule.create(interp);
            case "termios": return org.pyston.cext.termios.TermiosModule.create(interp);
            case "faulthandler": return org.pyston.cext.faulthandler.FaulthandlerModule.create(interp);
            default: return null;
        }
    }
}
