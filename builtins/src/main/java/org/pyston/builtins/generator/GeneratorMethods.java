package org.pyston.builtins.generator;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.exception.PyTraceback;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Python-visible methods of {@code generator}: send, throw, close, the iterator protocol, gi_*. */
public final class GeneratorMethods {
    private GeneratorMethods() {}

    @PyMethod(name = "__iter__")
    public static Object iter(PyGenerator self) {
        return self;
    }

    @PyMethod(name = "__next__")
    public static Object next(PyGenerator self) {
        Object v = self.nextOrNull();
        if (v == null) throw PyExceptions.stopIteration(self.returnValue);
        return v;
    }

    @PyMethod
    public static Object send(PyGenerator self, Object value) {
        return self.send(value);
    }

    /** {@code throw(type[, value[, tb]])} or {@code throw(exc)}. */
    @PyMethod(name = "throw", required = 1)
    public static Object throw_(PyGenerator self, Object typ, Object val, Object tb) {
        return self.throwInto(makeException(typ, val, tb));
    }

    @PyMethod
    public static Object close(PyGenerator self) {
        self.close();
        return PyNone.NONE;
    }

    /** CPython's normalisation of throw()'s arguments. */
    static PyBaseException makeException(Object typ, Object val, Object tb) {
        if (tb != null && tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw PyExceptions.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (typ instanceof PyType t && t.isSubtype(PyExceptions.BASE_EXCEPTION)) {
            if (val == null || val == PyNone.NONE) e = instantiate(t, new Object[0]);
            else if (val instanceof PyBaseException v && v.getType().isSubtype(t)) e = v;
            else e = instantiate(t, val instanceof org.pyston.builtins.container.PyTuple tup ? tup.items : new Object[] {val});
        } else if (typ instanceof PyBaseException inst) {
            if (val != null && val != PyNone.NONE) {
                throw PyExceptions.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else {
            throw PyExceptions.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    TypeOps.typeName(typ));
        }
        if (tb instanceof PyTraceback t) e.setTraceback(t);
        return e;
    }

    /**
     * Calls an exception class, with CPython's error (_PyErr_CreateException) when it returns no
     * exception. As CPython's normalisation, an error doing so is what gets thrown in instead.
     */
    private static PyBaseException instantiate(PyType t, Object[] args) {
        Object r;
        try {
            r = CallOps.call(t, args, null);
        } catch (PyBaseException err) {
            return err;
        }
        if (r instanceof PyBaseException e) return e;
        return PyExceptions.typeError("calling %s should have returned an instance of BaseException, not %s",
                org.pyston.builtins.ops.Repr.repr(t), TypeOps.typeName(r));
    }

    @PyGetter("gi_running")
    public static Object giRunning(PyGenerator self) {
        return PyBool.of(self.isRunning());
    }

    @PyGetter("gi_yieldfrom")
    public static Object giYieldFrom(PyGenerator self) {
        return self.yieldFrom();
    }

    @PyGetter("gi_suspended")
    public static Object giSuspended(PyGenerator self) {
        return PyBool.of(self.isSuspended());
    }

    /** A frame while the generator can still run (its line: where it is suspended), None once finished. */
    @PyGetter("gi_frame")
    public static Object giFrame(PyGenerator self) {
        return frameOf(self);
    }

    /**
     * gi_frame/cr_frame/ag_frame: a snapshot frame at the suspension line, None once finished;
     * the same object while the generator stays suspended at the same line.
     */
    static Object frameOf(Resumable self) {
        if (self.isFinished()) return PyNone.NONE;
        int line = self.currentLine();
        org.pyston.builtins.exception.PyFrame f = self.frameSnapshot;
        if (f == null || f.lineno != line || f.code() != self.getCode()) {
            f = new org.pyston.builtins.exception.PyFrame(self.getCode(), line);
            self.frameSnapshot = f;
        }
        return f;
    }

    @PyGetter("gi_code")
    public static Object giCode(PyGenerator self) {
        return self.getCode();
    }

    @PyGetter("__name__")
    public static Object name(PyGenerator self) {
        return self.nameObject();
    }

    @PySetter("__name__")
    public static void setName(Resumable self, Object v) {
        if (!(v instanceof PyStr s)) throw PyExceptions.typeError("__name__ must be set to a string object");
        self.setName(s);
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyGenerator self) {
        return self.qualnameObject();
    }

    @PySetter("__qualname__")
    public static void setQualname(Resumable self, Object v) {
        if (!(v instanceof PyStr s)) throw PyExceptions.typeError("__qualname__ must be set to a string object");
        self.setQualname(s);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyGenerator self) {
        return PyStr.of("<generator object " + self.getQualname() + " at " + TypeOps.addressOf(self) + ">");
    }
}
