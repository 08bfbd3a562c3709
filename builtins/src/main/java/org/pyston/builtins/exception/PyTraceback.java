package org.pyston.builtins.exception;

import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * One traceback entry ({@code types.TracebackType}): the code and line of a frame the exception
 * passed through, and {@code tb_next}, the entry of the frame it was raised from deeper in.
 * Immutable.
 */
public final class PyTraceback implements PyObject {
    /** {@code traceback}. */
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, TracebackMethods.class, false);

    /** The code of the frame. */
    public final PyCode code;
    /** The line being executed in that frame ({@code tb_lineno}). */
    public final int lineno;
    /** The next (deeper) entry, or null. */
    public final PyTraceback next;

    /** An entry for {@code code} at {@code lineno} whose deeper entries are {@code next}. */
    public PyTraceback(PyCode code, int lineno, PyTraceback next) {
        this.code = code;
        this.lineno = lineno;
        this.next = next;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
