package org.pyston.indy.site;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.runtime.Assumption;
import org.pyston.indy.linker.GuardedTarget;
import org.pyston.indy.linker.Linker;
import org.pyston.indy.site.SiteCounters.Event;

/**
 * An inline-cache call site. States:
 * <ol>
 *   <li>unlinked: every execution runs the generic path through {@link #fallback} and counts;
 *       after {@link SiteOptions#LINK_THRESHOLD} executions the site links for the arguments seen;</li>
 *   <li>monomorphic / polymorphic: a chain of guarded targets, newest first, ending in the
 *       fallback; a guard miss reaches the fallback, which adds a target for the new arguments;
 *       a target's {@link Assumption}s are not tested in the chain: the site registers with them
 *       and, when one is invalidated, drops that target and sets the shorter chain;</li>
 *   <li>megamorphic: after {@link SiteOptions#MAX_CHAIN} targets or
 *       {@link SiteOptions#MAX_RELINKS} relinks, the target is the generic handle for good.</li>
 * </ol>
 * Relinking is synchronized on the site; a race between two threads at worst links twice.
 */
public final class PyCallSite extends MutableCallSite implements Assumption.Dependent {
    private static final MethodHandle FALLBACK;
    /** When the runtime loaded this class: the origin of trace timestamps. */
    private static final long T0 = System.nanoTime();

    /**
     * {@link #fallback} for sites of 0 to 7 parameters, without an argument collector: the
     * fallback branch ends every chain, and C1 compiles it (and C2 parses it) at every site that
     * inlines the chain, so the collector's lambda forms and array reflection were paid at each.
     */
    private static final MethodHandle[] FIXED_ARITY_FALLBACKS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            FALLBACK = l.findVirtual(PyCallSite.class, "fallback", MethodType.methodType(Object.class, Object[].class));
            FIXED_ARITY_FALLBACKS = new MethodHandle[8];
            for (int n = 0; n < FIXED_ARITY_FALLBACKS.length; n++) {
                MethodType t = MethodType.genericMethodType(n).insertParameterTypes(0, PyCallSite.class);
                FIXED_ARITY_FALLBACKS[n] = l.findStatic(PyCallSite.class, "fallback" + n, t);
            }
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The operation family, for counters ("binop", "call" ...). */
    private final String kind;
    private final Linker linker;
    /** The generic handle spread to take an argument array, for the fallback's own use. */
    private final MethodHandle genericSpread;
    /** This site's fallback, of the site's type. */
    private final MethodHandle fallbackHandle;

    private int executions;
    private int relinks;
    private boolean megamorphic;
    /** Linked targets, oldest first. */
    private final List<GuardedTarget> entries = new ArrayList<>();

