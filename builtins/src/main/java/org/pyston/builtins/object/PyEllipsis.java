package org.pyston.builtins.object;

/** Python's {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis implements PyObject {
    /** {@code ellipsis}. */
    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, EllipsisMethods.class, false);
    /** The only instance. */
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
