package org.pyston.indy.fast;

import org.pyston.builtins.object.PyNone;

/** Truth of values whose class alone decides it; see {@link FastPaths}. */
public final class TruthFastPaths {
    private TruthFastPaths() {}

    public static boolean isTrue(PyNone n) { return false; }
}
