package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;

/** {@code __iter__} and {@code __next__} shared by every built-in {@link PyIterator} type. */
public final class IteratorMethods {
    private IteratorMethods() {
    }

    @PyMethod(name = "__iter__")
    public static Object iter(Object self) {
        return self;
    }

    @PyMethod(name = "__next__")
    public static Object next(Object self) {
        Object v = ((PyIterator) self).nextOrNull();
        if (v == null) {
            throw PyExceptions.create(PyExceptions.STOP_ITERATION);
        }
        return v;
    }
}
