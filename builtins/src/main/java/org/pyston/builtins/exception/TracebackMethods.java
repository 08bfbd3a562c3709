package org.pyston.builtins.exception;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;

/** Attributes of traceback objects. */
public final class TracebackMethods {
    private TracebackMethods() {
    }

    /** {@code types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}, checked as CPython's tb_new. */
    @org.pyston.builtins.object.PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("traceback", java.util.Arrays.copyOfRange(args, 1, args.length),
                kwnames, 4, new String[] {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, 4);
        PyTraceback next;
        if (p[0] == PyNone.NONE) {
            next = null;
        } else if (p[0] instanceof PyTraceback t) {
            next = t;
        } else {
            throw PyExceptions.typeError("expected traceback object or None, got '%s'",
                    org.pyston.builtins.ops.TypeOps.typeName(p[0]));
        }
        if (!(p[1] instanceof PyFrame frame)) {
            throw PyExceptions.typeError("TracebackType() argument 'tb_frame' must be frame, not %s",
                    org.pyston.builtins.ops.TypeOps.typeName(p[1]));
        }
        int lasti = (int) org.pyston.builtins.ops.UnaryOps.indexAsLong(p[2]);
        int lineno = (int) org.pyston.builtins.ops.UnaryOps.indexAsLong(p[3]);
        return new PyTraceback(next, frame, lasti, lineno);
    }

    @PyGetter("tb_lineno")
    public static Object tbLineno(PyTraceback self) {
        return PyInt.valueOf(self.lineno());
    }

    @PyGetter("tb_lasti")
    public static Object tbLasti(PyTraceback self) {
        if (self.frame != null) return PyInt.valueOf(self.lasti);
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
        if (self.frame != null) return self.frame;
        return new PyFrame(self.code, self.lineno(), self.positionEntry());
    }

    /** {@code tb.__dir__()}: the four attributes, as CPython's traceback type lists them. */
    @org.pyston.builtins.object.PyMethod(name = "__dir__")
    public static Object dir(PyTraceback self) {
        return org.pyston.builtins.container.PyList.wrap(new Object[] {
            org.pyston.builtins.text.PyStr.of("tb_frame"), org.pyston.builtins.text.PyStr.of("tb_next"),
            org.pyston.builtins.text.PyStr.of("tb_lasti"), org.pyston.builtins.text.PyStr.of("tb_lineno")});
    }
}
