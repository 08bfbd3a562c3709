package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;

/**
 * Links one operation family. A linker is created per call site (it may keep the site's static
 * arguments: an attribute name, an operator) and is asked for a target each time the site links
 * for the actual arguments it was given.
 */
public interface Linker {
    /** The generic target of the site's type: always correct, used cold and when megamorphic. */
    MethodHandle generic();

    /** A guarded target specialised for {@code args}, or null when the generic path is the best we have. */
    GuardedTarget link(Object[] args) throws Throwable;
}
