package org.pyston.builtins.object;

import org.pyston.builtins.text.PyStr;

/** Methods of {@code ellipsis}: its repr is the name it is bound to, {@code Ellipsis}. */
public final class EllipsisMethods {
    private EllipsisMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return SingletonConstruction.singleton(PyEllipsis.ELLIPSIS, "EllipsisType", args, kwnames);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyEllipsis self) {
        return PyStr.of("Ellipsis");
    }
}
