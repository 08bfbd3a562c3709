package org.pyston.builtins.contextvars;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.runtime.Interpreter;

/** The {@code _contextvars} module that {@code contextvars} re-exports. */
public final class ContextvarsModule {
    private ContextvarsModule() {
    }

    /** Builds {@code _contextvars}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_contextvars");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(ContextvarsModule.class, "_contextvars", d);
        d.putStr("Context", PyContext.TYPE);
        d.putStr("ContextVar", PyContextVar.TYPE);
        d.putStr("Token", PyToken.TYPE);
        return m;
    }

    /** {@code copy_context()}: a copy of this thread's current context. */
    @PyMethod(name = "copy_context")
    public static Object copyContext() {
        return new PyContext(PyContext.current().vars);
    }
}
