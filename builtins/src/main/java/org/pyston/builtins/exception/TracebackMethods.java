package org.pyston.builtins.exception;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;

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

    /** CPython's tb_next setter: None or a traceback that does not lead back to this one. */
    @PySetter("tb_next")
    public static void setTbNext(PyTraceback self, Object v) {
        if (v == null) {
            throw PyExceptions.typeError("can't delete tb_next attribute");
        }
        if (v == PyNone.NONE) {
            self.next = null;
            return;
        }
        if (!(v instanceof PyTraceback next)) {
            throw PyExceptions.typeError("expected traceback object, got '%s'", org.pyston.builtins.ops.TypeOps.typeName(v));
        }
        for (PyTraceback t = next; t != null; t = t.next) {
            if (t == self) {
                throw PyExceptions.valueError("traceback loop detected");
            }
        }
        self.next = next;
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
