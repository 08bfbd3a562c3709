package org.pyston.indy.support;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.number.PyInt;

/**
 * The {@code is} operator. Reference identity, except that equal ints in CPython's small-int
 * cache range (-5..256) are the same object in CPython, so {@code x is 1} agrees with it.
 */
public final class Identity {
    private Identity() {}

    public static final MethodHandle IS;

    static {
        try {
            IS = MethodHandles.lookup().findStatic(Identity.class, "is",
                    MethodType.methodType(boolean.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static boolean is(Object a, Object b) {
        if (a == b) return true;
        return a instanceof PyInt x && b instanceof PyInt y && x.value == y.value && x.value >= -5 && x.value <= 256;
    }
}
