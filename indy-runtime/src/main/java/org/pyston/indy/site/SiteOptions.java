package org.pyston.indy.site;

/**
 * The tunable limits of inline caches, in one place. Each can be overridden with a system
 * property of the same name (for experiments; the defaults are what we measure with).
 */
public final class SiteOptions {
    private SiteOptions() {}

    /**
     * Executions on the generic path before a site links: cold code (run once, as most module
     * top-level code is) never pays for building method-handle chains.
     */
    public static final int LINK_THRESHOLD = Integer.getInteger("pyston.ic.linkThreshold", 2);

    /**
     * Guarded targets a polymorphic site may chain (newest first) before it goes megamorphic.
     * Past about 6 the linear guard tests cost more than the generic lookup saves.
     */
    public static final int MAX_CHAIN = Integer.getInteger("pyston.ic.maxChain", 6);

    /**
     * Relinks (after invalidations or guard misses) before a site gives up and goes megamorphic,
     * so a hot site never relinks forever.
     */
    public static final int MAX_RELINKS = Integer.getInteger("pyston.ic.maxRelinks", 24);

    /**
     * Rebinds of one module global after which global sites stop constant-folding it and read
     * the dict instead (a module-level counter must not cause an invalidation storm).
     */
    public static final int MAX_GLOBAL_REBINDS = Integer.getInteger("pyston.ic.maxGlobalRebinds", 8);

    /**
     * {@code -Dpyston.ic.trace=true}: print every link and relink with its time, to see which
     * sites change late (a relink deoptimizes compiled code that inlined the site, and a C2
     * compile in progress that inlined it is thrown away).
     */
    public static final boolean TRACE = Boolean.getBoolean("pyston.ic.trace");
}
