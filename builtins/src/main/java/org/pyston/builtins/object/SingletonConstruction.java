package org.pyston.builtins.object;

import org.pyston.builtins.exception.PyExceptions;

/**
 * Calling the type of a singleton ({@code type(None)()}, {@code type(NotImplemented)()},
 * {@code type(...)()}) returns the singleton, as CPython's; any argument is a TypeError.
 */
final class SingletonConstruction {
    private SingletonConstruction() {
    }

    /** The singleton, after checking that {@code T.__new__(cls)} got no other argument. */
    static Object singleton(Object instance, String typeName, Object[] args, String[] kwnames) {
        if (args.length > 1 || (kwnames != null && kwnames.length > 0)) {
            throw PyExceptions.typeError("%s takes no arguments", typeName);
        }
        return instance;
    }

    /** Methods of {@code NoneType}. */
    public static final class NoneMethods {
        private NoneMethods() {
        }

        @PyMethod(name = "__new__", isStatic = true, general = true)
        public static Object new_(Object[] args, String[] kwnames) {
            return singleton(PyNone.NONE, "NoneType", args, kwnames);
        }
    }
}
