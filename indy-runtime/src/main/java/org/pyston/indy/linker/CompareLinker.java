package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
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

    private static final MethodHandle SAME_TYPE = Handles.findStatic(CompareLinker.class, "bothOfType",
            MethodType.methodType(boolean.class, PyType.class, Object.class, Object.class));
    private static final MethodHandle AFTER_CALL = Handles.findStatic(CompareLinker.class, "afterCall",
            MethodType.methodType(Object.class, CompareOps.Op.class, Object.class, Object.class, Object.class));

    private final MethodType type;
    /** The operator, for a Python class's comparison method; null for contains sites. */
    private final CompareOps.Op op;
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
        this.op = containment ? null : CompareOps.Op.valueOf(method.toUpperCase(java.util.Locale.ROOT));
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
        if (a == PyInstance.class && b == PyInstance.class) {
            GuardedTarget t = linkPythonClass(args);
            if (t != null) return t;
        }
        MethodHandle guard = Guards.exactClasses(type, a, b);
        MethodHandle fast = FastPaths.find(method, MethodType.methodType(boolean.class, a, b));
        if (fast == null) return new GuardedTarget(generic, guard);
        if (type.returnType() != boolean.class) fast = MethodHandles.filterReturnValue(fast, BOOL_OF);
        return new GuardedTarget(fast.asType(type), guard);
    }

    /**
     * Both operands instances of the same Python class whose comparison method is a plain function:
     * call it directly (same class, so no reflected-first rule applies); NotImplemented continues
     * with the rest of the protocol. Guarded by the class and the assumptions of the method name
     * on the class and of the function's code.
     */
    private GuardedTarget linkPythonClass(Object[] args) {
        PyType t = ((PyInstance) args[0]).getType();
        if (((PyInstance) args[1]).getType() != t || t.builtinBase() != null) return null;
        org.pyston.builtins.runtime.Assumption sp = t.assumptionFor(op.dunder);
        if (!(t.lookup(op.dunder) instanceof PyFunction f)) return null;
        MethodHandle h = f.positionalHandle(2);
        if (h == null) return null;
        // (r, a, b) -> r unless NotImplemented; fold the call's result in front of the operands
        MethodHandle after = MethodHandles.insertArguments(AFTER_CALL, 0, op);
        MethodHandle target = MethodHandles.foldArguments(after, h.asType(Handles.objects(2)));
        if (type.returnType() == boolean.class) target = MethodHandles.filterReturnValue(target, IS_TRUE);
        MethodHandle guard = MethodHandles.insertArguments(SAME_TYPE, 0, t)
                .asType(MethodType.methodType(boolean.class, type.parameterType(0), type.parameterType(1)));
        return new GuardedTarget(target.asType(type), guard, sp, f.assumption());
    }

    public static boolean bothOfType(PyType t, Object a, Object b) {
        return a instanceof PyInstance x && x.getType() == t && b instanceof PyInstance y && y.getType() == t;
    }

    public static Object afterCall(CompareOps.Op op, Object r, Object a, Object b) {
        return r != PyNotImplemented.NOT_IMPLEMENTED ? r : CompareOps.compareAfterLeftDeclined(a, b, op);
    }
}
