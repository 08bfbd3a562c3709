package org.pyston.builtins.runtime;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A full collection of the JVM heap that has really happened when {@link #run} returns.
 *
 * <p>{@code System.gc()} is only a request: HotSpot silently skips it while any thread is inside
 * a JNI critical region (zlib's Deflater/Inflater, some array copies), and may merge it with a
 * collection another thread asked for. Python code that drops the last reference and calls
 * {@code gc.collect()} expects the object gone and its weak-reference callbacks run, so this asks
 * again until the count of full collections, read from the JVM's collector beans, has moved.
 */
public final class FullCollection {
    /** Requests at most this many times; a critical region lasts microseconds, not this long. */
    private static final int MAX_REQUESTS = 200;

    private static volatile List<GarbageCollectorMXBean> fullCollectors;

    private FullCollection() {}

    /** Collects the whole heap: every object unreachable before the call is found unreachable. */
    public static void run() {
        long before = count();
        if (before < 0) {
            System.gc();
            return;
        }
        for (int i = 0; i < MAX_REQUESTS; i++) {
            System.gc();
            if (count() != before) {
                return;
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** The number of full (old-generation) collections so far, or -1 when the JVM does not say. */
    private static long count() {
        long n = 0;
        for (GarbageCollectorMXBean b : collectors()) {
            long c = b.getCollectionCount();
            if (c < 0) {
                return -1;
            }
            n += c;
        }
        return n;
    }

    /**
     * The collectors whose runs include the old generation. Young-only collectors ("Copy",
     * "PS Scavenge", "G1 Young Generation", "ZGC Minor ...") are left out: a young collection that
     * another thread triggers must not count as the full one this thread asked for.
     */
    private static List<GarbageCollectorMXBean> collectors() {
        List<GarbageCollectorMXBean> list = fullCollectors;
        if (list == null) {
            list = new ArrayList<>();
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                String name = b.getName();
                boolean youngOnly = name.equals("Copy") || name.contains("Young") || name.contains("Scavenge")
                        || name.contains("ParNew") || name.contains("Minor");
                if (!youngOnly) {
                    list.add(b);
                }
            }
            fullCollectors = list;
        }
        return list;
    }
}
