package org.pyston.builtins.number;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code bool}. */
public final class BoolMethods {
    private BoolMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("bool() takes no keyword arguments");
        }
        if (args.length > 2) {
            throw PyExceptions.typeError("bool expected at most 1 argument, got %d", args.length - 1);
        }
        return PyBool.of(args.length == 2 && Truth.isTrue(args[1]));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyBool self) {
        return PyStr.of(self.value ? "True" : "False");
    }
}
