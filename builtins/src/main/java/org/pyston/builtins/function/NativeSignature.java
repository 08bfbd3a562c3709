package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

/**
 * How to call one {@link PyMethod}-declared Java method: its handle adapted to {@code Object}
 * parameters and result, the arity range, and the arity/keyword checks with CPython's messages.
 * Shared by {@link PyBuiltinFunction} (module functions) and {@link PyMethodDescriptor} (methods of
 * built-in types, where the Java method's first parameter is the receiver).
 */
final class NativeSignature {

    /** The Python name. */
    final String name;
    /** How errors name the callable: "len" or "list.append". */
    final String displayName;
    /** True when the first Java parameter is the receiver. */
    final boolean hasSelf;
    /** True for the (self?, Object[] args, String[] kwnames) form. */
    final boolean general;
    /** {@link PyMethod#wholeSelf()}: self is passed as called, not unwrapped. */
    final boolean wholeSelf;
    /** Required and maximum positional arguments (not counting self); fixed form only. */
    final int min;
    final int max;
    /** The declared Java method; its handles are made on first call (see {@link #handles}). */
    private final Declaration method;
    /**
     * The adapted handles, made on first use: most built-ins are never called in a given run, and
     * building a handle chain spins lambda-form classes (the bulk of interpreter creation before
     * this was lazy). Written once; a race at worst builds two equal pairs.
     */
    private volatile Handles handles;

    /**
     * Fixed form: {@code handle} is (Object x (self + max))Object and {@code spread} the same
     * spread from one Object[]. General form: {@code handle} is (self?, Object[], String[])Object.
     */
    private record Handles(MethodHandle handle, MethodHandle spread) {}

    NativeSignature(String name, String displayName, Declaration decl, boolean hasSelf) {
        this.name = name;
        this.displayName = displayName;
        this.hasSelf = hasSelf;
        this.general = decl.general();
        this.wholeSelf = decl.wholeSelf();
        this.method = decl;
        int params = decl.parameterCount() - (hasSelf ? 1 : 0);
        if (general) {
            this.min = 0;
            this.max = Integer.MAX_VALUE;
        } else {
            this.max = params;
            this.min = decl.required() < 0 ? params : decl.required();
        }
    }

    private Handles handles() {
        Handles h = handles;
        if (h == null) {
            h = makeHandles();
            handles = h;
        }
        return h;
    }

    private Handles makeHandles() {
        MethodHandle h = adaptReturn(method.handle());
        if (general) {
            MethodType t = hasSelf
                    ? MethodType.methodType(Object.class, Object.class, Object[].class, String[].class)
                    : MethodType.methodType(Object.class, Object[].class, String[].class);
            return new Handles(h.asType(t), null);
        }
        int total = max + (hasSelf ? 1 : 0);
        MethodHandle handle = h.asType(MethodType.genericMethodType(total));
        MethodHandle spread = handle.asSpreader(Object[].class, total)
                .asType(MethodType.methodType(Object.class, Object[].class));
        return new Handles(handle, spread);
    }

