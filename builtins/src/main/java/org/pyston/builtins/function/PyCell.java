package org.pyston.builtins.function;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/** A cell holding a variable captured by an inner function ({@code cell}); null value = empty. */
public final class PyCell implements PyObject {
    /** Python's {@code cell}. */
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, CellMethods.class, false);

    /** The variable's value; null while unbound. Plain field: a cell is as thread-safe as a local. */
    public Object value;

    /** An empty cell. */
    public PyCell() {
    }

    /** A cell holding {@code value}. */
    public PyCell(Object value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
