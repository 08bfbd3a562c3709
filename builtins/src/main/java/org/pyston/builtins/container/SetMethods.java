package org.pyston.builtins.container;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** Methods shared by {@code set} and {@code frozenset} (the receiver is either). */
public final class SetMethods extends ContainerSlots.SetOperators {
    private SetMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, required = 1)
    public static Object new_(Object cls, Object iterable) {
        if (cls != PyFrozenSet.TYPE) {
            // set.__init__ fills the set; consuming a one-shot iterator here would leave it empty
            return new PySet(new SetTable());
        }
        return new PyFrozenSet(iterable == null ? new SetTable() : SetTable.fromIterable(iterable));
    }

    static Object same(Object self, SetTable t) {
        return self instanceof PySet ? new PySet(t) : new PyFrozenSet(t);
    }

    /**
     * CPython's set_union/set_intersection_multi/set_difference_multi: a copy of self when there is
     * no other; else the operation with the first other, then with each further one (union and
     * difference update the result in place, intersection intersects again).
     */
    private static SetTable combine(Object self, Object[] others, String op) {
        if (others.length == 0) {
            return SetTable.of(self).copy();
        }
        SetTable r;
        if (op.equals("|")) {
            r = SetTable.of(self).copy();
            for (Object o : others) {
                r.update(o);
            }
            return r;
        }
        r = SetTable.of(self).operation(op, others[0]);
        for (int i = 1; i < others.length; i++) {
            if (op.equals("-")) {
                r.differenceUpdate(others[i]);
            } else {
                r = r.operation(op, others[i]);
            }
        }
        return r;
    }

    @PyMethod(general = true)
    public static Object union(Object self, Object[] args, String[] kwnames) {
        return same(self, combine(self, args, "|"));
    }

    @PyMethod(general = true)
    public static Object intersection(Object self, Object[] args, String[] kwnames) {
        return same(self, combine(self, args, "&"));
    }

    @PyMethod(general = true)
    public static Object difference(Object self, Object[] args, String[] kwnames) {
        return same(self, combine(self, args, "-"));
    }

    @PyMethod(name = "symmetric_difference")
    public static Object symmetricDifference(Object self, Object other) {
        return same(self, combine(self, new Object[] {other}, "^"));
    }

    @PyMethod
    public static boolean issubset(Object self, Object other) {
        return SetTable.of(self).isSubsetOf(SetTable.fromIterable(other));
    }

    @PyMethod
    public static boolean issuperset(Object self, Object other) {
        return SetTable.fromIterable(other).isSubsetOf(SetTable.of(self));
    }

    @PyMethod
    public static boolean isdisjoint(Object self, Object other) {
        return SetTable.of(self).intersection(SetTable.fromIterable(other)).size() == 0;
    }

    @PyMethod
    public static Object copy(Object self) {
        if (self instanceof PyFrozenSet) {
            return self;
        }
        return new PySet(SetTable.of(self).copy());
    }

    @PyMethod(name = "__len__")
    public static Object len(Object self) {
        return PyInt.valueOf(SetTable.of(self).size());
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(Object self, Object x) {
        return CompareOps.contains(self, x);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(Object self) {
        return new Iterators.SetIterator(SetTable.of(self));
    }

    /** For pickle and copy: {@code (type(self), (list(self),), __dict__ or None)}, as CPython's set_reduce. */
    @PyMethod(name = "__reduce__", wholeSelf = true)
    public static Object reduce(Object self) {
        Object value = org.pyston.builtins.object.PyInstance.unwrap(self);
        PyList items = PyList.wrap(org.pyston.builtins.ops.IterOps.toArray(value));
        Object state = value == self ? null : org.pyston.builtins.ops.AttributeOps.lookupAttr(self, "__dict__");
        return PyTuple.of(org.pyston.builtins.ops.TypeOps.typeOf(self), PyTuple.of(items),
                state == null ? org.pyston.builtins.object.PyNone.NONE : state);
    }

    /** CPython names a subclass in the repr: {@code S({1, 2})}, {@code FS()}. */
    @PyMethod(name = "__repr__", wholeSelf = true)
    public static Object repr(Object self) {
        Object value = org.pyston.builtins.object.PyInstance.unwrap(self);
        if (value == self) {
            return PyStr.of(Repr.repr(self));
        }
        String name = org.pyston.builtins.ops.TypeOps.typeOf(self).getName();
        SetTable t = SetTable.of(value);
        if (t.size() == 0) {
            return PyStr.of(name + "()");
        }
        String inner = Repr.repr(value);
        // the built-in repr is "{...}" for set and "frozenset({...})" for frozenset
        int open = inner.indexOf('{');
        return PyStr.of(name + "(" + inner.substring(open, inner.lastIndexOf('}') + 1) + ")");
    }
}
