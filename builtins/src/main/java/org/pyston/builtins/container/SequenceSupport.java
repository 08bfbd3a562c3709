package org.pyston.builtins.container;

import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.UnaryOps;

/** Helpers shared by the sequence methods. */
final class SequenceSupport {
    private SequenceSupport() {
    }

    /** The [start, stop) bounds of {@code index(x, start, stop)} clamped to a sequence of length {@code n}. */
    static int[] range(int n, Object start, Object stop) {
        long s = start == null || start == PyNone.NONE ? 0 : UnaryOps.indexClamped(start);
        long e = stop == null || stop == PyNone.NONE ? n : UnaryOps.indexClamped(stop);
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        if (e < 0) {
            e = Math.max(0, e + n);
        }
        return new int[] {(int) Math.min(s, n), (int) Math.min(e, n)};
    }
}
