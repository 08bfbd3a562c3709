package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.ops.ItemOps;
import org.pyston.indy.fast.FastPaths;

/**
 * {@code getitem}, {@code setitem} and {@code delitem} sites. Fast paths are looked up for the
 * exact (container, key) classes first, then for (container, any key): {@code list[int]} and
 * {@code dict[anything]}.
 */
public final class ItemLinker implements Linker {
    private final MethodType type;
    private final String op;
    private final MethodHandle generic;

    public ItemLinker(String op, MethodType type) {
        this.type = type;
        this.op = op;
        String name = switch (op) {
            case "getitem" -> "getItem";
            case "setitem" -> "setItem";
            default -> "delItem";
        };
        this.generic = Handles.findStatic(ItemOps.class, name, type.generic().changeReturnType(type.returnType())).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        if (op.equals("delitem")) return null;
        Class<?> c = args[0].getClass(), k = args[1].getClass();
        MethodType exact = type.changeParameterType(0, c).changeParameterType(1, k);
        MethodHandle fast = FastPaths.find(op, exact);
        if (fast != null) return new GuardedTarget(fast.asType(type), Guards.exactClasses(type, c, k));
        fast = FastPaths.find(op, type.changeParameterType(0, c));
        if (fast != null) return new GuardedTarget(fast.asType(type), Guards.exactClass(type, 0, c));
        return new GuardedTarget(generic, Guards.exactClasses(type, c, k));
    }

}
