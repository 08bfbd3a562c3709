package org.pyston.builtins.exception;

import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * One traceback entry ({@code types.TracebackType}): the code and line of a frame the exception
 * passed through, and {@code tb_next}, the entry of the frame it was raised from deeper in.
 * Only {@link #next} changes, when Python code assigns {@code tb_next} (unittest cuts its own
 * frames off a failure's traceback that way).
 */
public final class PyTraceback implements PyObject {
    /** {@code traceback}. */
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, TracebackMethods.class, false);

    /** The code of the frame. */
    public final PyCode code;
    /**
     * Where that frame was: a line, or a position entry of {@link #code} (see
     * {@link org.pyston.builtins.function.CodePositions}); decoded only when asked for.
     */
    public final int location;
    /** The next (deeper) entry, or null; Python code may cut or relink it (tb_next is writable, as in CPython). */
    public volatile PyTraceback next;

    /** The frame given to {@code types.TracebackType(...)}, or null for an entry made by a raise. */
    final PyFrame frame;
    /** {@code tb_lasti} as given to {@code types.TracebackType(...)} (with {@link #frame}). */
    final int lasti;

    /** An entry for {@code code} at {@code location} whose deeper entries are {@code next}. */
    public PyTraceback(PyCode code, int location, PyTraceback next) {
        this.code = code;
        this.location = location;
        this.next = next;
        this.frame = null;
        this.lasti = -1;
    }

    /** {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}: the given values as they are. */
    PyTraceback(PyTraceback next, PyFrame frame, int lasti, int lineno) {
        this.code = frame.code();
        this.location = lineno;
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    /** The line being executed in that frame ({@code tb_lineno}). */
    public int lineno() {
        return code == null ? location : code.lineOf(location);
    }

    /**
     * The position entry of the failing operation, or -1 when only the line is known. CPython's
     * {@code tb_lasti} is an instruction offset, {@code 2 *} the index into {@code co_positions()}.
     */
    public int positionEntry() {
        if (code == null || !org.pyston.builtins.function.CodePositions.isEntry(location)) return -1;
        int entry = org.pyston.builtins.function.CodePositions.entryOf(location);
        return code.positions().has(entry) ? entry : -1;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
