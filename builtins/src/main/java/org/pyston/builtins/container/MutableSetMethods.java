package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;

/** Methods only {@code set} has. */
@org.pyston.builtins.object.Unhashable
public final class MutableSetMethods extends ContainerSlots.MutableSetSlots {
    private MutableSetMethods() {
    }

    @PyMethod(name = "__init__", required = 0)
    public static Object init(PySet self, Object iterable) {
        self.table().clear();
        if (iterable != null) {
            self.table().update(iterable);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static void add(PySet self, Object x) {
        self.table().add(x);
    }

    @PyMethod
    public static void remove(PySet self, Object x) {
        if (!self.table().discard(x)) {
            throw PyExceptions.keyError(x);
        }
    }

    @PyMethod
    public static void discard(PySet self, Object x) {
        self.table().discard(x);
    }

    @PyMethod
    public static Object pop(PySet self) {
        return self.table().pop();
    }

    @PyMethod
    public static void clear(PySet self) {
        self.table().clear();
    }

    @PyMethod(general = true)
    public static void update(PySet self, Object[] args, String[] kwnames) {
        for (Object o : args) {
            self.table().update(o);
        }
    }

    @PyMethod(name = "intersection_update", general = true)
    public static void intersectionUpdate(PySet self, Object[] args, String[] kwnames) {
        for (Object o : args) {
            self.table().retainAll(o);
        }
    }

    @PyMethod(name = "difference_update", general = true)
    public static void differenceUpdate(PySet self, Object[] args, String[] kwnames) {
        for (Object o : args) {
            self.table().differenceUpdate(o);
        }
    }

    @PyMethod(name = "symmetric_difference_update")
    public static void symmetricDifferenceUpdate(PySet self, Object other) {
        self.table().symmetricDifferenceUpdate(other);
    }

    // In-place operators (wired into BinaryOps for sets); declared so they are attributes and a
    // subclass gets the built-in in-place behaviour. Non-set operands: NotImplemented, as CPython.

    @PyMethod(name = "__ior__")
    public static Object ior(PySet self, Object other) {
        return inplace(self, other, org.pyston.builtins.ops.BinaryOps.Op.OR);
    }

    @PyMethod(name = "__iand__")
    public static Object iand(PySet self, Object other) {
        return inplace(self, other, org.pyston.builtins.ops.BinaryOps.Op.AND);
    }

    @PyMethod(name = "__isub__")
    public static Object isub(PySet self, Object other) {
        return inplace(self, other, org.pyston.builtins.ops.BinaryOps.Op.SUB);
    }

    @PyMethod(name = "__ixor__")
    public static Object ixor(PySet self, Object other) {
        return inplace(self, other, org.pyston.builtins.ops.BinaryOps.Op.XOR);
    }

    private static Object inplace(PySet self, Object other, org.pyston.builtins.ops.BinaryOps.Op op) {
        Object o = org.pyston.builtins.object.PyInstance.unwrap(other);
        if (!(o instanceof PySet) && !(o instanceof PyFrozenSet)) {
            return org.pyston.builtins.object.PyNotImplemented.NOT_IMPLEMENTED;
        }
        return org.pyston.builtins.ops.BinaryOps.inplace(self, o, op);
    }
}
