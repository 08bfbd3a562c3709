package org.pyston.builtins.collections;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code _collections} module: deque, defaultdict, their iterators, namedtuple's
 * {@code _tuplegetter} and Counter's {@code _count_elements}. {@code OrderedDict} is left to the
 * pure-Python one in {@code collections}.
 */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    /** Builds {@code _collections} (it holds no per-interpreter state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_collections");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(CollectionsModule.class, "_collections", d);
        d.putStr("deque", PyDeque.TYPE);
        d.putStr("defaultdict", PyDefaultDict.TYPE);
        d.putStr("_deque_iterator", DequeIterator.FORWARD_TYPE);
        d.putStr("_deque_reverse_iterator", DequeIterator.REVERSE_TYPE);
        d.putStr("_tuplegetter", TupleGetter.TYPE);
        return m;
    }

    /**
     * {@code _count_elements(mapping, iterable)}: {@code mapping[e] = mapping.get(e, 0) + 1} for
     * each element. A dict whose {@code get} and {@code __setitem__} are dict's own (Counter) is
     * updated directly; anything else through its methods.
     */
    @PyMethod(name = "_count_elements")
    public static Object countElements(Object mapping, Object iterable) {
        PyType t = TypeOps.typeOf(mapping);
        Object it = IterOps.iter(iterable);
        PyInt one = PyInt.valueOf(1);
        if (PyInstance.unwrap(mapping) instanceof PyDict dict && t.lookup("get") == PyDict.TYPE.lookup("get")
                && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__")) {
            for (Object e = IterOps.next(it); e != null; e = IterOps.next(it)) {
                Object old = dict.get(e);
                dict.put(e, old == null ? one : BinaryOps.add(old, one));
            }
        } else {
            PyInt zero = PyInt.valueOf(0);
            for (Object e = IterOps.next(it); e != null; e = IterOps.next(it)) {
                Object old = CallOps.callMethod(mapping, "get", new Object[] {e, zero}, null);
                ItemOps.setItem(mapping, e, BinaryOps.add(old, one));
            }
        }
        return org.pyston.builtins.object.PyNone.NONE;
    }
}
