package org.pyston.builtins.object;

/**
 * Every Python value is a {@code PyObject}. Generated code handles {@code Object}, but anything it
 * receives from the runtime implements this interface, so {@code type(x)} is one interface call.
 */
public interface PyObject {
    /** The Python type of this value (for a user subclass of a built-in, the subclass). */
    PyType getType();
}
