package org.pyston.builtins.generator;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;

/** A generator ({@code generator}): a {@link Resumable} body driven as an iterator. */
public final class PyGenerator extends Resumable implements PyIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class, GeneratorMethods.class, false);

    public PyGenerator(MethodHandle body, PyCode code, Object[] arguments) {
        super(body, code, arguments);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    protected String kind() {
        return "generator";
    }

    @Override
    public Object nextOrNull() {
        return resume(PyNone.NONE, null);
    }
}
