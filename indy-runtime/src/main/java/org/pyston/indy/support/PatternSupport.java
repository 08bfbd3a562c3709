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

    /** {@code subject[key]} for a mapping pattern, or null when the key is absent. */
    public static Object mappingGet(Object subject, Object key) {
        if (subject instanceof PyDict d) return d.get(key);
        Object get = AttributeOps.lookupAttr(subject, "get");
        if (get == null) return null;
        Object marker = new org.pyston.builtins.object.PyInstance(PyType.OBJECT); // a fresh object no mapping holds
        Object v = CallOps.call(get, new Object[] {key, marker}, null);
        return v == marker ? null : v;
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
     * The value a positional sub-pattern of a class pattern matches: the attribute named by
     * {@code cls.__match_args__[index]} (null when the subject lacks it); for a class without
     * {@code __match_args__} that is one of the built-in types that match themselves (int, str,
     * tuple ..., or a subclass of one), the subject. {@code __match_args__} wins over the
     * built-in base, so a namedtuple matches by its fields (CPython's order of checks).
     */
    public static Object positionalAttribute(Object subject, Object cls, int index, int count) {
        PyType t = (PyType) cls;
        Object matchArgs = AttributeOps.lookupAttr(t, "__match_args__");
        if (matchArgs == null) {
            boolean self = matchesSelf(t);
            int allowed = self ? 1 : 0;
            if (count > allowed) {
                throw PyExceptions.typeError("%s() accepts %d positional sub-pattern%s (%d given)", t.getName(),
                        allowed, allowed == 1 ? "" : "s", count);
            }
            return subject;
        }
        if (!(matchArgs instanceof PyTuple names)) {
            throw PyExceptions.typeError("%s.__match_args__ must be a tuple (got %s)", t.getName(), TypeOps.typeName(matchArgs));
        }
        if (count > names.items.length) {
            throw PyExceptions.typeError("%s() accepts %d positional sub-pattern%s (%d given)", t.getName(),
                    names.items.length, names.items.length == 1 ? "" : "s", count);
        }
        Object name = names.items[index];
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("__match_args__ elements must be strings (got %s)", TypeOps.typeName(name));
        }
        return attribute(subject, s.value);
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
