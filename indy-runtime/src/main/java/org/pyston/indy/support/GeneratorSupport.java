package org.pyston.indy.support;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.generator.PyGenerator;
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

    /** Marker for {@code yield value}; evaluates to what the generator receives (or raises what is thrown in). */
    public static Object yieldValue(Object value) {
        throw new IllegalStateException("yield marker executed: the generator transform did not run");
    }

    /** Marker for a yield inside {@code yield from}; evaluates to the generator itself, raising nothing. */
    public static Object yieldFromValue(Object value) {
        throw new IllegalStateException("yield marker executed: the generator transform did not run");
    }

    /** After resuming at a plain yield: the sent value, or the thrown-in exception raised here. */
    public static Object received(PyGenerator gen) {
        return gen.received();
    }

    // ---- yield from

    /** {@code yield from iterable}: the delegation state. */
    public static Object yieldFromStart(Object iterable) {
        return new Delegation(IterOps.iter(iterable));
    }

    /** The first value to yield, or null when the sub-iterator finished at once. */
    public static Object yieldFromFirst(Object delegation) {
        return ((Delegation) delegation).send(PyNone.NONE);
    }

    /** After resuming inside yield from: forward what the generator received; the next value or null when done. */
    public static Object yieldFromResume(Object delegation, Object generator) {
        PyGenerator gen = (PyGenerator) generator;
        Delegation d = (Delegation) delegation;
        PyBaseException thrown = gen.takePendingThrow();
        Object sent = gen.received();
        return thrown != null ? d.throwIn(thrown) : d.send(sent);
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
            this.sub = sub;
        }

        Object send(Object value) {
            if (sub instanceof PyGenerator g) {
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
            Object thrower = sub instanceof PyGenerator ? null : AttributeOps.lookupAttr(sub, "throw");
            if (sub instanceof PyGenerator g) {
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
