package org.pyston.builtins.number;

import java.math.BigInteger;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code int} whose value fits a Java {@code long}. Values outside that range are
 * {@link PyBigInt}; every operation normalises its result back to {@code PyInt} when it fits, so
 * the two forms never overlap. {@code bool} is the separate class {@link PyBool}, which int
 * operations accept too.
 */
public final class PyInt implements PyObject {
    /** Python's {@code int}. */
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, IntMethods.class, true);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 256;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }

    /** The value. */
    public final long value;

    /** A new box; arithmetic fast paths use this, never the cache. */
    public PyInt(long value) {
        this.value = value;
    }

    /** A boxed int, shared for small values: for boundaries such as {@code int()} and constants. */
    public static PyInt valueOf(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    /** The normalised int for {@code v}: a {@code PyInt} when it fits a long, else a {@link PyBigInt}. */
    public static Object of(BigInteger v) {
        if (v.bitLength() < 64) {
            return new PyInt(v.longValue());
        }
        return new PyBigInt(v);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyInt i && i.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
