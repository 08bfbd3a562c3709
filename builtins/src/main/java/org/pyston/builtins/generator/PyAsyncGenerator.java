package org.pyston.builtins.generator;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * An asynchronous generator ({@code async def} with {@code yield}). Its body suspends for two
 * reasons: at an {@code await} (the value goes out to the event loop) and at a {@code yield} (the
 * value goes to whoever awaits {@code __anext__()}). The compiler wraps yielded values in
 * {@link YieldedValue} so one state machine serves both; the awaitables returned by
 * {@code __anext__}/{@code asend}/{@code athrow} ({@link AsyncGenStep}) tell them apart.
 */
public final class PyAsyncGenerator extends Resumable {
    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGenerator.class, AsyncGeneratorMethods.class, false);

    /** A value the body yielded to its consumer (as opposed to one it passes up from an await). */
    public record YieldedValue(Object value) {}

    /** True once aclose() has run or the body finished: later steps raise StopAsyncIteration. */
    boolean closed;

    public PyAsyncGenerator(MethodHandle body, PyCode code, Object[] arguments) {
        super(body, code, arguments);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    protected String kind() {
        return "async generator";
    }

    /** PEP 525: a StopAsyncIteration escaping the body is an error too, not the end of iteration. */
    @Override
    protected PyBaseException escaping(PyBaseException e) {
        if (e.isInstance(PyExceptions.STOP_ASYNC_ITERATION)) return raisedFrom(e, "StopAsyncIteration");
        return super.escaping(e);
    }

    /** Resumes for a step: the raw result (a YieldedValue, an awaited value, or null when finished). */
    Object stepRaw(Object value, PyBaseException toThrow) {
        if (state == 0 && toThrow == null && value != PyNone.NONE) {
            throw PyExceptions.typeError("can't send non-None value to a just-started async generator");
        }
        return resume(value, toThrow);
    }

    /**
     * The awaitable of one step of an async generator: driving it with send/throw resumes the
     * body; a yielded value completes the awaitable (StopIteration carrying it), the end of the
     * body raises StopAsyncIteration, and values from inner awaits pass out to the event loop.
     */
    public static final class AsyncGenStep implements PyObject, org.pyston.builtins.container.PyIterator {
        public static final PyType TYPE = PyType.builtin("async_generator_asend", AsyncGenStep.class, AsyncGenStepMethods.class, false);

        private final PyAsyncGenerator gen;
        private Object firstValue;
        private PyBaseException firstThrow;
        /** aclose(): GeneratorExit is thrown in, and a yield in response is an error. */
        private final boolean closing;
        private boolean started;
        private boolean done;

        public AsyncGenStep(PyAsyncGenerator gen, Object value, PyBaseException toThrow, boolean closing) {
            this.gen = gen;
            this.firstValue = value;
            this.firstThrow = toThrow;
            this.closing = closing;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        /** One send into this awaitable: the value for the event loop, or raises StopIteration/StopAsyncIteration. */
        public Object send(Object value) {
            return step(value, null);
        }

        public Object throwIn(PyBaseException e) {
            return step(PyNone.NONE, e);
        }

        private Object step(Object value, PyBaseException toThrow) {
            if (done) throw PyExceptions.runtimeError("cannot reuse already awaited __anext__()/asend()");
            if (!started) {
                started = true;
                if (toThrow == null) {
                    value = firstValue;
                    toThrow = firstThrow;
                }
                if (gen.closed || gen.isFinished()) {
                    done = true;
                    if (closing) throw PyExceptions.stopIteration(PyNone.NONE);
                    if (toThrow != null && !closing) throw toThrow;
                    throw PyExceptions.create(PyExceptions.STOP_ASYNC_ITERATION);
                }
                if (closing && gen.state == 0) {
                    gen.closed = true;
                    done = true;
                    throw PyExceptions.stopIteration(PyNone.NONE);
                }
            }
            Object r;
            try {
                r = gen.stepRaw(value, toThrow);
            } catch (PyBaseException e) {
                done = true;
                gen.closed = true;
                if (closing && (e.isInstance(PyExceptions.GENERATOR_EXIT) || e.isInstance(PyExceptions.STOP_ASYNC_ITERATION))) {
                    throw PyExceptions.stopIteration(PyNone.NONE);
                }
                throw e;
            }
            if (r == null) {
                done = true;
                gen.closed = true;
                if (closing) throw PyExceptions.stopIteration(PyNone.NONE);
                throw PyExceptions.create(PyExceptions.STOP_ASYNC_ITERATION);
            }
            if (r instanceof YieldedValue y) {
                done = true;
                if (closing) throw PyExceptions.runtimeError("async generator ignored GeneratorExit");
                throw PyExceptions.stopIteration(y.value());
            }
            return r;
        }

        @Override
        public Object nextOrNull() {
            try {
                return send(PyNone.NONE);
            } catch (PyBaseException e) {
                if (e.isInstance(PyExceptions.STOP_ITERATION)) return null;
                throw e;
            }
        }
    }
}
