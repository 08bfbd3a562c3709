package org.pyston.builtins.generator;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.text.PyStr;

/** {@code async_generator}: __aiter__, __anext__, asend, athrow, aclose, ag_*. */
public final class AsyncGeneratorMethods {
    private AsyncGeneratorMethods() {}

    @PyMethod(name = "__aiter__")
    public static Object aiter(PyAsyncGenerator self) {
        return self;
    }

    @PyMethod(name = "__anext__")
    public static Object anext(PyAsyncGenerator self) {
        return new PyAsyncGenerator.AsyncGenStep(self, PyNone.NONE, null, false);
    }

    @PyMethod
    public static Object asend(PyAsyncGenerator self, Object value) {
        return new PyAsyncGenerator.AsyncGenStep(self, value, null, false);
    }

    @PyMethod(required = 1)
    public static Object athrow(PyAsyncGenerator self, Object typ, Object val, Object tb) {
        return new PyAsyncGenerator.AsyncGenStep(self, PyNone.NONE, GeneratorMethods.makeException(typ, val, tb), false);
    }

    @PyMethod
    public static Object aclose(PyAsyncGenerator self) {
        return new PyAsyncGenerator.AsyncGenStep(self, PyNone.NONE, PyExceptions.create(PyExceptions.GENERATOR_EXIT), true);
    }

    @PyGetter("ag_running")
    public static Object agRunning(PyAsyncGenerator self) {
        return PyBool.of(self.isRunning());
    }

    @PyGetter("ag_frame")
    public static Object agFrame(PyAsyncGenerator self) {
        return GeneratorMethods.frameOf(self);
    }

    @PyGetter("ag_await")
    public static Object agAwait(PyAsyncGenerator self) {
        return self.yieldFrom();
    }

    @PyGetter("ag_code")
    public static Object agCode(PyAsyncGenerator self) {
        return self.getCode();
    }

    @PyGetter("__name__")
    public static Object name(PyAsyncGenerator self) {
        return self.nameObject();
    }

    @PySetter("__name__")
    public static void setName(PyAsyncGenerator self, Object v) {
        GeneratorMethods.setName(self, v);
    }

    @PySetter("__qualname__")
    public static void setQualname(PyAsyncGenerator self, Object v) {
        GeneratorMethods.setQualname(self, v);
    }

    @PyGetter("__qualname__")
    public static Object qualname(PyAsyncGenerator self) {
        return self.qualnameObject();
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyAsyncGenerator self) {
        return PyStr.of("<async_generator object " + self.getQualname() + " at " + TypeOps.addressOf(self) + ">");
    }
}
