package org.pyston.builtins.module;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * {@code _pyston}: hooks for our own Python stand-ins for C modules (lib/pyston), which run
 * CPython's pure-Python fallbacks but must look like the C versions. Not part of CPython; user
 * code has no reason to import it.
 */
public final class PystonModule {
    private PystonModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_pyston");
        DeclarationScanner.scanModule(PystonModule.class, "_pyston", m.getDict());
        return m;
    }

    /**
     * Names a Python class as CPython names a static type of a C module ("datetime.date" in
     * messages about its instances), as classes defined by lib/pyston modules already are.
     */
    @PyMethod(name = "static_type")
    public static Object staticType(Object cls) {
        if (!(cls instanceof PyType t)) {
            throw PyExceptions.typeError("static_type() argument must be a class, not %s", TypeOps.typeName(cls));
        }
        t.markStaticNamed();
        return cls;
    }
}
