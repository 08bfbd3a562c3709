package org.pyston.builtins.exception;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyNone;

/** Attributes of traceback objects. */
public final class TracebackMethods {
    private TracebackMethods() {
    }

    @PyGetter("tb_lineno")
    public static Object tbLineno(PyTraceback self) {
        return PyInt.valueOf(self.lineno());
    }

    @PyGetter("tb_lasti")
    public static Object tbLasti(PyTraceback self) {
        int entry = self.positionEntry();
        return PyInt.valueOf(entry < 0 ? -1 : 2 * entry);
    }

    @PyGetter("tb_next")
    public static Object tbNext(PyTraceback self) {
        return self.next == null ? PyNone.NONE : self.next;
    }

    @PyGetter("tb_frame")
    public static Object tbFrame(PyTraceback self) {
        return new PyFrame(self.code, self.lineno(), self.positionEntry());
    }

    @PyGetter("tb_code")
    public static Object tbCode(PyTraceback self) {
        return self.code;
    }
}
