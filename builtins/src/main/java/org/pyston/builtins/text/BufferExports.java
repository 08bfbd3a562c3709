package org.pyston.builtins.text;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.runtime.FullCollection;

/**
 * The memoryviews exported by one mutable object (bytearray, array.array): CPython's export count,
 * which forbids a resize while a view is in use ("Existing exports of data: object cannot be
 * re-sized"). CPython's count drops when a view is released or freed, and reference counting frees
 * an unreferenced temporary view at once ({@code bytes(memoryview(ba)); ba.append(0)} is fine). We
 * have no reference counts, so views are held weakly, and a resize that still sees a live view
 * first runs a garbage collection: only a view that is still reachable (and not released) refuses
 * the resize. The collection runs only on that conflict, which correct programs rarely reach.
 */
public final class BufferExports {
    /** The views not yet released; cleared references are dropped as they are found. */
    private final ArrayList<WeakReference<PyMemoryView>> views = new ArrayList<>();

    public synchronized void add(PyMemoryView view) {
        views.add(new WeakReference<>(view));
    }

    public synchronized void remove(PyMemoryView view) {
        views.removeIf(r -> r.get() == null || r.get() == view);
    }

    private synchronized boolean anyLive() {
        views.removeIf(r -> {
            PyMemoryView v = r.get();
            return v == null || v.released;
        });
        return !views.isEmpty();
    }

    /** BufferError with {@code message} if a view of the object is still in use. */
    public void checkResizable(String message) {
        if (!anyLive()) {
            return;
        }
        FullCollection.run();
        if (anyLive()) {
            throw PyExceptions.bufferError("%s", message);
        }
    }
}
