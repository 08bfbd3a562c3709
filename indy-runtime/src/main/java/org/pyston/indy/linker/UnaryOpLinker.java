package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

import org.pyston.builtins.ops.UnaryOps;
import org.pyston.indy.fast.FastPaths;

/** {@code unary} sites: {@code -x}, {@code +x}, {@code ~x} ({@code not} is a truth site). */
public final class UnaryOpLinker implements Linker {
    private final MethodType type;
    private final String method;
    private final MethodHandle generic;

    public UnaryOpLinker(String op, MethodType type) {
        this.type = type;
        this.method = switch (op) {
            case "USub" -> "neg";
            case "UAdd" -> "pos";
            case "Invert" -> "invert";
            default -> throw new IllegalArgumentException("unknown unary operator " + op);
        };
        this.generic = Handles.findStatic(UnaryOps.class, method, Handles.objects(1)).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        Class<?> c = args[0].getClass();
        MethodHandle fast = FastPaths.find(method, MethodType.methodType(Object.class, c));
        return new GuardedTarget(fast != null ? fast.asType(type) : generic, Guards.exactClass(type, 0, c));
    }
}
