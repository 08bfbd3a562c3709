package org.pyston.builtins.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyMemberDescriptor;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code __slots__}: checks the declaration (CPython's errors), replaces each slot name by a
 * {@link PyMemberDescriptor} in the class namespace, and decides whether instances keep a
 * {@code __dict__}: only when some class of the MRO lacks {@code __slots__} or lists
 * {@code "__dict__"} in it.
 */
final class SlotsLayout {
    private SlotsLayout() {
    }

    /** The slot names declared in {@code ns.__slots__}, checked; "__dict__"/"__weakref__" included. */
    static List<String> names(Map<String, Object> ns) {
        Object decl = ns.get("__slots__");
        Object[] items = decl instanceof PyStr ? new Object[] {decl} : IterOps.toArray(decl);
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (!(o instanceof PyStr s)) {
                throw PyExceptions.typeError("__slots__ items must be strings, not '%s'", TypeOps.typeName(o));
            }
            if (!isIdentifier(s.value)) {
                throw PyExceptions.typeError("__slots__ must be identifiers");
            }
            out.add(s.value);
        }
        return out;
    }

    /** The built-in types whose CPython instances are variable-size, hence take no {@code __slots__}. */
    private static final java.util.Set<String> VARIABLE_SIZE = java.util.Set.of("int", "bytes", "tuple", "type");

    /** Validates the slots of a class being created; {@code wrapsBuiltin} for int/str/tuple... subclasses. */
    static void declare(String className, PyType[] bases, Map<String, Object> ns, boolean wrapsBuiltin) {
        List<String> slots = names(ns);
        boolean baseHasDict = false;
        for (PyType b : bases) {
            baseHasDict |= givesDict(b);
        }
        int seenDict = 0;
        List<String> members = new ArrayList<>();
        for (String s : slots) {
            if (s.equals("__dict__")) {
                if (baseHasDict || seenDict++ > 0) {
                    throw PyExceptions.typeError("__dict__ slot disallowed: we already got one");
                }
                continue;
            }
            if (s.equals("__weakref__")) {
                continue;
            }
            String mangled = mangle(className, s);
            if (ns.containsKey(mangled)) {
                throw PyExceptions.valueError("'%s' in __slots__ conflicts with class variable", s);
            }
            members.add(mangled);
        }
        if (wrapsBuiltin && !members.isEmpty()) {
            PyType solid = bases[0];
            for (PyType b : bases) {
                if (ClassBuilder.solidBase(b) != PyType.OBJECT) {
                    solid = ClassBuilder.solidBase(b);
                }
            }
            // CPython refuses slots only on its variable-size layouts (tp_itemsize != 0)
            if (VARIABLE_SIZE.contains(solid.getName()) && solid.isBuiltin()) {
                throw PyExceptions.typeError("nonempty __slots__ not supported for subtype of '%s'", solid.getName());
            }
        }
    }

    /** Installs the member descriptors and the instance-dict flag on the new class {@code t}. */
    static void bind(PyType t, Map<String, Object> ns) {
        boolean dict = false;
        for (PyType b : t.getBases()) {
            dict |= givesDict(b);
        }
        for (String s : names(ns)) {
            if (s.equals("__dict__")) {
                dict = true;
            } else if (!s.equals("__weakref__")) {
                String mangled = mangle(t.getName(), s);
                t.setSlotMember(mangled, new PyMemberDescriptor(mangled, t));
            }
        }
        t.setInstanceDict(dict);
    }

    /** Whether instances inherit a {@code __dict__} from base {@code b} (object and most built-ins give none). */
    private static boolean givesDict(PyType b) {
        return b.isBuiltin() ? b.layout() == PyType.Layout.EXCEPTION : b.hasInstanceDict();
    }

    private static String mangle(String cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__")) {
            return name;
        }
        String c = cls;
        while (c.startsWith("_")) {
            c = c.substring(1);
        }
        return c.isEmpty() ? name : "_" + c + name;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isUnicodeIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

}
