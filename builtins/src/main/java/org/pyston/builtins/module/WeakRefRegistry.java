package org.pyston.builtins.module;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.exception.TracebackPrinter;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.runtime.FullCollection;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The weak references of one interpreter, and the calling of their callbacks.
 *
 * <p>Timing differs from CPython. CPython calls a callback the moment the referent's refcount
 * reaches zero (or when its cycle collector frees it). Here the JVM decides when an object is
 * unreachable, and Python code may only run at points where the interpreter is ready for it, so
 * callbacks run at two kinds of safe points, on the thread that reaches them:
 * <ul>
 * <li>{@code gc.collect()} ({@link #collect}): asks the JVM for a full collection, then finds every
 * reference whose referent it cleared (the clearing is synchronous, unlike the JVM's queueing) and
 * calls their callbacks before returning. "Drop the last reference, then {@code gc.collect()}"
 * therefore behaves as CPython does, deterministically.</li>
 * <li>the creation of a weak reference ({@link #poll}): references the JVM has queued since are
 * handled, so long-running programs that never call {@code gc.collect()} (caches built on
 * {@code WeakValueDictionary}) still purge dead entries.</li>
 * </ul>
 * A callback runs at most once. As in CPython, it is not called when the weak reference itself
 * became unreachable first, and an exception in it is reported as "Exception ignored in" on
 * stderr. Callbacks found in one pass run newest reference first (CPython's order for several
 * references to one object).
 *
 * <p>Invariant: {@link #all} holds a weak reference to every {@link PyWeakRef} made in this
 * interpreter that may still live, in creation order; dead entries are purged when the list has
 * doubled since the last purge.
 */
final class WeakRefRegistry {
    /** The JVM queues here the referent-side reference of each PyWeakRef that has a callback. */
    final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    /** Every weak reference of the interpreter that may still live, oldest first. */
    private final List<WeakReference<PyWeakRef>> all = new ArrayList<>();

    /** The size of {@link #all} at which dead entries are next purged. */
    private int purgeAt = 256;

    /** The registry of the current interpreter. */
    static WeakRefRegistry current() {
        return Interpreter.current().moduleState(WeakRefRegistry.class, WeakRefRegistry::new);
    }

    /** Records a new weak reference; a safe point for the callbacks queued since the last one. */
    void register(PyWeakRef r) {
        synchronized (all) {
            if (all.size() >= purgeAt) {
                all.removeIf(w -> w.get() == null || w.get().get() == null);
                purgeAt = Math.max(256, all.size() * 2);
            }
            all.add(new WeakReference<>(r));
        }
        poll();
    }

    /** The live weak references to {@code referent}, oldest first. */
    List<PyWeakRef> referencesTo(Object referent) {
        List<PyWeakRef> out = new ArrayList<>();
        synchronized (all) {
            for (WeakReference<PyWeakRef> w : all) {
                PyWeakRef r = w.get();
                if (r != null && r.get() == referent) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** Calls the callbacks of the references the JVM has queued; cheap when there are none. */
    void poll() {
        List<PyWeakRef> due = null;
        for (Reference<?> q = queue.poll(); q != null; q = queue.poll()) {
            PyWeakRef r = ((PyWeakRef.Referent) q).owner;
            if (r.claimCallback()) {
                if (due == null) {
                    due = new ArrayList<>();
                }
                due.add(r);
            }
        }
        if (due != null) {
            run(due);
        }
    }

    /** {@code gc.collect()}: a full JVM collection, then the callbacks of every reference it cleared. */
    void collect() {
        FullCollection.run();
        List<PyWeakRef> due = new ArrayList<>();
        synchronized (all) {
            all.removeIf(w -> {
                PyWeakRef r = w.get();
                if (r == null) {
                    return true;
                }
                if (r.get() != null) {
                    return false;
                }
                if (r.claimCallback()) {
                    due.add(r);
                }
                return true;
            });
        }
        run(due);
        poll();
    }

    /** Runs the callbacks of {@code due} (claimed, oldest first) newest first. */
    private static void run(List<PyWeakRef> due) {
        for (int i = due.size() - 1; i >= 0; i--) {
            PyWeakRef r = due.get(i);
            Object callback = r.callbackObject();
            try {
                CallOps.call(callback, new Object[] {r.exposed()}, null);
            } catch (Throwable t) {
                PyBaseException e = PyExceptions.translate(t);
                StringBuilder sb = new StringBuilder("Exception ignored in: ").append(Repr.repr(callback)).append('\n');
                TracebackPrinter.print(e, sb);
                CallOps.callMethod(Interpreter.current().getStderr(), "write",
                        new Object[] {org.pyston.builtins.text.PyStr.of(sb.toString())}, null);
            }
        }
    }
}
