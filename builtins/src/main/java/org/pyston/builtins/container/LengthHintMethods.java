package org.pyston.builtins.container;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;

/**
 * {@code __length_hint__} of the built-in iterators that have one in CPython (what
 * {@code operator.length_hint} and {@code list(it)} pre-sizing read); added to those types with
 * {@code PyType.addDeclarations}.
 */
public final class LengthHintMethods {
    private LengthHintMethods() {
    }

    @PyMethod(name = "__length_hint__")
    public static Object lengthHint(Object self) {
        return PyInt.valueOf(Math.max(0L, ((PyIterator) self).lengthHint()));
    }
}
