package org.pyston.builtins.function;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.ops.TypeOps;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * A function of a built-in module implemented in Java ({@code builtin_function_or_method}), such
 * as {@code len}. Created from a {@link PyMethod} declaration; immutable.
 */
public final class PyBuiltinFunction implements PyObject, PyCallable, DirectCallable {
    /** Python's {@code builtin_function_or_method}. */
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class,
            BuiltinFunctionMethods.class, false);

    final NativeSignature sig;
    /** The module name ({@code __module__}), e.g. "builtins". */
    final String module;

    /**
     * For the {@code __new__} of a built-in type: that type. Such a function called with a Python
     * subclass as {@code cls} makes the built-in value and wraps it in a {@code PyInstance} of the
     * subclass (see {@code ClassBuilder}); null for other functions.
     */
    final PyType newOf;

    PyBuiltinFunction(NativeSignature sig, String module) {
        this(sig, module, null);
    }

    PyBuiltinFunction(NativeSignature sig, String module, PyType newOf) {
        this.sig = sig;
        this.module = module;
        this.newOf = newOf;
    }

    /** A built-in function from a declared static Java method (the module's functions use this). */
    public static PyBuiltinFunction of(Declaration decl, String module) {
        String name = decl.name();
        return new PyBuiltinFunction(new NativeSignature(name, name, decl, false), module);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code __name__}. */
    public String getName() {
        return sig.name;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (newOf != null) {
            return callNew(args, kwnames);
        }
        return sig.call(null, args, kwnames);
    }

    /** {@code T.__new__(cls, ...)}: CPython's checks of cls, then the value, wrapped for a Python subclass. */
    private Object callNew(Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyExceptions.typeError("%s.__new__(): not enough arguments", newOf.getName());
        }
        if (!(args[0] instanceof PyType cls)) {
            throw PyExceptions.typeError("%s.__new__(X): X is not a type object (%s)", newOf.getName(),
                    TypeOps.typeName(args[0]));
        }
        if (!cls.isSubtype(newOf)) {
            throw PyExceptions.typeError("%s.__new__(%s): %s is not a subtype of %s", newOf.getName(), cls.getName(),
                    cls.getName(), newOf.getName());
        }
        if (cls.isBuiltin() || cls.builtinBase() != newOf) {
            return sig.call(null, args, kwnames);
        }
        Object[] exact = args.clone();
        exact[0] = newOf;
        if ((sig.dropsKeywords(kwnames) || newOf.newIgnoresKeywordsForInit() && kwnames != null && kwnames.length > 0)
                && cls.lookup("__init__") != newOf.lookup("__init__")) {
            exact = java.util.Arrays.copyOf(exact, exact.length - kwnames.length);
            kwnames = null;
        }
        Object value = sig.call(null, exact, kwnames);
        return new PyInstance(cls, PyInstance.unwrap(value));
    }

    /**
     * For the {@code __new__} of a built-in type called with a built-in type as {@code cls} (so
     * {@link #callNew}'s checks hold and nothing is wrapped): {@code (cls, Object x (nargs-1))Object};
     * null for other functions or when the call needs the generic path.
     */
    public MethodHandle builtinNewHandle(int nargs) {
        return newOf == null ? null : sig.positionalHandle(nargs);
    }

    @Override
    public MethodHandle positionalHandle(int nargs) {
        return newOf != null ? null : sig.positionalHandle(nargs);
    }

    @Override
    public String toString() {
        return "<built-in function " + sig.name + ">";
    }
}
