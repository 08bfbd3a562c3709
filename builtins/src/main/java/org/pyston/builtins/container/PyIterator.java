package org.pyston.builtins.container;

import org.pyston.builtins.object.PyObject;

/**
 * A built-in iterator: {@code IterOps.next} calls {@link #nextOrNull()} directly, with no
 * StopIteration. Python's {@code __next__}/{@code __iter__} come from {@link IteratorMethods}.
 */
public interface PyIterator extends PyObject {
    /** The next value, or null when exhausted (and every later call returns null too). */
    Object nextOrNull();
}
