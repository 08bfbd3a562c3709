package org.pyston.builtins.container;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;

/** Methods of {@code frozenset} only (the rest it shares with set in {@link SetMethods}). */
public final class FrozenSetMethods {
    private FrozenSetMethods() {
    }

    /** The hash of the elements, cached; declared so that a subclass instance hashes like its value. */
    @PyMethod(name = "__hash__")
    public static Object hash(PyFrozenSet self) {
        return PyInt.valueOf(self.pyHash());
    }
}
