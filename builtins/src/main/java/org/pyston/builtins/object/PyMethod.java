package org.pyston.builtins.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a public static Java method as a built-in Python callable: a method of a built-in type
 * when it sits in the type's methods class (the first Java parameter is {@code self}), or a
 * function of a built-in module when it sits in a module class. The declarations are scanned once,
 * lazily, the first time the type's (or module's) dictionary is needed.
 *
 * <p>Two calling forms:
 * <ul>
 *   <li>fixed: parameters {@code (self?, Object a, Object b, ...)}; the first {@link #required()}
 *       arguments are required, the rest optional and passed as Java {@code null} when absent;
 *       keyword arguments are rejected;</li>
 *   <li>{@link #general()}: parameters {@code (self?, Object[] args, String[] kwnames)} receiving
 *       the raw vectorcall arguments (as {@code CallOps.call}), for signatures such as
 *       {@code print(*args, sep=, end=)}.</li>
 * </ul>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PyMethod {
    /** The Python name; by default the Java name with one trailing underscore removed. */
    String name() default "";

    /** How many of the non-self parameters are required; -1 means all of them. */
    int required() default -1;

    /** True for the {@code (self?, Object[] args, String[] kwnames)} form. */
    boolean general() default false;

    /** For a method in a type's methods class: true when it is a static method of the type. */
    boolean isStatic() default false;

    /** For a method in a type's methods class: true when it is a classmethod (first param: the type). */
    boolean isClass() default false;

    /**
     * True when CPython parses the arguments with {@code PyArg_ParseTuple}, whose arity errors read
     * "find() takes at most 3 arguments (4 given)" rather than Argument Clinic's "expected at most
     * 3 arguments, got 4" (str and bytes find/count/startswith ...).
     */
    boolean tupleArity() default false;

    /**
     * For a method in a type's methods class: true when the Java method receives self exactly as
     * called, which for an instance of a Python subclass is that instance rather than the built-in
     * value it wraps; for methods that need the instance's own class (repr, copy, __reduce__).
     */
    boolean wholeSelf() default false;
}
