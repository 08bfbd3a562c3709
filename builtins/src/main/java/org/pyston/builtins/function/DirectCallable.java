package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;

/**
 * A callable indy-runtime may link to directly, skipping argument binding. A call site guards on
 * the identity of the callable (and, for a {@link PyFunction}, its {@link PyFunction#assumption()}),
 * then invokes the handle.
 */
public interface DirectCallable {
    /**
     * A handle of type {@code (Object x nargs)Object} (for a method descriptor:
     * {@code (Object self, Object x nargs)Object}, the receiver's class already guarded by the
     * caller) that performs a call with exactly {@code nargs} positional arguments and no keywords,
     * filling defaults and binding the closure without allocating arrays; or null when such a call
     * needs the generic path (wrong arity, required keyword-only parameters, ...).
     */
    MethodHandle positionalHandle(int nargs);
}
