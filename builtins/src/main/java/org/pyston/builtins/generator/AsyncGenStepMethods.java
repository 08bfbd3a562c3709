package org.pyston.builtins.generator;

import org.pyston.builtins.generator.PyAsyncGenerator.AsyncGenStep;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;

/** The awaitable of one async-generator step: it is its own __await__ iterator. */
public final class AsyncGenStepMethods {
    private AsyncGenStepMethods() {}

    @PyMethod(name = "__await__")
    public static Object await_(AsyncGenStep self) {
        return self;
    }

    @PyMethod(name = "__iter__")
    public static Object iter(AsyncGenStep self) {
        return self;
    }

    @PyMethod(name = "__next__")
    public static Object next(AsyncGenStep self) {
        return self.send(PyNone.NONE);
    }

    @PyMethod
    public static Object send(AsyncGenStep self, Object value) {
        return self.send(value);
    }

    @PyMethod(name = "throw", required = 1)
    public static Object throw_(AsyncGenStep self, Object typ, Object val, Object tb) {
        return self.throwIn(GeneratorMethods.makeException(typ, val, tb));
    }

    @PyMethod
    public static Object close(AsyncGenStep self) {
        return PyNone.NONE;
    }
}
