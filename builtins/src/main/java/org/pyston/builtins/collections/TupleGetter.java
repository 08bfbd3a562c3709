package org.pyston.builtins.collections;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * {@code _collections._tuplegetter(index, doc)}: the read-only data descriptor namedtuple puts
 * on its classes for each field; {@code p.x} is {@code p[index]} of the tuple {@code p}.
 */
public final class TupleGetter implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    /** {@code _collections._tuplegetter}. */
    public static final PyType TYPE = PyType.builtinInModule("_tuplegetter", "_collections", TupleGetter.class,
            TupleGetter.class);

    private final int index;
    private volatile Object doc;

    TupleGetter(int index, Object doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(name = "__new__", isStatic = true)
    public static Object new_(Object cls, Object index, Object doc) {
        long i = UnaryOps.indexAsLong(index);
        return new TupleGetter((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i)), doc);
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(TupleGetter self, Object obj, Object type) {
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        if (!(PyInstance.unwrap(obj) instanceof PyTuple t)) {
            throw PyExceptions.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
                    self.index, TypeOps.typeName(obj));
        }
        if (self.index < 0 || self.index >= t.size()) {
            throw PyExceptions.indexError("tuple index out of range");
        }
        return t.get(self.index);
    }

    @PyMethod(name = "__set__")
    public static Object set(TupleGetter self, Object obj, Object value) {
        throw PyExceptions.attributeError("can't set attribute");
    }

    @PyMethod(name = "__delete__")
    public static Object delete(TupleGetter self, Object obj) {
        throw PyExceptions.attributeError("can't delete attribute");
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(TupleGetter self) {
        return PyTuple.of(TYPE, PyTuple.of(PyInt.valueOf(self.index), self.doc));
    }

    @PyGetter("__doc__")
    public static Object getDoc(Object self) {
        return ((TupleGetter) self).doc;
    }

    @PySetter("__doc__")
    public static void setDoc(Object self, Object value) {
        ((TupleGetter) self).doc = value == null ? PyNone.NONE : value;
    }
}
