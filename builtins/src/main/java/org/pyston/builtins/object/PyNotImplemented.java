package org.pyston.builtins.object;

/** Python's {@code NotImplemented}: what a binary dunder returns to let the other operand try. */
public final class PyNotImplemented implements PyObject {
    /** {@code NotImplementedType}. */
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class,
            Methods.class, false);
    /** The only instance. */
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Methods of {@code NotImplementedType}. */
    public static final class Methods {
        private Methods() {
        }

        @PyMethod(name = "__new__", isStatic = true, general = true)
        public static Object new_(Object[] args, String[] kwnames) {
            return SingletonConstruction.singleton(NOT_IMPLEMENTED, "NotImplementedType", args, kwnames);
        }

        /** True, with 3.11's DeprecationWarning: a truth test of it is almost always a bug. */
        @PyMethod(name = "__bool__")
        public static boolean bool(Object self) {
            org.pyston.builtins.imp.WarningsModule.emit(org.pyston.builtins.exception.PyExceptions.DEPRECATION_WARNING,
                    "NotImplemented should not be used in a boolean context", 1);
            return true;
        }
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
