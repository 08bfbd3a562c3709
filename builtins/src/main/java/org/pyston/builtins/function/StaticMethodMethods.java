package org.pyston.builtins.function;

import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.CallOps;

/** Methods of {@code staticmethod}: those it shares with classmethod and property, and (3.10+) {@code __call__}. */
public final class StaticMethodMethods extends DescriptorMethods {
    private StaticMethodMethods() {
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(PyStaticMethod self, Object[] args, String[] kwnames) {
        return CallOps.call(self.function, args, kwnames);
    }
}
