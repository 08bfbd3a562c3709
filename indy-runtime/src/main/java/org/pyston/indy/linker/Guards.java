package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Guard handles. Built-in types are exact Java classes, so "is a PyInt" is one class compare
 * that C2 folds into the compiled site; Python values are never null (null is only the sentinel
 * of next), so the null test is cheap insurance.
 */
public final class Guards {
    private Guards() {}

    private static final MethodHandle IS_CLASS, IS_CLASSES, IS_SAME;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            IS_CLASS = l.findStatic(Guards.class, "isClass", MethodType.methodType(boolean.class, Class.class, Object.class));
            IS_CLASSES = l.findStatic(Guards.class, "isClasses",
                    MethodType.methodType(boolean.class, Class.class, Class.class, Object.class, Object.class));
            IS_SAME = l.findStatic(Guards.class, "isSame", MethodType.methodType(boolean.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static boolean isClass(Class<?> c, Object o) {
        return o != null && o.getClass() == c;
    }

    static boolean isClasses(Class<?> a, Class<?> b, Object x, Object y) {
        return x != null && x.getClass() == a && y != null && y.getClass() == b;
    }

    static boolean isSame(Object expected, Object o) {
        return o == expected;
    }

    /** {@code (site params) -> boolean}: argument {@code pos} is exactly of class {@code c}. */
    public static MethodHandle exactClass(MethodType siteType, int pos, Class<?> c) {
        return onArgument(siteType, pos, MethodHandles.insertArguments(IS_CLASS, 0, c));
    }

    /** {@code (site params) -> boolean}: argument {@code pos} is {@code expected} (identity). */
    public static MethodHandle identity(MethodType siteType, int pos, Object expected) {
        return onArgument(siteType, pos, MethodHandles.insertArguments(IS_SAME, 0, expected));
    }

    /** Both argument 0 and argument 1 are exactly of the given classes. */
    public static MethodHandle exactClasses(MethodType siteType, Class<?> a, Class<?> b) {
        // One test method, not and(exactClass, exactClass): fewer lambda forms to spin at link time
        // and to compile (binary operators and comparisons are the most common sites).
        MethodType params = siteType.changeReturnType(boolean.class);
        MethodHandle t = MethodHandles.insertArguments(IS_CLASSES, 0, a, b)
                .asType(MethodType.methodType(boolean.class, params.parameterType(0), params.parameterType(1)));
        return MethodHandles.dropArguments(t, 2, params.parameterList().subList(2, params.parameterCount()));
    }

    /** Applies a one-argument test to argument {@code pos} of the site's parameter list. */
    public static MethodHandle onArgument(MethodType siteType, int pos, MethodHandle test) {
        MethodType params = siteType.changeReturnType(boolean.class);
        MethodHandle t = test.asType(MethodType.methodType(boolean.class, params.parameterType(pos)));
        t = MethodHandles.dropArguments(t, 0, params.parameterList().subList(0, pos));
        return MethodHandles.dropArguments(t, pos + 1, params.parameterList().subList(pos + 1, params.parameterCount()));
    }

    /** Short-circuit conjunction of two guards of the same type. */
    public static MethodHandle and(MethodHandle a, MethodHandle b) {
        MethodHandle falseResult = MethodHandles.dropArguments(MethodHandles.constant(boolean.class, false), 0, a.type().parameterList());
        return MethodHandles.guardWithTest(a, b, falseResult);
    }
}
