package org.pyston.builtins.random;

import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.runtime.Interpreter;

/** The {@code _random} module: the {@link PyRandom} type {@code random.Random} builds on. */
public final class RandomModule {
    private RandomModule() {
    }

    /** Builds {@code _random}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_random");
        m.getDict().putStr("Random", PyRandom.TYPE);
        return m;
    }
}
