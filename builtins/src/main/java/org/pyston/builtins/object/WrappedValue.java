package org.pyston.builtins.object;

/**
 * A built-in value that needs to know the instance of a Python subclass that wraps it (see
 * {@link PyInstance#builtinValue()}): its Java methods then dispatch through that instance, so a
 * method the subclass overrides is the one called (as CPython's C code calls through
 * {@code self}'s type). {@link PyInstance} tells the value once, when it is created.
 */
public interface WrappedValue {
    /** Called once by the wrapping instance's constructor. */
    void wrappedBy(PyInstance outer);
}
