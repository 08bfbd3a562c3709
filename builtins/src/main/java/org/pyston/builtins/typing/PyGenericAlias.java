package org.pyston.builtins.typing;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * {@code types.GenericAlias}: what {@code list[int]} evaluates to (PEP 585). It remembers its
 * origin and arguments, prints as {@code list[int]}, and calling it calls the origin.
 */
public final class PyGenericAlias implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    public static final PyType TYPE = PyType.builtinInModule("GenericAlias", "types", PyGenericAlias.class,
            GenericAliasMethods.class);

    final Object origin;
    final PyTuple args;

    public PyGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
