package org.pyston.builtins.object;

/** Python's {@code None}: the single instance of {@code NoneType}. */
public final class PyNone implements PyObject {
    /** {@code NoneType}. */
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class,
            SingletonConstruction.NoneMethods.class, false);
    /** The only instance. */
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
