package org.pyston.builtins.object;

/** Python's {@code NotImplemented}: what a binary dunder returns to let the other operand try. */
public final class PyNotImplemented implements PyObject {
    /** {@code NotImplementedType}. */
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class, null, false);
    /** The only instance. */
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
