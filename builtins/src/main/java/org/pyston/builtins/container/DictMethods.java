package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code dict}. */
@org.pyston.builtins.object.Unhashable
public final class DictMethods extends ContainerSlots.DictSlots {
    private DictMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyDict();
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyDict self, Object[] args, String[] kwnames) {
        update(self, args, kwnames, "dict");
        return PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object update(PyDict self, Object[] args, String[] kwnames) {
        update(self, args, kwnames, "update");
        return PyNone.NONE;
    }

    private static void update(PyDict self, Object[] args, String[] kwnames, String fname) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyExceptions.typeError("%s expected at most 1 argument, got %d", fname, npos);
        }
        if (npos == 1) {
            merge(self, args[0]);
        }
        for (int k = 0; k < nkw; k++) {
            self.put(PyStr.of(kwnames[k]), args[npos + k]);
        }
    }

    /** {@code d.update(other)} for a mapping (has keys()) or an iterable of pairs. */
    public static void merge(PyDict self, Object other) {
        if (other instanceof PyDict d) {
            self.putAll(d);
            return;
        }
        Object keys = AttributeOps.lookupAttr(other, "keys");
        if (keys != null) {
            Object it = IterOps.iter(CallOps.call(keys, new Object[0], null));
            for (Object k = IterOps.next(it); k != null; k = IterOps.next(it)) {
                self.put(k, org.pyston.builtins.ops.ItemOps.getItem(other, k));
            }
            return;
        }
        Object it = IterOps.iter(other);
        int i = 0;
        for (Object item = IterOps.next(it); item != null; item = IterOps.next(it), i++) {
            Object[] pair;
            try {
                pair = IterOps.toArray(item);
            } catch (org.pyston.builtins.exception.PyBaseException e) {
                if (e.isInstance(PyExceptions.TYPE_ERROR)) {
                    throw PyExceptions.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
                }
                throw e;
            }
            if (pair.length != 2) {
                throw PyExceptions.valueError("dictionary update sequence element #%d has length %d; 2 is required", i,
                        pair.length);
            }
            self.put(pair[0], pair[1]);
        }
    }

    @PyMethod(required = 1)
    public static Object get(PyDict self, Object key, Object dflt) {
        Object v = self.get(key);
        if (v != null) {
            return v;
        }
        return dflt == null ? PyNone.NONE : dflt;
    }

    @PyMethod
    public static Object keys(PyDict self) {
        return new PyDictView(self, Iterators.DictIterator.KEYS);
    }

    @PyMethod
    public static Object values(PyDict self) {
        return new PyDictView(self, Iterators.DictIterator.VALUES);
    }

    @PyMethod
    public static Object items(PyDict self) {
        return new PyDictView(self, Iterators.DictIterator.ITEMS);
    }

    @PyMethod(required = 1)
    public static Object pop(PyDict self, Object key, Object dflt) {
        Object v = self.remove(key);
        if (v != null) {
            return v;
        }
        if (dflt == null) {
            throw PyExceptions.keyError(key);
        }
        return dflt;
    }

    @PyMethod
    public static Object popitem(PyDict self) {
        Object[] e = self.popLast();
        if (e == null) {
            throw PyExceptions.keyError(PyStr.of("popitem(): dictionary is empty"));
        }
        return PyTuple.wrap(e);
    }

    @PyMethod(required = 1)
    public static Object setdefault(PyDict self, Object key, Object dflt) {
        return self.putIfAbsent(key, dflt == null ? PyNone.NONE : dflt);
    }

    @PyMethod
    public static Object copy(PyDict self) {
        return self.copy();
    }

    @PyMethod
    public static void clear(PyDict self) {
        self.clear();
    }

    /**
     * A classmethod, as CPython's: {@code dict.fromkeys} fills a new dict directly; a subclass's
     * {@code D.fromkeys} makes {@code D()} and sets each key through its {@code __setitem__}.
     */
    @PyMethod(isClass = true, required = 1)
    public static Object fromkeys(Object cls, Object iterable, Object value) {
        Object v = value == null ? PyNone.NONE : value;
        if (cls == PyDict.TYPE) {
            PyDict d = new PyDict();
            Object it = IterOps.iter(iterable);
            for (Object k = IterOps.next(it); k != null; k = IterOps.next(it)) {
                d.put(k, v);
            }
            return d;
        }
        Object d = org.pyston.builtins.ops.CallOps.call0(cls);
        Object it = IterOps.iter(iterable);
        for (Object k = IterOps.next(it); k != null; k = IterOps.next(it)) {
            org.pyston.builtins.ops.ItemOps.setItem(d, k, v);
        }
        return d;
    }

    @PyMethod(name = "__len__")
    public static Object len(PyDict self) {
        return PyInt.valueOf(self.size());
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyDict self, Object key) {
        Object v = self.get(key);
        if (v == null) {
            return missing(self, key);
        }
        return v;
    }

    /**
     * {@code d[key]} for a key {@code d} lacks: a built-in subclass of dict (a Java subclass of
     * PyDict, such as defaultdict) answers with its {@code __missing__}, as CPython's dict_subscript
     * does for every subclass; a plain dict raises KeyError.
     */
    public static Object missing(PyDict self, Object key) {
        if (self.getClass() != PyDict.class) {
            Object m = self.getType().lookup("__missing__");
            if (m != null) {
                return org.pyston.builtins.ops.CallOps.callWithSelf(m, self, new Object[] {key}, null);
            }
        }
        throw PyExceptions.keyError(key);
    }

    @PyMethod(name = "__setitem__")
    public static void setitem(PyDict self, Object key, Object value) {
        self.put(key, value);
    }

    @PyMethod(name = "__delitem__")
    public static void delitem(PyDict self, Object key) {
        if (self.remove(key) == null) {
            throw PyExceptions.keyError(key);
        }
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(PyDict self, Object key) {
        return self.containsKey(key);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyDict self) {
        return new Iterators.DictIterator(self, Iterators.DictIterator.KEYS);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyDict self) {
        return PyStr.of(Repr.repr(self));
    }
}
