package org.pyston.builtins.container;

import java.util.Arrays;
import java.util.List;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code tuple}. Immutable: {@link #items} is never written after construction (callers
 * that pass an array to {@link #wrap} hand it over).
 */
public final class PyTuple implements PyObject {
    /** Python's {@code tuple}. */
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, TupleMethods.class, true).withCollectionFlag(PyType.SEQUENCE_FLAG);
    /** {@code ()}. */
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    /** The elements; never modified. */
    public final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /** A tuple of the given elements (the array is copied). */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    // Fixed arities: the varargs form copies its array (the caller may keep it), which for the
    // pairs made per step of dict.items(), enumerate and zip was a second allocation each time.

    /** {@code (a,)}. */
    public static PyTuple of(Object a) {
        return new PyTuple(new Object[] {a});
    }

    /** {@code (a, b)}. */
    public static PyTuple of(Object a, Object b) {
        return new PyTuple(new Object[] {a, b});
    }

    /** {@code (a, b, c)}. */
    public static PyTuple of(Object a, Object b, Object c) {
        return new PyTuple(new Object[] {a, b, c});
    }

    /** A tuple that takes ownership of {@code items}: the caller must not modify the array again. */
    public static PyTuple wrap(Object[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** A tuple of the list's elements. */
    public static PyTuple fromList(List<Object> items) {
        return wrap(items.toArray());
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code len(t)}. */
    public int size() {
        return items.length;
    }

    /** The element at {@code i} (0 <= i < size()). */
    public Object get(int i) {
        return items[i];
    }

    /** A copy of the elements. */
    public Object[] toArray() {
        return items.clone();
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
