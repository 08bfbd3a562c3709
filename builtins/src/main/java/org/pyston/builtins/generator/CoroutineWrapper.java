package org.pyston.builtins.generator;

import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** What {@code coroutine.__await__()} returns: an iterator driving the coroutine ({@code coroutine_wrapper}). */
public final class CoroutineWrapper implements PyObject, PyIterator {
    public static final PyType TYPE = PyType.builtin("coroutine_wrapper", CoroutineWrapper.class, CoroutineWrapperMethods.class, false);

    final PyCoroutine coroutine;

    public CoroutineWrapper(PyCoroutine coroutine) {
        this.coroutine = coroutine;
    }

    public PyCoroutine coroutine() {
        return coroutine;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public Object nextOrNull() {
        return coroutine.advance();
    }
}
