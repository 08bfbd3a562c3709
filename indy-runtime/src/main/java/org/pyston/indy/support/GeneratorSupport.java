package org.pyston.indy.support;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.generator.CoroutineWrapper;
import org.pyston.builtins.generator.PyAsyncGenerator;
import org.pyston.builtins.generator.PyCoroutine;
import org.pyston.builtins.generator.PyGenerator;
import org.pyston.builtins.generator.Resumable;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;

/**
 * What generated generator bodies call. The body of a generator function is compiled to a
 * resumable method; calling the function only creates the {@link PyGenerator} with the arguments.
 *
 * <p>{@link #yieldValue} and {@link #yieldFromValue} are markers: the compiler rewrites every call
 * to them into "spill locals and stack, record the resume point, return the value" plus a resume
 * label. They are never executed.
 */
public final class GeneratorSupport {
    private GeneratorSupport() {}

    /** The entry of a generator function: a new generator holding the arguments (closure first). */
    public static Object newGenerator(MethodHandle body, PyCode code, Object[] arguments) {
        return new PyGenerator(body, code, arguments);
    }

    /** The entry of an {@code async def} containing yield: a new asynchronous generator. */
    public static Object newAsyncGenerator(MethodHandle body, PyCode code, Object[] arguments) {
        return new PyAsyncGenerator(body, code, arguments);
    }

    /** A value an asynchronous generator yields to its consumer. */
    public static Object asyncGenYield(Object value) {
        return new PyAsyncGenerator.YieldedValue(value);
    }

    /** The entry of an {@code async def}: a new coroutine holding the arguments. */
    public static Object newCoroutine(MethodHandle body, PyCode code, Object[] arguments) {
        return new PyCoroutine(body, code, arguments);
    }

    /**
     * {@code await x}: the iterator to delegate to — a coroutine itself, a generator-based
     * coroutine, or what {@code __await__} returns — with CPython's errors for the rest.
     */
    public static Object awaitIterator(Object awaitable) {
        if (awaitable instanceof PyCoroutine || awaitable instanceof PyGenerator g && isIterableCoroutine(g)) {
            return awaitable;
        }
        Object method = TypeOps.typeOf(awaitable).lookup("__await__");
        if (method == null) {
            throw PyExceptions.typeError("object %s can't be used in 'await' expression", TypeOps.typeName(awaitable));
        }
        Object it = CallOps.callWithSelf(method, awaitable, new Object[0], null);
        if (it instanceof PyCoroutine) throw PyExceptions.typeError("__await__() returned a coroutine");
        if (!(it instanceof org.pyston.builtins.container.PyIterator) && TypeOps.typeOf(it).lookup("__next__") == null) {
            throw PyExceptions.typeError("__await__() returned non-iterator of type '%s'", TypeOps.typeName(it));
        }
        return it;
    }

    private static boolean isIterableCoroutine(PyGenerator g) {
        return g.getCode().isIterableCoroutine(); // types.coroutine
    }

    /** {@code async for}: {@code type(x).__aiter__(x)} with CPython's error. */
    public static Object asyncIter(Object o) {
        Object m = TypeOps.typeOf(o).lookup("__aiter__");
        if (m == null) {
            throw PyExceptions.typeError("'async for' requires an object with __aiter__ method, got %s", TypeOps.typeName(o));
        }
        return CallOps.callWithSelf(m, o, new Object[0], null);
    }

