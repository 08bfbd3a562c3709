package org.pyston.builtins.functools;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCallable;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.SlotDispatched;

/**
 * {@code functools.KeyWrapper}, what {@code cmp_to_key(mycmp)} returns: called with an object it
 * wraps it in another KeyWrapper whose comparisons call {@code mycmp(a, b)} and compare the
 * result with 0.
 */
public final class KeyWrapper implements PyObject, PyCallable, SlotDispatched {
    /** {@code functools.KeyWrapper}. */
    public static final PyType TYPE = PyType.builtinInModule("KeyWrapper", "functools", KeyWrapper.class,
            KeyWrapper.class);

    final Object cmp;
    /** The wrapped object; null for the factory cmp_to_key returns. */
    final Object obj;

    KeyWrapper(Object cmp, Object obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("K", args, kwnames, 1, new String[] {"obj"}, 1);
        return new KeyWrapper(cmp, a[0]);
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(KeyWrapper self, Object[] args, String[] kwnames) {
        return self.call(args, kwnames);
    }

    @PyGetter("obj")
    public static Object obj(Object self) {
        Object o = ((KeyWrapper) self).obj;
        if (o == null) {
            throw PyExceptions.attributeError("obj");
        }
        return o;
    }

    private static Object compare(KeyWrapper self, Object other, CompareOps.Op op) {
        if (!(other instanceof KeyWrapper k) || k.obj == null || self.obj == null) {
            throw PyExceptions.typeError("other argument must be K instance");
        }
        Object r = CallOps.call(self.cmp, new Object[] {self.obj, k.obj}, null);
        return CompareOps.compare(r, PyInt.valueOf(0), op);
    }

    @PyMethod(name = "__lt__")
    public static Object lt(KeyWrapper self, Object other) {
        return compare(self, other, CompareOps.Op.LT);
    }

    @PyMethod(name = "__le__")
    public static Object le(KeyWrapper self, Object other) {
        return compare(self, other, CompareOps.Op.LE);
    }

    @PyMethod(name = "__gt__")
    public static Object gt(KeyWrapper self, Object other) {
        return compare(self, other, CompareOps.Op.GT);
    }

    @PyMethod(name = "__ge__")
    public static Object ge(KeyWrapper self, Object other) {
        return compare(self, other, CompareOps.Op.GE);
    }

    @PyMethod(name = "__eq__")
    public static Object eq(KeyWrapper self, Object other) {
        return compare(self, other, CompareOps.Op.EQ);
    }

    @PyMethod(name = "__ne__")
    public static Object ne(KeyWrapper self, Object other) {
        return compare(self, other, CompareOps.Op.NE);
    }

    @PyMethod(name = "__hash__")
    public static Object hash(KeyWrapper self) {
        throw PyExceptions.typeError("unhashable type: 'functools.KeyWrapper'");
    }

}
