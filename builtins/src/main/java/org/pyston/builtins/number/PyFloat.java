package org.pyston.builtins.number;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** Python {@code float}: an IEEE double. */
public final class PyFloat implements PyObject {
    /** Python's {@code float}. */
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, FloatMethods.class, true);

    /** The value. */
    public final double value;

    /** Boxes {@code value}. */
    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyFloat f && Double.compare(f.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value);
    }

    @Override
    public String toString() {
        return org.pyston.builtins.ops.Repr.repr(this);
    }
}
