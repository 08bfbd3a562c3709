package org.pyston.builtins.container;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** Methods of the dict views. */
public class DictViewMethods {
    DictViewMethods() {
    }

    /**
     * The set-like views (keys, items): membership by hashing, the set operators (results are sets;
     * the other operand may be any iterable), comparable as sets, so {@code __hash__} is None, as
     * CPython's.
     */
    @org.pyston.builtins.object.Unhashable
    public static final class SetLike extends DictViewMethods {
        private SetLike() {
        }

        @PyMethod(name = "__contains__")
        public static boolean contains(PyDictView v, Object x) {
            return DictViewMethods.contains(v, x);
        }

        @PyMethod
        public static boolean isdisjoint(PyDictView self, Object other) {
            return DictViewMethods.isdisjoint(self, other);
        }

        private static Object operation(Object a, Object b, String symbol) {
            return new PySet(SetTable.viewOperation(a, b, symbol));
        }

        @PyMethod(name = "__and__")
        public static Object and(PyDictView self, Object other) {
            return operation(self, other, "&");
        }

        @PyMethod(name = "__rand__")
        public static Object rand(PyDictView self, Object other) {
            return operation(other, self, "&");
        }

        @PyMethod(name = "__or__")
        public static Object or(PyDictView self, Object other) {
            return operation(self, other, "|");
        }

        @PyMethod(name = "__ror__")
        public static Object ror(PyDictView self, Object other) {
            return operation(other, self, "|");
        }

        @PyMethod(name = "__sub__")
        public static Object sub(PyDictView self, Object other) {
            return operation(self, other, "-");
        }

        @PyMethod(name = "__rsub__")
        public static Object rsub(PyDictView self, Object other) {
            return operation(other, self, "-");
        }

        @PyMethod(name = "__xor__")
        public static Object xor(PyDictView self, Object other) {
            return operation(self, other, "^");
        }

        @PyMethod(name = "__rxor__")
        public static Object rxor(PyDictView self, Object other) {
            return operation(other, self, "^");
        }
    }

    /** {@code view.mapping}: a read-only proxy of the viewed dict. */
    @org.pyston.builtins.object.PyGetter("mapping")
    public static Object mapping(PyDictView v) {
        return PyMappingProxy.of(v.dict);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyDictView v) {
        return new Iterators.DictIterator(v.dict, v.kind);
    }

    @PyMethod(name = "__len__")
    public static Object len(PyDictView v) {
        return PyInt.valueOf(v.dict.size());
    }

    static boolean contains(PyDictView v, Object x) {
        switch (v.kind) {
            case Iterators.DictIterator.KEYS:
                return v.dict.containsKey(x);
            case Iterators.DictIterator.ITEMS:
                if (x instanceof PyTuple t && t.size() == 2) {
                    Object val = v.dict.get(t.get(0));
                    return val != null && CompareOps.eqBool(val, t.get(1));
                }
                return false;
            default:
                for (Object o : v.toArray()) {
                    if (CompareOps.eqBool(o, x)) {
                        return true;
                    }
                }
                return false;
        }
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyDictView v) {
        return PyStr.of(v.getType().getName() + "(" + Repr.repr(PyList.wrap(v.toArray())) + ")");
    }

    static boolean isdisjoint(PyDictView self, Object other) {
        SetTable mine = SetTable.fromIterable(self);
        org.pyston.builtins.ops.IterOps.toArray(other);
        for (Object o : org.pyston.builtins.ops.IterOps.toArray(other)) {
            if (mine.contains(o)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(name = "__reversed__")
    public static Object reversed(PyDictView self) {
        Object[] items = self.toArray();
        java.util.Collections.reverse(java.util.Arrays.asList(items));
        return org.pyston.builtins.ops.IterOps.iter(PyTuple.wrap(items));
    }
}
