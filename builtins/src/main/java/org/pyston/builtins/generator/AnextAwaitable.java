package org.pyston.builtins.generator;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;

/**
 * What {@code anext(iterator, default)} returns ({@code anext_awaitable}): awaiting it awaits
 * {@code iterator.__anext__()}, except that the iterator's end (StopAsyncIteration) completes the
 * await with {@code default}. It is its own {@code __await__} iterator and passes send/throw/close
 * through to the awaitable's.
 */
public final class AnextAwaitable implements PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", AnextAwaitable.class, AnextAwaitableMethods.class, false);

    private final Object wrapped;
    private final Object defaultValue;
    /** The awaitable's {@code __await__()} iterator, got on the first step. */
    private Object inner;

    public AnextAwaitable(Object wrapped, Object defaultValue) {
        this.wrapped = wrapped;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private Object inner() {
        if (inner == null) {
            Object awaitable = CallOps.callMethod(wrapped, "__anext__", new Object[0], null);
            PyType t = TypeOps.typeOf(awaitable);
            if (t.lookup("__await__") == null) {
                throw PyExceptions.typeError("'%s' object is not awaitable", t.tpName());
            }
            inner = CallOps.callMethod(awaitable, "__await__", new Object[0], null);
        }
        return inner;
    }

    /** One step: {@code send(value)}, or {@code __next__()} when the iterator has no send. */
    Object send(Object value) {
        Object it = inner();
        try {
            if (value == PyNone.NONE && TypeOps.typeOf(it).lookup("send") == null) {
                return CallOps.callMethod(it, "__next__", new Object[0], null);
            }
            return CallOps.callMethod(it, "send", new Object[] {value}, null);
        } catch (PyBaseException e) {
            throw translate(e);
        }
    }

    Object throwIn(Object[] args) {
        Object it = inner();
        if (TypeOps.typeOf(it).lookup("throw") == null) {
            throw GeneratorMethods.makeException(args[0], args[1], args[2]);
        }
        try {
            return CallOps.callMethod(it, "throw", args, null);
        } catch (PyBaseException e) {
            throw translate(e);
        }
    }

    void close() {
        Object it = inner();
        if (TypeOps.typeOf(it).lookup("close") != null) {
            CallOps.callMethod(it, "close", new Object[0], null);
        }
    }

    /** The iterator's end becomes the await's result: StopIteration carrying the default. */
    private PyBaseException translate(PyBaseException e) {
        if (e.isInstance(PyExceptions.STOP_ASYNC_ITERATION)) {
            return PyExceptions.stopIteration(defaultValue);
        }
        return e;
    }
}
