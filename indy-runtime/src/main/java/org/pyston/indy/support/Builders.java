package org.pyston.indy.support;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * Builds the values of displays and other compound expressions for generated code: tuple, list,
 * set and dict displays (with {@code *} and {@code **} unpacking), slices, f-strings, and the
 * unpacking of assignment targets. Called with {@code invokestatic}: these are not dynamic.
 */
public final class Builders {
    private Builders() {}

    /** Takes ownership of {@code items} (generated code passes a fresh array). */
    public static Object newTuple(Object[] items) {
        return items.length == 0 ? PyTuple.EMPTY : PyTuple.wrap(items);
    }

    public static Object newList(Object[] items) {
        return PyList.wrap(items);
    }

    public static Object newSet(Object[] items) {
        PySet s = new PySet();
        for (Object o : items) s.add(o);
        return s;
    }

    /** A set display of more than two constants: CPython's order for it (see SetTable.constantDisplay). */
    public static Object newConstSet(Object[] items) {
        return new PySet(org.pyston.builtins.container.SetTable.constantDisplay(items));
    }

    /** Keys and values interleaved, inserted in order (a later duplicate key wins, as CPython). */
    public static Object newDict(Object[] keysAndValues) {
        PyDict d = new PyDict();
        for (int i = 0; i < keysAndValues.length; i += 2) d.put(keysAndValues[i], keysAndValues[i + 1]);
        return d;
    }

    public static Object newSlice(Object start, Object stop, Object step) {
        return new PySlice(start, stop, step);
    }

    public static void listAppend(Object list, Object v) {
        ((PyList) list).append(v);
    }

    /** {@code [*x]}, {@code (a, *x)}, {@code f(a, *x)}: CPython's LIST_EXTEND, with its message for a non-iterable. */
    public static void listExtend(Object list, Object iterable) {
        PyList l = (PyList) list;
        if (!iterableOrSequence(iterable)) {
            throw PyExceptions.typeError("Value after * must be an iterable, not %s", TypeOps.typeName(iterable));
        }
        Object it = IterOps.iter(iterable);
        for (Object v; (v = IterOps.next(it)) != null; ) l.append(v);
    }

    /**
     * {@code f(*x)} with no other positional argument: x itself becomes the argument tuple (CPython's
     * CALL_FUNCTION_EX), and a non-iterable x is reported with the callee's name.
     */
    public static Object starArgs(Object iterable, Object callee) {
        if (iterable instanceof PyTuple t && t.getClass() == PyTuple.class) {
            return t;
        }
        if (!iterableOrSequence(iterable)) {
            throw PyExceptions.typeError("%s argument after * must be an iterable, not %s",
                    FunctionSupport.functionStr(callee), TypeOps.typeName(iterable));
        }
        PyList l = new PyList();
        Object it = IterOps.iter(iterable);
        for (Object v; (v = IterOps.next(it)) != null; ) l.append(v);
        return newTuple(l.toArray());
    }

    /** Has {@code __iter__}, or is a sequence ({@code __getitem__}, not a dict): CPython's tp_iter / PySequence_Check. */
    private static boolean iterableOrSequence(Object o) {
        org.pyston.builtins.object.PyType t = TypeOps.typeOf(o);
        if (t.lookup("__iter__") != null) {
            return true;
        }
        return t.lookup("__getitem__") != null && !t.isSubtype(PyDict.TYPE);
    }

    public static Object listToTuple(Object list) {
        return newTuple(((PyList) list).toArray());
    }

    public static void setAdd(Object set, Object v) {
        ((PySet) set).add(v);
    }

    public static void setUpdate(Object set, Object iterable) {
        PySet s = (PySet) set;
        Object it = IterOps.iter(iterable);
        for (Object v; (v = IterOps.next(it)) != null; ) s.add(v);
    }

    public static void dictSet(Object dict, Object k, Object v) {
        ((PyDict) dict).put(k, v);
    }

