package org.pyston.builtins.number;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** Python {@code complex}: two doubles, immutable. Operators are its declared dunders. */
public final class PyComplex implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    /** Python's {@code complex}. */
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, ComplexMethods.class, true);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return ComplexMethods.reprOf(this);
    }
}
