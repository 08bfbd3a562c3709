package org.pyston.builtins.container;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** Python {@code frozenset}: an immutable {@link SetTable} (never modified after construction). */
public final class PyFrozenSet implements PyObject {
    /** Python's {@code frozenset}. */
    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class, SetMethods.class, true);

    static {
        TYPE.addDeclarations(FrozenSetMethods.class);
    }

    private final SetTable table;
    private long hash;
    private boolean hashed;

    /** A frozenset owning {@code table}. */
    public PyFrozenSet(SetTable table) {
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

    public Object[] toArray() {
        return table.toArray();
    }

    /** The cached hash. */
    public long pyHash() {
        if (!hashed) {
            hash = table.hashValue();
            hashed = true;
        }
        return hash;
    }
}
