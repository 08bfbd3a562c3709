package org.pyston.builtins.function;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PySetter;

/** Attributes of {@code cell}. */
public final class CellMethods {
    private CellMethods() {
    }

    @PyGetter("cell_contents")
    public static Object cellContents(PyCell self) {
        if (self.value == null) {
            throw PyExceptions.valueError("Cell is empty");
        }
        return self.value;
    }

    @PySetter("cell_contents")
    public static void setCellContents(PyCell self, Object v) {
        self.value = v;
    }
}
