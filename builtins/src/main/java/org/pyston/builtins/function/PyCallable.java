package org.pyston.builtins.function;

/**
 * A Java-implemented callable on the generic path: {@code CallOps.call} invokes it with the
 * vectorcall convention (positional arguments, then the values of the keyword arguments named by
 * {@code kwnames}, which is null when there are none).
 */
public interface PyCallable {
    /** Calls this object. */
    Object call(Object[] args, String[] kwnames);
}
