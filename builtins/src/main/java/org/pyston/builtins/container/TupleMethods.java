package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code tuple}. */
public final class TupleMethods extends ContainerSlots.TupleSlots {
    private TupleMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, required = 1)
    public static Object new_(Object cls, Object iterable) {
        if (iterable == null) {
            return PyTuple.EMPTY;
        }
        if (iterable instanceof PyTuple) {
            return iterable;
        }
        return PyTuple.wrap(IterOps.toArray(iterable));
    }

    @PyMethod(required = 1)
    public static Object index(PyTuple self, Object x, Object start, Object stop) {
        int[] r = SequenceSupport.range(self.items.length, start, stop);
        for (int i = r[0]; i < r[1]; i++) {
            if (CompareOps.eqBool(self.items[i], x)) {
                return PyInt.valueOf(i);
            }
        }
        throw PyExceptions.valueError("tuple.index(x): x not in tuple");
    }

    @PyMethod
    public static Object count(PyTuple self, Object x) {
        long c = 0;
        for (Object v : self.items) {
            if (CompareOps.eqBool(v, x)) {
                c++;
            }
        }
        return PyInt.valueOf(c);
    }

    @PyMethod(name = "__len__")
    public static Object len(PyTuple self) {
        return PyInt.valueOf(self.items.length);
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyTuple self, Object key) {
        return ItemOps.getItem(self, key);
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(PyTuple self, Object x) {
        return CompareOps.contains(self, x);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyTuple self) {
        return IterOps.iter(self);
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyTuple self) {
        return new PyInt(Hashing.hashTuple(self));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyTuple self) {
        return PyStr.of(Repr.repr(self));
    }
}
