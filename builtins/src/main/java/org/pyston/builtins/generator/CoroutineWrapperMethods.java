package org.pyston.builtins.generator;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;

/** {@code coroutine_wrapper}: the iterator protocol plus send/throw/close passed to the coroutine. */
public final class CoroutineWrapperMethods {
    private CoroutineWrapperMethods() {}

    @PyMethod(name = "__iter__")
    public static Object iter(CoroutineWrapper self) {
        return self;
    }

    @PyMethod(name = "__next__")
    public static Object next(CoroutineWrapper self) {
        Object v = self.coroutine.advance();
        if (v == null) throw PyExceptions.stopIteration(self.coroutine.returnValue);
        return v;
    }

    @PyMethod
    public static Object send(CoroutineWrapper self, Object value) {
        return self.coroutine.send(value);
    }

    @PyMethod(name = "throw", required = 1)
    public static Object throw_(CoroutineWrapper self, Object typ, Object val, Object tb) {
        return self.coroutine.throwInto(GeneratorMethods.makeException(typ, val, tb));
    }

    @PyMethod
    public static Object close(CoroutineWrapper self) {
        self.coroutine.close();
        return PyNone.NONE;
    }
}
