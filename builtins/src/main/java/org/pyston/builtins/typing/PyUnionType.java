package org.pyston.builtins.typing;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** {@code types.UnionType}: what {@code int | str} evaluates to (PEP 604), flattened and deduplicated. */
public final class PyUnionType implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    public static final PyType TYPE = PyType.builtinInModule("UnionType", "types", PyUnionType.class,
            UnionTypeMethods.class);

    final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Whether {@code o} may take part in {@code X | Y}: a type, None, an alias or a union. */
    static boolean isUnionable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code a | b}; null (NotImplemented) when either side cannot be in a union. */
    public static Object of(Object a, Object b) {
        if (!isUnionable(a) || !isUnionable(b)) return null;
        List<Object> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        if (items.size() == 1) return items.get(0);
        return new PyUnionType(PyTuple.wrap(items.toArray()));
    }

    private static void add(List<Object> items, Object o) {
        if (o instanceof PyUnionType u) {
            for (Object x : u.args.items) add(items, x);
            return;
        }
        Object v = o == PyNone.NONE ? PyNone.NONE.getType() : o;
        for (Object x : items) if (x == v) return;
        items.add(v);
    }
}