    private static MethodHandle adaptReturn(MethodHandle h) {
        Class<?> r = h.type().returnType();
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            if (r == void.class) {
                return MethodHandles.filterReturnValue(h, MethodHandles.constant(Object.class, PyNone.NONE));
            } else if (r == boolean.class) {
                return MethodHandles.filterReturnValue(h,
                        l.findStatic(PyBool.class, "of", MethodType.methodType(PyBool.class, boolean.class)));
            } else if (r == int.class || r == long.class) {
                MethodHandle box = l.findStatic(PyInt.class, "valueOf", MethodType.methodType(PyInt.class, long.class));
                return MethodHandles.filterReturnValue(h, box.asType(MethodType.methodType(PyInt.class, r)));
            } else if (r == String.class) {
                return MethodHandles.filterReturnValue(h,
                        l.findStatic(PyStr.class, "of", MethodType.methodType(PyStr.class, String.class)));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return h;
    }

    /** Calls with receiver {@code self} (ignored when !hasSelf) and vectorcall arguments. */
    Object call(Object self, Object[] args, String[] kwnames) {
        try {
            if (general) {
                MethodHandle handle = handles().handle;
                if (hasSelf) {
                    return (Object) handle.invokeExact(self, args, kwnames);
                }
                return (Object) handle.invokeExact(args, kwnames);
            }
            if (kwnames != null && kwnames.length > 0) {
                throw PyExceptions.typeError("%s() takes no keyword arguments", calledName());
            }
            int n = args.length;
            if (n < min || n > max) {
                throw arityError(n);
            }
            int off = hasSelf ? 1 : 0;
            Object[] full = new Object[max + off];
            if (hasSelf) {
                full[0] = self;
            }
            System.arraycopy(args, 0, full, off, n);
            return (Object) handles().spread.invokeExact(full);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw PyExceptions.translate(t);
        }
    }

    /** The name a message shows: a type's constructor is reported as the type ("list()"), as CPython's. */
    private String calledName() {
        boolean ctor = (name.equals("__init__") || name.equals("__new__")) && displayName.endsWith("." + name);
        return ctor ? displayName.substring(0, displayName.length() - name.length() - 1) : displayName;
    }

    /**
     * Vectorcall arguments without their keywords: a built-in constructor that takes none ignores
     * them when a subclass overrides the other half of construction (tuple.__new__ under an
     * overridden __init__, list.__init__ under an overridden __new__), as CPython's do.
     */
    Object[] withoutKeywords(Object[] args, String[] kwnames) {
        return general || kwnames == null ? args : java.util.Arrays.copyOf(args, args.length - kwnames.length);
    }

    /** Whether {@link #withoutKeywords} drops anything. */
    boolean dropsKeywords(String[] kwnames) {
        return !general && kwnames != null && kwnames.length > 0;
    }

    RuntimeException arityError(int n) {
        // a type's constructor reports the type's name, as CPython's: "list expected at most 1 argument"
        // (a static __new__ counts the class among its arguments; the message does not)
        boolean ctor = (this.name.equals("__init__") || this.name.equals("__new__")) && displayName.endsWith("." + this.name);
        String name = ctor ? displayName.substring(0, displayName.length() - this.name.length() - 1) : this.name;
        int shift = ctor && this.name.equals("__new__") && !hasSelf ? 1 : 0;
        int min = this.min - shift, max = this.max - shift;
        n -= shift;
        if (method.tupleArity()) {
            boolean few = n < min;
            int bound = few ? min : max;
            return PyExceptions.typeError("%s() takes %s %d argument%s (%d given)", name, min == max ? "exactly"
                    : few ? "at least" : "at most", bound, bound == 1 ? "" : "s", n);
        }
        if (min == max) {
            if (max == 0) {
                return PyExceptions.typeError("%s() takes no arguments (%d given)", displayName, n);
            }
            if (max == 1) {
                return PyExceptions.typeError("%s() takes exactly one argument (%d given)", displayName, n);
            }
            return PyExceptions.typeError("%s expected %d arguments, got %d", name, max, n);
        }
        if (n < min) {
            return PyExceptions.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        return PyExceptions.typeError("%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
    }

    /** The direct handle for {@code nargs} positional arguments, or null (see DirectCallable). */
    MethodHandle positionalHandle(int nargs) {
        MethodHandle handle = handles().handle;
        if (general) {
            MethodHandle h = handle;
            int pos = hasSelf ? 1 : 0;
            h = h.asCollector(pos, Object[].class, nargs);
            h = MethodHandles.insertArguments(h, pos + nargs, (Object) null);
            return h;
        }
        if (nargs < min || nargs > max) {
            return null;
        }
        int off = hasSelf ? 1 : 0;
        if (nargs == max) {
            return handle;
        }
        return MethodHandles.insertArguments(handle, off + nargs, new Object[max - nargs]);
    }
}
