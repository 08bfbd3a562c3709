package org.pyston.builtins.generator;

import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Python-visible methods of {@code coroutine}: send, throw, close, __await__, cr_*. */
public final class CoroutineMethods {
    private CoroutineMethods() {}

    @PyMethod(name = "__await__")
    public static Object await_(PyCoroutine self) {
        return new CoroutineWrapper(self);
    }

    @PyMethod
    public static Object send(PyCoroutine self, Object value) {
        return self.send(value);
    }

    @PyMethod(name = "throw", required = 1)
    public static Object throw_(PyCoroutine self, Object typ, Object val, Object tb) {
        return self.throwInto(GeneratorMethods.makeException(typ, val, tb));
    }

    @PyMethod
    public static Object close(PyCoroutine self) {
        self.close();
        return PyNone.NONE;
    }

    @PyGetter("cr_running")
    public static Object crRunning(PyCoroutine self) {
        return PyBool.of(self.isRunning());
    }

    @PyGetter("cr_frame")
    public static Object crFrame(PyCoroutine self) {
        return GeneratorMethods.frameOf(self);
    }

    @PyGetter("cr_await")
    public static Object crAwait(PyCoroutine self) {
        return self.yieldFrom();
    }

    @PyGetter("cr_suspended")
    public static Object crSuspended(PyCoroutine self) {
        return PyBool.of(self.isSuspended());
    }

    @PyGetter("cr_code")
    public static Object crCode(PyCoroutine self) {
        return self.getCode();
    }

    @PyGetter("__name__")
    public static Object name(PyCoroutine self) {
        return self.nameObject();
    }

    @PySetter("__name__")
    public static void setName(PyCoroutine self, Object v) {
        GeneratorMethods.setName(self, v);
    }

    @PySetter("__qualname__")
    public static void setQualname(PyCoroutine self, Object v) {
        GeneratorMethods.setQualname(self, v);
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyCoroutine self) {
        return self.qualnameObject();
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyCoroutine self) {
        return PyStr.of("<coroutine object " + self.getQualname() + " at " + TypeOps.addressOf(self) + ">");
    }
}
