package org.pyston.indy.site;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters per site kind (binop, call, getattr ...): links, relinks, megamorphic transitions
 * and generic-path executions. Tests assert on them so that a lost fast path fails a test;
 * {@code -X ic-stats} (or -Dpyston.ic.stats=true) prints them at exit.
 */
public final class SiteCounters {
    private SiteCounters() {}

    public enum Event { LINK, RELINK, MEGAMORPHIC, GENERIC_CALL, INVALIDATION }

    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    static void count(String kind, Event e) {
        COUNTS.computeIfAbsent(kind + "." + e.name().toLowerCase(), k -> new LongAdder()).increment();
    }

    /** The current value of a counter such as "binop.megamorphic". */
    public static long get(String kind, Event e) {
        LongAdder a = COUNTS.get(kind + "." + e.name().toLowerCase());
        return a == null ? 0 : a.sum();
    }

    public static void reset() {
        COUNTS.clear();
    }

    public static void print(PrintStream out) {
        Map<String, Long> sorted = new TreeMap<>();
        COUNTS.forEach((k, v) -> sorted.put(k, v.sum()));
        out.println("inline-cache counters:");
        sorted.forEach((k, v) -> out.printf("  %-28s %d%n", k, v));
    }
}
