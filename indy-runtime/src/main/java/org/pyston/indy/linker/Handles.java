package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Looks up the public static methods linkers bind to; a missing one is a build error, not a user error. */
final class Handles {
    private Handles() {}

    static MethodHandle findStatic(Class<?> holder, String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findStatic(holder, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("runtime method missing: " + holder.getName() + "." + name + type, e);
        }
    }

    static MethodType objects(int n) {
        return MethodType.genericMethodType(n);
    }
}
