package org.pyston.builtins.number;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code bool}: a subclass of {@code int} with two instances. In Java it is its own class
 * (so {@code PyInt} stays final and guards stay exact), holding its int value; int operations
 * accept it wherever they accept {@code PyInt}.
 */
public final class PyBool implements PyObject {
    /** Python's {@code bool}. */
    public static final PyType TYPE = PyType.builtin("bool", PyBool.class, BoolMethods.class, false, PyInt.TYPE);
    /** {@code True}. */
    public static final PyBool TRUE = new PyBool(true);
    /** {@code False}. */
    public static final PyBool FALSE = new PyBool(false);

    /** The truth value. */
    public final boolean value;
    /** The int value: 1 or 0. */
    public final long intValue;

    private PyBool(boolean value) {
        this.value = value;
        this.intValue = value ? 1 : 0;
    }

    /** {@code TRUE} or {@code FALSE}. */
    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value ? "True" : "False";
    }
}