    /** {@code async for}: the awaitable of the next step, {@code type(it).__anext__(it)}. */
    public static Object asyncNext(Object it) {
        Object m = TypeOps.typeOf(it).lookup("__anext__");
        if (m == null) {
            throw PyExceptions.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    TypeOps.typeName(it));
        }
        return CallOps.callWithSelf(m, it, new Object[0], null);
    }

    /** Whether an exception ends an {@code async for} (StopAsyncIteration). */
    public static boolean isStopAsyncIteration(Throwable t) {
        return t instanceof PyBaseException e && e.isInstance(PyExceptions.STOP_ASYNC_ITERATION);
    }

    /**
     * The awaitable of {@code __aexit__}: {@code exit(None, None, None)} when {@code exc} is null,
     * else {@code exit(type(exc), exc, exc.__traceback__)}.
     */
    public static Object asyncExitCall(Object exit, PyBaseException exc) {
        if (exc == null) return CallOps.call(exit, new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
        Object tb = exc.getTraceback() == null ? PyNone.NONE : exc.getTraceback();
        return CallOps.call(exit, new Object[] {exc.getType(), exc, tb}, null);
    }

    /** {@code async with mgr}: returns {bound __aexit__, awaitable of __aenter__()}. */
    public static Object[] asyncWithEnter(Object mgr) {
        var t = TypeOps.typeOf(mgr);
        Object enter = t.lookup("__aenter__");
        Object exit = t.lookup("__aexit__");
        if (enter == null) {
            throw PyExceptions.typeError("'%s' object does not support the asynchronous context manager protocol", t.tpName());
        }
        if (exit == null) {
            throw PyExceptions.typeError("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", t.tpName());
        }
        Object boundExit = AttributeOps.getAttr(mgr, "__aexit__");
        Object awaitable = CallOps.callWithSelf(enter, mgr, new Object[0], null);
        return new Object[] {boundExit, awaitable};
    }

    /** Marker for {@code yield value}; evaluates to what the generator receives (or raises what is thrown in). */
    public static Object yieldValue(Object value) {
        throw new IllegalStateException("yield marker executed: the generator transform did not run");
    }

    /** Marker for a yield inside {@code yield from}; evaluates to the generator itself, raising nothing. */
    public static Object yieldFromValue(Object value) {
        throw new IllegalStateException("yield marker executed: the generator transform did not run");
    }

    /** After resuming at a plain yield: the sent value, or the thrown-in exception raised here. */
    public static Object received(Resumable gen) {
        return gen.received();
    }

    // ---- yield from

    /** {@code yield from iterable}: the delegation state. */
    public static Object yieldFromStart(Object iterable) {
        if (iterable instanceof PyCoroutine) {
            throw PyExceptions.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
        return new Delegation(IterOps.iter(iterable));
    }

    /** {@code await x}: the delegation state over x's await iterator. */
    public static Object awaitStart(Object awaitable) {
        return new Delegation(awaitIterator(awaitable));
    }

    /** The first value to yield, or null when the sub-iterator finished at once. */
    public static Object yieldFromFirst(Object delegation, Object generator) {
        Delegation d = (Delegation) delegation;
        Resumable gen = (Resumable) generator;
        gen.setDelegate(d.sub);
        Object v = null;
        try {
            v = d.send(PyNone.NONE);
        } finally {
            if (v == null) gen.setDelegate(null);
        }
        return v;
    }

    /** After resuming inside yield from: forward what the generator received; the next value or null when done. */
    public static Object yieldFromResume(Object delegation, Object generator) {
        Resumable gen = (Resumable) generator;
        Delegation d = (Delegation) delegation;
        PyBaseException thrown = gen.takePendingThrow();
        Object sent = gen.received();
        Object v = null;
        try {
            if (thrown == null) return v = d.send(sent);
            return v = d.throwIn(thrown);
        } catch (PyBaseException e) {
            if (thrown == null) throw e;
            // back in this body, the error is chained with what the body is handling (as at a yield)
            throw Resumable.chainWithOwnHandled(e);
        } finally {
            if (v == null) gen.setDelegate(null); // the delegation ended (finished or raised)
        }
    }

    /** The value of the yield-from expression: the sub-iterator's return value. */
    public static Object yieldFromResult(Object delegation) {
        return ((Delegation) delegation).result;
    }

    /** The sub-iterator of a yield from, and its return value once it finished. */
    static final class Delegation {
        final Object sub;
        Object result = PyNone.NONE;

        Delegation(Object sub) {
            this.sub = sub instanceof CoroutineWrapper w ? w.coroutine() : sub;
        }

        Object send(Object value) {
            if (sub instanceof Resumable g) {
                Object v = g.step(value);
                if (v == null) result = g.returnValue;
                return v;
            }
            try {
                return value == PyNone.NONE ? CallOps.callMethod(sub, "__next__", new Object[0], null)
                        : CallOps.callMethod(sub, "send", new Object[] {value}, null);
            } catch (PyBaseException e) {
                return finishedBy(e);
            }
        }

        Object throwIn(PyBaseException exc) {
            if (exc.isInstance(PyExceptions.GENERATOR_EXIT)) {
                Object close = AttributeOps.lookupAttr(sub, "close");
                if (close != null) CallOps.call(close, new Object[0], null);
                throw exc;
            }
            Object thrower = sub instanceof Resumable ? null : AttributeOps.lookupAttr(sub, "throw");
            if (sub instanceof Resumable g) {
                try {
                    return g.throwInto(exc);
                } catch (PyBaseException e) {
                    return finishedBy(e);
                }
            }
            if (thrower == null) throw exc;
            try {
                return CallOps.call(thrower, new Object[] {exc}, null);
            } catch (PyBaseException e) {
                return finishedBy(e);
            }
        }

        /** StopIteration ends the delegation with its value; anything else propagates. */
        private Object finishedBy(PyBaseException e) {
            if (!e.isInstance(PyExceptions.STOP_ITERATION)) throw e;
            Object v = AttributeOps.lookupAttr(e, "value");
            result = v == null ? PyNone.NONE : v;
            return null;
        }
    }
}
