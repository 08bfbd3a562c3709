package org.pyston.builtins.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A fact inline caches rely on ("attribute m of class C is unchanged", "global g is still bound
 * to this function"), valid until {@link #invalidate()} is called, once. Whoever links code on
 * the fact registers as a {@link Dependent} and is told when it stops holding.
 *
 * <p>Why not {@link java.lang.invoke.SwitchPoint}: a switch point is checked in the linked
 * method-handle graph itself ({@code guardWithTest} over a call site's dynamic invoker), about a
 * dozen lambda forms per check that C1 and C2 parse and profile at every site that inlines it; a
 * linked attribute read carries two or three. Here nothing is in the graph: the dependent site
 * drops the stale target and sets a new one, which deoptimizes compiled code that inlined it as
 * a switch point's invalidation does.
 *
 * <p>Dependents are held weakly (a site lives as long as the code that contains it, which may be
 * unloaded while the class it depends on lives on). Registration and invalidation are
 * thread-safe; dependents are notified outside this object's lock.
 */
public final class Assumption {
    /** Told, once, that an assumption it registered with no longer holds. */
    public interface Dependent {
        void assumptionInvalidated(Assumption a);
    }

    /** An assumption that is never invalidated (for immutable built-in types); keeps no dependents. */
    public static final Assumption ALWAYS_VALID = new Assumption(true);

    private final boolean permanent;
    private volatile boolean valid = true;
    /** Identity-keyed weak set (sites don't override equals); made on first registration. */
    private Set<Dependent> dependents;

    public Assumption() {
        this(false);
    }

    private Assumption(boolean permanent) {
        this.permanent = permanent;
    }

    public boolean isValid() {
        return valid;
    }

    /**
     * Registers {@code d} to be told when this assumption is invalidated; false (and nothing
     * registered) when it already has been, so the caller must not rely on it.
     */
    public boolean addDependent(Dependent d) {
        if (permanent) {
            return true;
        }
        synchronized (this) {
            if (!valid) {
                return false;
            }
            if (dependents == null) {
                dependents = Collections.newSetFromMap(new WeakHashMap<>());
            }
            dependents.add(d);
            return true;
        }
    }

    /** Marks this assumption broken and tells every live dependent; later calls do nothing. */
    public void invalidate() {
        if (permanent) {
            throw new IllegalStateException("a permanent assumption cannot be invalidated");
        }
        List<Dependent> toTell;
        synchronized (this) {
            if (!valid) {
                return;
            }
            valid = false;
            toTell = dependents == null ? List.of() : new ArrayList<>(dependents);
            dependents = null;
        }
        for (Dependent d : toTell) {
            d.assumptionInvalidated(this);
        }
    }
}
