package org.pyston.builtins.generator;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyType;

/**
 * A coroutine ({@code coroutine}, from {@code async def}): a {@link Resumable} body that suspends
 * at the yields of the awaitables it awaits. It is driven by send()/throw()/close(), as an event
 * loop does, or awaited by another coroutine; it is not an iterator itself ({@code __await__}
 * returns one).
 */
public final class PyCoroutine extends Resumable {
    public static final PyType TYPE = PyType.builtin("coroutine", PyCoroutine.class, CoroutineMethods.class, false);

    public PyCoroutine(MethodHandle body, PyCode code, Object[] arguments) {
        super(body, code, arguments);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    protected String kind() {
        return "coroutine";
    }

    /** CPython's error for a coroutine resumed (sent to, thrown into, awaited) after it finished. */
    @Override
    protected PyBaseException exhausted() {
        return PyExceptions.runtimeError("cannot reuse already awaited coroutine");
    }

    /** One step for the {@code __await__} iterator: null when finished. */
    public Object advance() {
        return resume(org.pyston.builtins.object.PyNone.NONE, null);
    }
}
