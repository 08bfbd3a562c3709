package org.pyston.indy.support;


import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * The tests of the match statement that are not plain comparisons: sequence and mapping
 * patterns (CPython's Py_TPFLAGS_SEQUENCE/MAPPING rules), class patterns with __match_args__.
 * Each returns null (or false) for "does not match", so the compiled pattern just branches.
 */
public final class PatternSupport {
    private PatternSupport() {}

    /**
     * Whether {@code subject} matches sequence patterns: its type has CPython's
     * Py_TPFLAGS_SEQUENCE (list, tuple, range, memoryview, deque, array, subclasses of
     * collections.abc.Sequence and classes registered with it; never str, bytes or bytearray).
     */
    public static boolean isSequence(Object subject) {
        if (subject instanceof PyList || subject instanceof PyTuple) return true;
        return TypeOps.typeOf(subject).collectionFlags() == PyType.SEQUENCE_FLAG;
    }

    /** {@code len(subject)} of a sequence pattern's subject (CPython's GET_LEN). */
    public static long sequenceLength(Object subject) {
        if (subject instanceof PyList l) return l.size();
        if (subject instanceof PyTuple t) return t.items.length;
        return ItemOps.len(subject);
    }

    /**
     * {@code subject[index]} of a sequence pattern whose star is a wildcard, counted from the end
     * when {@code fromEnd} ({@code subject[len(subject) - index]}, len asked again as CPython's
     * code does).
     */
    public static Object sequenceItem(Object subject, int index, boolean fromEnd) {
        long i = fromEnd ? sequenceLength(subject) - index : index;
        return ItemOps.getItem(subject, org.pyston.builtins.number.PyInt.valueOf(i));
    }

    /**
     * The items of a sequence pattern's subject whose length already matched, unpacked as an
     * assignment target would be (CPython's UNPACK_SEQUENCE, or UNPACK_EX around a named star,
     * whose slot holds the middle as a list): iteration, with unpacking's errors if it disagrees
     * with {@code len}.
     */
    public static Object[] sequenceUnpack(Object subject, int size, int star) {
        if (star < 0) {
            if (subject instanceof PyList l) {
                Object[] a = l.toArray();
                if (a.length == size) return a;
            }
            return Builders.unpack(subject, size);
        }
        return Builders.unpackStarred(subject, star, size - star - 1);
    }

    /** Whether {@code subject} matches mapping patterns: its type has CPython's Py_TPFLAGS_MAPPING. */
    public static boolean isMapping(Object subject) {
        return subject instanceof PyDict || TypeOps.typeOf(subject).collectionFlags() == PyType.MAPPING_FLAG;
    }

    /**
     * The values of a mapping pattern's keys, or null when the subject has fewer items or lacks
     * one (CPython's GET_LEN test, then MATCH_KEYS: {@code subject.get} looked up once and called
     * with a marker default per key; a key seen before is a ValueError when reached).
     */
    public static Object[] mappingValues(Object subject, Object[] keys) {
        if (sequenceLength(subject) < keys.length) return null;
        Object[] out = new Object[keys.length];
        org.pyston.builtins.container.PySet seen = new org.pyston.builtins.container.PySet();
        if (subject instanceof PyDict d && d.getClass() == PyDict.class) {
            for (int i = 0; i < keys.length; i++) {
                checkNewKey(seen, keys[i]);
                Object v = d.get(keys[i]);
                if (v == null) return null;
                out[i] = v;
            }
            return out;
        }
        Object get = AttributeOps.getAttr(subject, "get");
        Object marker = new org.pyston.builtins.object.PyInstance(PyType.OBJECT); // a fresh object no mapping holds
        for (int i = 0; i < keys.length; i++) {
            checkNewKey(seen, keys[i]);
            Object v = CallOps.call(get, new Object[] {keys[i], marker}, null);
            if (v == marker) return null;
            out[i] = v;
        }
        return out;
    }

    private static void checkNewKey(org.pyston.builtins.container.PySet seen, Object key) {
        if (!seen.add(key)) {
            throw PyExceptions.valueError("mapping pattern checks duplicate key (%s)", org.pyston.builtins.ops.Repr.repr(key));
        }
    }

    /** The {@code **rest} of a mapping pattern: a new dict without the matched keys. */
    public static Object mappingRest(Object subject, Object[] keys) {
        PyDict rest = new PyDict();
        if (subject instanceof PyDict d) {
            rest.putAll(d);
        } else {
            Object it = IterOps.iter(subject);
            for (Object k; (k = IterOps.next(it)) != null; ) rest.put(k, ItemOps.getItem(subject, k));
        }
        for (Object k : keys) rest.remove(k);
        return rest;
    }

    /** A class pattern's {@code isinstance(subject, cls)}, with CPython's error for a non-class. */
    public static boolean isInstance(Object subject, Object cls) {
        if (!(cls instanceof PyType)) {
            throw PyExceptions.typeError("called match pattern must be a type");
        }
        return TypeOps.isInstance(subject, cls);
    }

    /**
     * The values a class pattern's sub-patterns match, positional ones first (the attributes
     * {@code cls.__match_args__} names; for a class without it that is one of the built-in types
     * that match themselves, the subject), then the keyword ones; null when the subject lacks one.
     * An attribute named twice is a TypeError, as CPython's MATCH_CLASS.
     */
    public static Object[] classAttributes(Object subject, Object cls, int nargs, String[] kwnames) {
        PyType t = (PyType) cls;
        Object[] out = new Object[nargs + kwnames.length];
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (nargs > 0) {
            Object matchArgs = attribute(t, "__match_args__");
            boolean self = false;
            Object[] names;
            if (matchArgs == null) {
                self = matchesSelf(t);
                names = new Object[0];
            } else if (matchArgs instanceof PyTuple tu && tu.getClass() == PyTuple.class) {
                names = tu.items;
            } else {
                throw PyExceptions.typeError("%s.__match_args__ must be a tuple (got %s)", t.getName(), TypeOps.typeName(matchArgs));
            }
            int allowed = self ? 1 : names.length;
            if (allowed < nargs) {
                throw PyExceptions.typeError("%s() accepts %d positional sub-pattern%s (%d given)", t.getName(),
                        allowed, allowed == 1 ? "" : "s", nargs);
            }
            if (self) {
                out[0] = subject;
            } else {
                for (int i = 0; i < nargs; i++) {
                    if (!(names[i] instanceof PyStr s) || names[i].getClass() != PyStr.class) {
                        throw PyExceptions.typeError("__match_args__ elements must be strings (got %s)", TypeOps.typeName(names[i]));
                    }
                    Object v = classAttribute(subject, t, s.value(), seen);
                    if (v == null) return null;
                    out[i] = v;
                }
            }
        }
        for (int i = 0; i < kwnames.length; i++) {
            Object v = classAttribute(subject, t, kwnames[i], seen);
            if (v == null) return null;
            out[nargs + i] = v;
        }
        return out;
    }

    private static Object classAttribute(Object subject, PyType t, String name, java.util.Set<String> seen) {
        if (!seen.add(name)) {
            throw PyExceptions.typeError("%s() got multiple sub-patterns for attribute %s", t.getName(),
                    org.pyston.builtins.ops.Repr.repr(PyStr.of(name)));
        }
        return attribute(subject, name);
    }

    /** A keyword sub-pattern's attribute, or null when the subject lacks it. */
    public static Object attribute(Object subject, String name) {
        try {
            return AttributeOps.lookupAttr(subject, name);
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }

    private static final String[] SELF_MATCHING = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list",
        "set", "str", "tuple"};

    /** The built-in types (and their subclasses) whose single positional sub-pattern is the subject. */
    private static boolean matchesSelf(PyType t) {
        for (String n : SELF_MATCHING) if (isBuiltinOf(t, n)) return true;
        return false;
    }

    private static boolean isBuiltinOf(PyType t, String name) {
        for (PyType m : t.getMro()) if (m.isBuiltin() && m.getName().equals(name) && m.getModule().equals("builtins")) return true;
        return false;
    }
}
