package org.pyston.builtins.functools;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.runtime.Interpreter;

/** The {@code _functools} module: reduce, partial, cmp_to_key and the lru_cache wrapper. */
public final class FunctoolsModule {
    private FunctoolsModule() {
    }

    /** Builds {@code _functools}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_functools");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(FunctoolsModule.class, "_functools", d);
        d.putStr("partial", PyPartial.TYPE);
        d.putStr("_lru_cache_wrapper", LruCacheWrapper.TYPE);
        d.putStr("KeyWrapper", KeyWrapper.TYPE);
        return m;
    }

    /** {@code reduce(function, iterable[, initial])}. */
    @PyMethod(required = 2)
    public static Object reduce(Object function, Object iterable, Object initial) {
        Object it;
        try {
            it = IterOps.iter(iterable);
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.TYPE_ERROR)) {
                throw PyExceptions.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        Object acc = initial;
        Object[] pair = new Object[2];
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            if (acc == null) {
                acc = v;
            } else {
                pair = new Object[] {acc, v};
                acc = CallOps.call(function, pair, null);
            }
        }
        if (acc == null) {
            throw PyExceptions.typeError("reduce() of empty iterable with no initial value");
        }
        return acc;
    }

    /** {@code cmp_to_key(mycmp)}. */
    @PyMethod(name = "cmp_to_key", general = true)
    public static Object cmpToKey(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("cmp_to_key", args, kwnames, 1, new String[] {"mycmp"}, 1);
        return new KeyWrapper(a[0], null);
    }
}
