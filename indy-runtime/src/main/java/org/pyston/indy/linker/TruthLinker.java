package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

import org.pyston.builtins.ops.Truth;
import org.pyston.indy.fast.FastPaths;

/** {@code truth} sites: the condition of if/while/and/or/not, a JVM boolean. */
public final class TruthLinker implements Linker {
    private final MethodType type;
    private final MethodHandle generic;

    public TruthLinker(MethodType type) {
        this.type = type;
        this.generic = Handles.findStatic(Truth.class, "isTrue", MethodType.methodType(boolean.class, Object.class)).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        Class<?> c = args[0].getClass();
        MethodHandle fast = FastPaths.find("isTrue", MethodType.methodType(boolean.class, c));
        return new GuardedTarget(fast != null ? fast.asType(type) : generic, Guards.exactClass(type, 0, c));
    }
}
