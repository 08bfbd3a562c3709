package org.pyston.builtins.generator;

import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;

/** {@code anext_awaitable}: its own __await__ iterator, with send/throw/close. */
public final class AnextAwaitableMethods {
    private AnextAwaitableMethods() {}

    @PyMethod(name = "__await__")
    public static Object await_(AnextAwaitable self) {
        return self;
    }

    @PyMethod(name = "__iter__")
    public static Object iter(AnextAwaitable self) {
        return self;
    }

    @PyMethod(name = "__next__")
    public static Object next(AnextAwaitable self) {
        return self.send(PyNone.NONE);
    }

    @PyMethod
    public static Object send(AnextAwaitable self, Object value) {
        return self.send(value);
    }

    @PyMethod(name = "throw", required = 1)
    public static Object throw_(AnextAwaitable self, Object typ, Object val, Object tb) {
        return self.throwIn(new Object[] {typ, val == null ? PyNone.NONE : val, tb == null ? PyNone.NONE : tb});
    }

    @PyMethod
    public static Object close(AnextAwaitable self) {
        self.close();
        return PyNone.NONE;
    }
}