    /**
     * {@code {**m}}: m is a dict or any mapping with keys() and __getitem__; an AttributeError on
     * the way (no keys()) is CPython's DICT_UPDATE TypeError.
     */
    public static void dictUpdate(Object dict, Object mapping) {
        try {
            mergeMapping(dict, mapping);
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                throw PyExceptions.typeError("'%s' object is not a mapping", TypeOps.typeName(mapping));
            }
            throw e;
        }
    }

    private static void mergeMapping(Object dict, Object mapping) {
        PyDict d = (PyDict) dict;
        if (mapping instanceof PyDict m) {
            d.putAll(m);
            return;
        }
        Object keys = CallOps.callMethod(mapping, "keys", new Object[0], null);
        Object it = IterOps.iter(keys);
        for (Object k; (k = IterOps.next(it)) != null; ) {
            d.put(k, org.pyston.builtins.ops.ItemOps.getItem(mapping, k));
        }
    }

    /** A keyword argument {@code name=value} of a call with {@code **} unpacking. */
    public static void addKwarg(Object dict, Object name, Object value, Object callee) {
        PyDict d = (PyDict) dict;
        if (d.containsKey(name)) {
            throw PyExceptions.typeError("%s got multiple values for keyword argument '%s'",
                    FunctionSupport.functionStr(callee), ((PyStr) name).value());
        }
        d.put(name, value);
    }

    /** {@code f(**m)}: keys must be strings and not repeat. */
    public static void mergeKwargs(Object dict, Object mapping, Object callee) {
        PyDict d = (PyDict) dict;
        PyDict m;
        if (mapping instanceof PyDict md) {
            m = md;
        } else {
            if (TypeOps.typeOf(mapping).lookup("keys") == null) {
                throw PyExceptions.typeError("%s argument after ** must be a mapping, not %s",
                        FunctionSupport.functionStr(callee), TypeOps.typeName(mapping));
            }
            m = new PyDict();
            try {
                mergeMapping(m, mapping);
            } catch (PyBaseException e) {
                // CPython's format_kwargs_error: an AttributeError means "not a mapping"
                if (e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                    throw PyExceptions.typeError("%s argument after ** must be a mapping, not %s",
                            FunctionSupport.functionStr(callee), TypeOps.typeName(mapping));
                }
                throw e;
            }
        }
        for (Object k : m.keysArray()) {
            if (!(k instanceof PyStr s)) throw PyExceptions.typeError("keywords must be strings");
            if (d.containsKey(k)) {
                throw PyExceptions.typeError("%s got multiple values for keyword argument '%s'", FunctionSupport.functionStr(callee), s.value());
            }
            d.put(k, m.get(k));
        }
    }

    // ---- unpacking of assignment targets

    /** {@code a, b = x}: exactly {@code n} values, with CPython's messages otherwise. */
    public static Object[] unpack(Object iterable, int n) {
        if (iterable instanceof PyTuple t && t.items.length == n) return t.items.clone();
        Object it = iterOrCannotUnpack(iterable);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = IterOps.next(it);
            if (v == null) {
                throw PyExceptions.valueError("not enough values to unpack (expected %d, got %d)", n, i);
            }
            out[i] = v;
        }
        if (IterOps.next(it) != null) {
            throw PyExceptions.valueError("too many values to unpack (expected %d)", n);
        }
        return out;
    }

    /** {@code a, *b, c = x}: {@code before} values, a list of the middle, {@code after} values. */
    public static Object[] unpackStarred(Object iterable, int before, int after) {
        Object it = iterOrCannotUnpack(iterable);
        java.util.ArrayList<Object> all = new java.util.ArrayList<>();
        for (Object v; (v = IterOps.next(it)) != null; ) all.add(v);
        if (all.size() < before + after) {
            throw PyExceptions.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, all.size());
        }
        Object[] out = new Object[before + 1 + after];
        for (int i = 0; i < before; i++) out[i] = all.get(i);
        out[before] = PyList.wrap(all.subList(before, all.size() - after).toArray());
        for (int i = 0; i < after; i++) out[before + 1 + i] = all.get(all.size() - after + i);
        return out;
    }

    private static Object iterOrCannotUnpack(Object iterable) {
        if (TypeOps.typeOf(iterable).lookup("__iter__") == null && TypeOps.typeOf(iterable).lookup("__getitem__") == null) {
            throw PyExceptions.typeError("cannot unpack non-iterable %s object", TypeOps.typeName(iterable));
        }
        return IterOps.iter(iterable);
    }

    // ---- f-strings

    /** One replacement field: conversion -1 (none), 's', 'r' or 'a', then format(value, spec). */
    public static Object formatValue(Object value, int conversion, Object spec) {
        switch (conversion) {
            case 's' -> value = PyStr.of(Repr.str(value));
            case 'r' -> value = PyStr.of(Repr.repr(value));
            case 'a' -> value = PyStr.of(org.pyston.builtins.format.StrRepr.escapeNonAscii(Repr.repr(value)));
            default -> { }
        }
        if (spec == null || (spec instanceof PyStr s && s.value().isEmpty())) {
            if (value instanceof PyStr) return value;
            if (spec == null) spec = PyStr.EMPTY;
        }
        Object r = CallOps.callSpecial(value, "__format__", new Object[] {spec}, null);
        // an instance of a str subclass is a valid result, kept as is (CPython's FORMAT_VALUE)
        if (!(r instanceof PyStr) && !(org.pyston.builtins.object.PyInstance.unwrap(r) instanceof PyStr)) {
            throw PyExceptions.typeError("__format__ must return a str, not %s", TypeOps.typeName(r));
        }
        return r;
    }

    public static Object joinStrings(Object[] parts) {
        if (parts.length == 1) return parts[0];
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) sb.append(((PyStr) org.pyston.builtins.object.PyInstance.unwrap(p)).value());
        return PyStr.of(sb.toString());
    }
}
