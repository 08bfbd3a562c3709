package org.pyston.builtins.container;

import org.pyston.builtins.object.PyObject;

/**
 * A built-in iterator: {@code IterOps.next} calls {@link #nextOrNull()} directly, with no
 * StopIteration. Python's {@code __next__}/{@code __iter__} come from {@link IteratorMethods}.
 */
public interface PyIterator extends PyObject {
    /** The next value, or null when exhausted (and every later call returns null too). */
    Object nextOrNull();

    /**
     * {@code __length_hint__}: how many items are left, as CPython's iterator of the same type
     * reports it (0 once exhausted or after its container changed size); -1 for iterator types
     * that have no {@code __length_hint__}. Types that have one declare it with
     * {@link LengthHintMethods}.
     */
    default long lengthHint() {
        return -1;
    }
}
