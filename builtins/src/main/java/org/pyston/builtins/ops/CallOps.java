package org.pyston.builtins.ops;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyBoundMethod;
import org.pyston.builtins.function.PyCallable;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.object.TypeCall;

/**
 * Calls on the generic path, with the vectorcall convention: positional arguments first, then the
 * values of the keyword arguments named by {@code kwnames} (null when none).
 */
public final class CallOps {
    private CallOps() {
    }

    private static final Object[] NO_ARGS = new Object[0];

    /** {@code callable(*args, **kw)}. */
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        if (callable instanceof PyType t) {
            return TypeCall.callType(t, args, kwnames);
        }
        PyType type = TypeOps.typeOf(callable);
        Object m = type.lookup("__call__");
        if (m == null) {
            throw PyExceptions.typeError("'%s' object is not callable", type.tpName());
        }
        return callWithSelf(m, callable, args, kwnames);
    }

    /** {@code callable()}. */
    public static Object call0(Object callable) {
        return call(callable, NO_ARGS, null);
    }

    /** {@code callable(a)}. */
    public static Object call1(Object callable, Object a) {
        return call(callable, new Object[] {a}, null);
    }

    /**
     * Calls {@code function} (an attribute found on the type of {@code self}) as a method of
     * {@code self}: plain functions and built-in method descriptors get {@code self} prepended with
     * no bound-method object; other descriptors are bound with {@code __get__} first.
     */
    public static Object callWithSelf(Object function, Object self, Object[] args, String[] kwnames) {
        if (function instanceof PyMethodDescriptor d) {
            return d.callWithSelf(self, args, kwnames);
        }
        if (function instanceof PyFunction f) {
            Object[] full = new Object[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return f.call(full, kwnames);
        }
        Object bound = AttributeOps.descriptorGet(function, self, TypeOps.typeOf(self));
        return call(bound, args, kwnames);
    }

    /** {@code receiver.name(*args, **kw)} without creating a bound method when the attribute is a plain method. */
    public static Object callMethod(Object receiver, String name, Object[] args, String[] kwnames) {
        if (!(receiver instanceof PyType) && !(receiver instanceof org.pyston.builtins.object.PySuper)) {
            PyType type = TypeOps.typeOf(receiver);
            Object m = type.lookup(name);
            if ((m instanceof PyMethodDescriptor || m instanceof PyFunction)
                    && !(receiver instanceof PyInstance inst && inst.getAttribute(name) != null)) {
                return callWithSelf(m, receiver, args, kwnames);
            }
        }
        Object method;
        try {
            method = AttributeOps.getAttr(receiver, name);
        } catch (org.pyston.builtins.exception.PyBaseException e) {
            throw e.markLookupFailure(); // the traceback points at o.m, not at the call
        }
        return call(method, args, kwnames);
    }

    /**
     * Calls special method {@code name} as the interpreter does (CPython's _PyObject_LookupSpecial):
     * looked up on the type only, so {@code format(int)} finds {@code type.__format__} (inherited from
     * object), not the unbound {@code int.__format__}.
     */
    public static Object callSpecial(Object receiver, String name, Object[] args, String[] kwnames) {
        if (!(receiver instanceof PyType)) {
            return callMethod(receiver, name, args, kwnames);
        }
        PyType type = TypeOps.typeOf(receiver);
        Object m = type.lookup(name);
        if (m == null) {
            throw PyExceptions.attributeError("type object '%s' has no attribute '%s'", ((PyType) receiver).getName(), name);
        }
        return call(AttributeOps.descriptorGet(m, receiver, type), args, kwnames);
    }

    /** A bound method's parts, for callers that want to avoid the allocation. */
    public static Object unbind(Object callable) {
        return callable instanceof PyBoundMethod b ? b.function : callable;
    }
}
