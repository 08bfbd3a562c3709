package org.pyston.builtins.container;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** Python {@code set}: a mutable {@link SetTable}. */
public final class PySet implements PyObject {
    /** Python's {@code set}. */
    public static final PyType TYPE = PyType.builtin("set", PySet.class, SetMethods.class, true);

    static {
        TYPE.addDeclarations(MutableSetMethods.class);
    }

    private final SetTable table;

    public PySet() {
        this(new SetTable());
    }

    /** A set owning {@code table}. */
    public PySet(SetTable table) {
        this.table = table;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public SetTable table() {
        return table;
    }

    public int size() {
        return table.size();
    }

    public boolean add(Object o) {
        return table.add(o);
    }

    public Object[] toArray() {
        return table.toArray();
    }
}
