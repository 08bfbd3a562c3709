package org.pyston.indy.fast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the specialised implementation of an operation for exact operand classes. A fast path
 * is a public static method named after the operation ({@code add}, {@code lt}, {@code getitem},
 * {@code isTrue} ...) whose parameters are the exact classes it handles, in one of the classes
 * below. So {@code int + int} links to {@code IntFastPaths.add(PyInt, PyInt)} with no table to
 * keep in sync: adding a method is adding a fast path.
 *
 * <p>A fast path must give exactly the generic operation's result for its operand classes.
 */
public final class FastPaths {
    private FastPaths() {}

    private static final Class<?>[] HOLDERS = {
        IntFastPaths.class, FloatFastPaths.class, StrFastPaths.class, ContainerFastPaths.class, TruthFastPaths.class,
    };

    private static final Map<MethodType, Map<String, Optional<MethodHandle>>> CACHE = new ConcurrentHashMap<>();

    /** The fast path {@code name} of exactly this type, or null. */
    public static MethodHandle find(String name, MethodType type) {
        return CACHE.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> Optional.ofNullable(lookup(n, type))).orElse(null);
    }

    private static MethodHandle lookup(String name, MethodType type) {
        MethodHandles.Lookup l = MethodHandles.publicLookup();
        for (Class<?> holder : HOLDERS) {
            try {
                return l.findStatic(holder, name, type);
            } catch (NoSuchMethodException | IllegalAccessException e) {
                // not in this holder
            }
        }
        return null;
    }
}
