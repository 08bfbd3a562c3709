package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

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

    PyBuiltinFunction(NativeSignature sig, String module) {
        this.sig = sig;
        this.module = module;
    }

    /** A built-in function from a declared static Java method (the module's functions use this). */
    public static PyBuiltinFunction of(Method m, String module) {
        PyMethod decl = m.getAnnotation(PyMethod.class);
        String name = DeclarationScanner.pythonName(m, decl);
        return new PyBuiltinFunction(new NativeSignature(name, name, m, decl, false), module);
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
        return sig.call(null, args, kwnames);
    }

    @Override
    public MethodHandle positionalHandle(int nargs) {
        return sig.positionalHandle(nargs);
    }

    @Override
    public String toString() {
        return "<built-in function " + sig.name + ">";
    }
}
