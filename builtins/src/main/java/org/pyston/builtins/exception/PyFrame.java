package org.pyston.builtins.exception;

import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * A minimal frame object ({@code tb.tb_frame}): the code and the current line of a frame a
 * traceback entry recorded. No locals and no {@code f_back}: frames are not materialised on the
 * fast path (see ARCHITECTURE.md), so this is made from the traceback entry on demand. Immutable.
 */
public final class PyFrame implements PyObject {
    /** Python's {@code frame}. */
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyFrame.class, false);

    /** The frame's code ({@code f_code}). */
    public final PyCode code;
    /** The frame's current line ({@code f_lineno}). */
    public final int lineno;

    public PyFrame(PyCode code, int lineno) {
        this.code = code;
        this.lineno = lineno;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyGetter("f_code")
    public static Object fCode(PyFrame self) {
        return self.code;
    }

    @PyGetter("f_lineno")
    public static Object fLineno(PyFrame self) {
        return PyInt.valueOf(self.lineno);
    }
}
