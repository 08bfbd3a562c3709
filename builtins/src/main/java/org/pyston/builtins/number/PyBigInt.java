package org.pyston.builtins.number;

import java.math.BigInteger;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code int} outside the {@code long} range. Invariant: {@code value.bitLength() >= 64},
 * so a value is never representable both ways; use {@link PyInt#of(BigInteger)} to normalise.
 */
public final class PyBigInt implements PyObject {
    /** The value, always outside the long range. */
    public final BigInteger value;

    /** Wraps {@code value}, which must be outside the long range. */
    public PyBigInt(BigInteger value) {
        assert value.bitLength() >= 64 : "PyBigInt in long range: " + value;
        this.value = value;
    }

    @Override
    public PyType getType() {
        return PyInt.TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBigInt b && b.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
