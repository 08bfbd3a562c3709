package org.pyston.builtins.exception;

import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * A frame object ({@code sys._getframe()}, {@code tb.tb_frame}): the code, the current line and the
 * globals of a Python frame. Frames are not materialised on the fast path (see ARCHITECTURE.md),
 * so this is made on demand, from a traceback entry or from the JVM stack ({@link FrameWalker}),
 * and is a snapshot: its line does not advance. A function frame's locals are not available.
 */
public final class PyFrame implements PyObject {
    /** Python's {@code frame}. */
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyFrame.class, false);

    /** The frame's code ({@code f_code}); null for a module body whose code object was never made. */
    private final PyCode code;
    /** The frame's current line ({@code f_lineno}). */
    public final int lineno;
    private final FrameWalker.Entry entry;
    /** The stack this frame was read from, and its position there (for {@code f_back}); null for traceback frames. */
    private final List<FrameWalker.Entry> stack;
    private final int index;

    /** Position entry of the frame's current operation (for {@code f_lasti}), or -1. */
    private final int positionEntry;

    public PyFrame(PyCode code, int lineno) {
        this(code, lineno, -1);
    }

    /** A traceback entry's frame: {@code positionEntry} indexes {@code code.positions()} (-1: unknown). */
    public PyFrame(PyCode code, int lineno, int positionEntry) {
        this.positionEntry = positionEntry;
        this.code = code;
        this.lineno = lineno;
        this.entry = null;
        this.stack = null;
        this.index = 0;
    }

    private PyFrame(List<FrameWalker.Entry> stack, int index) {
        this.positionEntry = -1;
        this.entry = stack.get(index);
        this.code = entry.code();
        this.lineno = entry.lineno();
        this.stack = stack;
        this.index = index;
    }

    /** The frame at {@code index} of a stack read by {@link FrameWalker} (innermost first). */
    static PyFrame chain(List<FrameWalker.Entry> stack, int index) {
        return new PyFrame(stack, index);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The code running in this frame. */
    public PyCode code() {
        return code != null ? code : FrameWalker.moduleCode(entry);
    }

    private PyDict globals() {
        if (entry != null) {
            return entry.globals();
        }
        PyDict g = FrameWalker.globalsOf(code);
        if (g == null) {
            throw PyExceptions.runtimeError("the globals of this frame are no longer known");
        }
        return g;
    }

    @PyGetter("f_code")
    public static Object fCode(PyFrame self) {
        return self.code();
    }

    @PyGetter("f_lineno")
    public static Object fLineno(PyFrame self) {
        return PyInt.valueOf(self.lineno);
    }

    @PyGetter("f_globals")
    public static Object fGlobals(PyFrame self) {
        return self.globals();
    }

    @PyGetter("f_builtins")
    public static Object fBuiltins(PyFrame self) {
        Object b = self.globals().getStr("__builtins__");
        if (b instanceof org.pyston.builtins.module.PyModule m) {
            return m.getDict();
        }
        return b == null ? new PyDict() : b;
    }

    /** A module frame's locals are its globals; a function frame's locals are not materialised. */
    @PyGetter("f_locals")
    public static Object fLocals(PyFrame self) {
        if (self.code == null || (self.code.name.equals("<module>"))) {
            return self.globals();
        }
        throw PyExceptions.notImplementedError("frame.f_locals of function '%s' is not available: "
                + "locals are not materialised outside the frame", self.code.qualname);
    }

    @PyGetter("f_back")
    public static Object fBack(PyFrame self) {
        if (self.stack == null || self.index + 1 >= self.stack.size()) {
            return PyNone.NONE;
        }
        return new PyFrame(self.stack, self.index + 1);
    }

    /**
     * 2 * the position entry of a traceback frame's failing operation (CPython's instruction offset
     * into {@code co_positions()}); -1, "no position", for frames read off the stack.
     */
    @PyGetter("f_lasti")
    public static Object fLasti(PyFrame self) {
        return PyInt.valueOf(self.positionEntry < 0 ? -1 : 2 * self.positionEntry);
    }

    @PyGetter("f_trace")
    public static Object fTrace(PyFrame self) {
        return PyNone.NONE;
    }

    @PyMethod
    public static Object clear(PyFrame self) {
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyFrame self) {
        PyCode c = self.code();
        return org.pyston.builtins.text.PyStr.of(String.format("<frame at 0x%x, file '%s', line %d, code %s>",
                System.identityHashCode(self), c.filename, self.lineno, c.name));
    }
}
