package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.indy.fast.FastPaths;

/**
 * {@code cmp} sites ({@code a < b} ...) and {@code contains} sites ({@code x in c}). A cmp site
 * returns a JVM boolean when it is a branch condition, an object otherwise; fast paths return
 * boolean and are boxed to a PyBool for the object form.
 */
public final class CompareLinker implements Linker {
    private static final MethodHandle IS_TRUE = Handles.findStatic(Truth.class, "isTrue", MethodType.methodType(boolean.class, Object.class));
    private static final MethodHandle BOOL_OF = Handles.findStatic(PyBool.class, "of", MethodType.methodType(PyBool.class, boolean.class));

    private final MethodType type;
    private final String method;
    private final MethodHandle generic;
    /** True for contains sites: only the container's class selects the fast path. */
    private final boolean containment;

    public CompareLinker(String op, MethodType type) {
        this(javaName(op), type, false);
    }

    private CompareLinker(String method, MethodType type, boolean containment) {
        this.type = type;
        this.method = method;
        this.containment = containment;
        if (containment) {
            generic = Handles.findStatic(CompareOps.class, "contains", MethodType.methodType(boolean.class, Object.class, Object.class)).asType(type);
        } else {
            MethodHandle g = Handles.findStatic(CompareOps.class, method, Handles.objects(2));
            if (type.returnType() == boolean.class) g = MethodHandles.filterReturnValue(g, IS_TRUE);
            generic = g.asType(type);
        }
    }

    /** A linker for {@code contains(container, item)Z} sites. */
    public static CompareLinker contains(MethodType type) {
        return new CompareLinker("contains", type, true);
    }

    static String javaName(String op) {
        return switch (op) {
            case "Lt" -> "lt";
            case "LtE" -> "le";
            case "Gt" -> "gt";
            case "GtE" -> "ge";
            case "Eq" -> "eq";
            case "NotEq" -> "ne";
            default -> throw new IllegalArgumentException("unknown comparison " + op);
        };
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        Class<?> a = args[0].getClass(), b = args[1].getClass();
        if (containment) {
            MethodHandle fast = FastPaths.find(method, MethodType.methodType(boolean.class, a, Object.class));
            if (fast == null) return new GuardedTarget(generic, Guards.exactClass(type, 0, a));
            return new GuardedTarget(fast.asType(type), Guards.exactClass(type, 0, a));
        }
        MethodHandle guard = Guards.exactClasses(type, a, b);
        MethodHandle fast = FastPaths.find(method, MethodType.methodType(boolean.class, a, b));
        if (fast == null) return new GuardedTarget(generic, guard);
        if (type.returnType() != boolean.class) fast = MethodHandles.filterReturnValue(fast, BOOL_OF);
        return new GuardedTarget(fast.asType(type), guard);
    }
}