    public PyCallSite(String kind, MethodType type, Linker linker) {
        super(type);
        this.kind = kind;
        this.linker = linker;
        MethodHandle generic = linker.generic();
        this.genericSpread = generic.asSpreader(Object[].class, type.parameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
        int n = type.parameterCount();
        MethodHandle fallback = n < FIXED_ARITY_FALLBACKS.length ? FIXED_ARITY_FALLBACKS[n].bindTo(this)
                : FALLBACK.bindTo(this).asCollector(Object[].class, n);
        this.fallbackHandle = fallback.asType(type);
        setTarget(fallbackHandle);
    }

    private static Object fallback0(PyCallSite site) throws Throwable {
        return site.fallback(new Object[0]);
    }

    private static Object fallback1(PyCallSite site, Object a) throws Throwable {
        return site.fallback(new Object[] {a});
    }

    private static Object fallback2(PyCallSite site, Object a, Object b) throws Throwable {
        return site.fallback(new Object[] {a, b});
    }

    private static Object fallback3(PyCallSite site, Object a, Object b, Object c) throws Throwable {
        return site.fallback(new Object[] {a, b, c});
    }

    private static Object fallback4(PyCallSite site, Object a, Object b, Object c, Object d) throws Throwable {
        return site.fallback(new Object[] {a, b, c, d});
    }

    private static Object fallback5(PyCallSite site, Object a, Object b, Object c, Object d, Object e) throws Throwable {
        return site.fallback(new Object[] {a, b, c, d, e});
    }

    private static Object fallback6(PyCallSite site, Object a, Object b, Object c, Object d, Object e, Object f)
            throws Throwable {
        return site.fallback(new Object[] {a, b, c, d, e, f});
    }

    private static Object fallback7(PyCallSite site, Object a, Object b, Object c, Object d, Object e, Object f,
                                    Object g) throws Throwable {
        return site.fallback(new Object[] {a, b, c, d, e, f, g});
    }

    /** Generic execution, with linking once the site is warm. */
    private Object fallback(Object[] args) throws Throwable {
        SiteCounters.count(kind, Event.GENERIC_CALL);
        if (!megamorphic && ++executions >= SiteOptions.LINK_THRESHOLD) {
            relink(args);
        }
        return genericSpread.invokeExact(args);
    }

    private synchronized void relink(Object[] args) throws Throwable {
        if (megamorphic) return;
        boolean first = entries.isEmpty() && relinks == 0 && executions == SiteOptions.LINK_THRESHOLD;
        entries.removeIf(e -> !e.isValid());
        if (!first) relinks++;
        if (entries.size() >= SiteOptions.MAX_CHAIN || relinks > SiteOptions.MAX_RELINKS) {
            goMegamorphic();
            return;
        }
        GuardedTarget t = linker.link(args);
        if (t == null) {
            // No specialisation for these arguments: remembering the miss would only cost a guard.
            if (entries.isEmpty()) goMegamorphic();
            return;
        }
        for (Assumption a : t.assumptions()) {
            // already broken (changed while linking): the next call misses and links afresh
            if (!a.addDependent(this)) return;
        }
        if (t.guard() == null && t.fused() == null && t.assumptions().length == 0) {
            entries.clear();
        }
        entries.add(t);
        SiteCounters.count(kind, first ? Event.LINK : Event.RELINK);
        if (SiteOptions.TRACE) trace(first ? "link" : "relink", args);
        setTarget(buildChain());
    }

    /** One line on stderr per link: when, which site, how long its chain is, the argument classes. */
    private void trace(String what, Object[] args) {
        StringBuilder classes = new StringBuilder();
        for (Object a : args) classes.append(' ').append(a == null ? "null" : a.getClass().getSimpleName());
        System.err.printf("[ic %d ms] %s %s site@%x relinks=%d chain=%d:%s%n", (System.nanoTime() - T0) / 1_000_000,
                what, kind, System.identityHashCode(this), relinks, entries.size(), classes);
    }

    @Override
    public synchronized void assumptionInvalidated(Assumption a) {
        if (megamorphic || !entries.removeIf(e -> !e.isValid())) return;
        SiteCounters.count(kind, Event.INVALIDATION);
        if (SiteOptions.TRACE) trace("invalidated", new Object[0]);
        setTarget(buildChain());
        // what SwitchPoint.invalidateAll does: other threads see the new target from now on
        MutableCallSite.syncAll(new MutableCallSite[] {this});
    }

    private void goMegamorphic() {
        megamorphic = true;
        entries.clear();
        SiteCounters.count(kind, Event.MEGAMORPHIC);
        if (SiteOptions.TRACE) trace("megamorphic", new Object[0]);
        setTarget(linker.generic());
    }

    private MethodHandle buildChain() {
        MethodHandle chain = fallbackHandle;
        for (GuardedTarget e : entries) {
            if (e.fused() != null) chain = MethodHandles.insertArguments(e.fused(), 0, chain);
            else chain = e.guard() == null ? e.target() : MethodHandles.guardWithTest(e.guard(), e.target(), chain);
        }
        return chain;
    }

    /** For tests: whether the site has given up on specialising. */
    public boolean isMegamorphic() {
        return megamorphic;
    }

    /** For tests: how many guarded targets are chained. */
    public synchronized int chainLength() {
        return entries.size();
    }
}
