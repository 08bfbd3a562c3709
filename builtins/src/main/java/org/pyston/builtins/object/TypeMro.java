package org.pyston.builtins.object;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;

/**
 * Where a class's {@code __mro__} comes from, and {@code C.__bases__ = (...)}.
 *
 * <p>The MRO is C3 over the bases, unless the metaclass overrides {@code mro()}: then it is what
 * that method returns (CPython's mro_internal), checked to be classes with a compatible layout.
 * Assigning {@code __bases__} recomputes the MRO of the class and of every subclass (CPython's
 * mro_hierarchy); when one of them fails, every class gets its old bases and MRO back. Either way
 * every inline cache guarded on those classes is invalidated ({@link PyType#invalidateAll}), as a
 * class attribute assignment invalidates the caches of its name.
 */
public final class TypeMro {
    private TypeMro() {
    }

    /**
     * The MRO for {@code t} over its current bases: C3, or the metaclass's {@code mro()}.
     * Returns null when the metaclass does not override {@code mro()} and C3 is what applies.
     */
    static PyType[] custom(PyType t) {
        PyType meta = t.getType();
        if (meta == PyType.TYPE) {
            return null;
        }
        Object m = meta.lookup("mro");
        if (m == null || m == PyType.TYPE.lookup("mro")) {
            return null;
        }
        Object r = CallOps.callWithSelf(m, t, new Object[0], null);
        Object[] items = IterOps.toArray(r);
        PyType solid = ClassBuilder.solidBase(t);
        PyType[] out = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType c)) {
                throw PyExceptions.typeError("mro() returned a non-class ('%s')", TypeOps.typeName(items[i]));
            }
            if (!solid.isSubtype(ClassBuilder.solidBase(c))) {
                throw PyExceptions.typeError("mro() returned base with unsuitable layout ('%s')", c.getName());
            }
            out[i] = c;
        }
        return out;
    }

    /** Gives a class just created the MRO its metaclass's {@code mro()} computes, if it overrides it. */
    static void applyCustom(PyType t) {
        PyType meta = t.getType();
        if (meta == PyType.TYPE || meta.lookup("mro") == PyType.TYPE.lookup("mro")) {
            if (t.isMroUnset()) {
                t.replaceMro(t.c3Mro()); // raises: a base is incomplete
            }
            return;
        }
        t.unsetMro();
        PyType[] m = custom(t);
        if (m != null) {
            t.replaceMro(m);
            t.invalidateAll();
        }
    }

    /** {@code t.__bases__ = value} (null: delete), with CPython's checks and messages. */
    public static void assignBases(PyType t, Object value) {
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '__bases__' attribute of immutable type '%s'", t.getName());
        }
        if (value == null) {
            throw PyExceptions.typeError("cannot delete '__bases__' attribute of immutable type '%s'", t.getName());
        }
        if (!(value instanceof PyTuple tuple)) {
            throw PyExceptions.typeError("can only assign tuple to %s.__bases__, not %s", t.getName(),
                    TypeOps.typeName(value));
        }
        if (tuple.items.length == 0) {
            throw PyExceptions.typeError("can only assign non-empty tuple to %s.__bases__, not ()", t.getName());
        }
        PyType[] newBases = new PyType[tuple.items.length];
        for (int i = 0; i < newBases.length; i++) {
            Object o = tuple.items[i];
            if (!(o instanceof PyType b)) {
                throw PyExceptions.typeError("%s.__bases__ must be tuple of classes, not '%s'", t.getName(),
                        TypeOps.typeName(o));
            }
            if (b.isSubtype(t) || baseChainReaches(b, t)) {
                throw PyExceptions.typeError("a __bases__ item causes an inheritance cycle");
            }
            newBases[i] = b;
        }
        PyType newBase = bestBase(newBases);
        checkCompatible(bestBase(t.getBases()), newBase);

        PyType[] oldBases = t.getBases();
        List<Object[]> changed = new ArrayList<>(); // {class, its new MRO, its old MRO}, to undo
        t.replaceBases(newBases);
        PyType[] installed = t.rawBases();
        try {
            recompute(t, changed);
        } catch (PyBaseException e) {
            // roll back, except what a reentrant assignment (from a mro()) has replaced since
            for (int i = changed.size() - 1; i >= 0; i--) {
                PyType c = (PyType) changed.get(i)[0];
                if (c.rawMro() == changed.get(i)[1]) {
                    c.replaceMro((PyType[]) changed.get(i)[2]);
                }
            }
            if (t.rawBases() == installed) {
                t.replaceBases(oldBases);
            }
            t.invalidateAll();
            throw e;
        }
        t.invalidateAll();
    }

    /**
     * CPython's mro_hierarchy: a new MRO for {@code t}, then for each of its subclasses. When the
     * mro() call itself changed the MRO of {@code t} (a reentrant {@code __bases__} assignment),
     * that newer MRO stays and this one is dropped, subclasses included.
     */
    private static void recompute(PyType t, List<Object[]> changed) {
        PyType[] old = t.rawMro();
        PyType[] m = custom(t);
        if (m == null) {
            m = t.c3Mro();
        }
        if (t.rawMro() != old) {
            return;
        }
        t.replaceMro(m);
        changed.add(new Object[] {t, t.rawMro(), old});
        for (PyType sub : t.subclasses()) {
            recompute(sub, changed);
        }
    }

    /** Whether following first bases from {@code b} reaches {@code t} (a cycle a custom mro() could hide). */
    private static boolean baseChainReaches(PyType b, PyType t) {
        for (PyType c = b; c != null; c = c.getBase()) {
            if (c == t) {
                return true;
            }
        }
        return false;
    }

    /** CPython's best_base: the base whose layout (solid base) is the most derived. */
    static PyType bestBase(PyType[] bases) {
        PyType winner = null;
        PyType base = null;
        for (PyType b : bases) {
            if (!b.isBaseType()) {
                throw PyExceptions.typeError("type '%s' is not an acceptable base type", b.getName());
            }
            PyType candidate = ClassBuilder.solidBase(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtype(candidate)) {
                // the winner's layout already extends this one
            } else if (candidate.isSubtype(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw PyExceptions.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /**
     * CPython's compatible_for_assignment between the old and the new best base: instances must
     * keep their layout. Classes whose instances the garbage collector tracks (every class with
     * an instance dict or slots, and the containers) are not interchangeable with those it does
     * not (object, int, str ...): the "deallocator" differs.
     */
    private static void checkCompatible(PyType oldto, PyType newto) {
        if (isTracked(oldto) != isTracked(newto)) {
            throw PyExceptions.typeError("__bases__ assignment: '%s' deallocator differs from '%s'", newto.getName(),
                    oldto.getName());
        }
        if (ClassBuilder.solidBase(oldto) != ClassBuilder.solidBase(newto) || oldto.layout() != newto.layout()
                || !ObjectMethods.sameLayout(oldto, newto)) {
            throw PyExceptions.typeError("__bases__ assignment: '%s' object layout differs from '%s'", newto.getName(),
                    oldto.getName());
        }
    }

    /** The built-in types whose CPython instances are not tracked by the garbage collector. */
    private static final java.util.Set<String> UNTRACKED = java.util.Set.of("object", "int", "bool", "float",
            "complex", "str", "bytes", "bytearray", "range", "slice");

    /** Whether the garbage collector tracks instances (Py_TPFLAGS_HAVE_GC): every Python class does. */
    static boolean isTracked(PyType t) {
        return !t.isBuiltin() || !(UNTRACKED.contains(t.getName()) && "builtins".equals(t.getModule()));
    }
}
