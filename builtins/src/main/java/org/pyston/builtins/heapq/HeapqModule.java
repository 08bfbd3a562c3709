package org.pyston.builtins.heapq;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code _heapq} module: the binary min-heap (and the max-heap helpers) on a list, with
 * CPython's sift order, so the heap after each operation is exactly what CPython (and the
 * pure-Python fallback) leaves. A comparison that changes the list's size raises
 * {@code RuntimeError: list changed size during iteration}.
 */
public final class HeapqModule {
    private HeapqModule() {
    }

    /** Builds {@code _heapq}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_heapq");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(HeapqModule.class, "_heapq", d);
        return m;
    }

    /** The heap argument of {@code fn}; CPython's clinic message when it is not a list. */
    private static PyList heap(Object o, String fn, boolean only) {
        if (!(PyInstance.unwrap(o) instanceof PyList l)) {
            throw PyExceptions.typeError("%s() argument%s must be list, not %s", fn, only ? "" : " 1",
                    org.pyston.builtins.ops.TypeOps.typeName(o));
        }
        return l;
    }

    /** {@code a < b} for the min-heap, {@code b < a} for the max-heap. */
    private static boolean before(Object a, Object b, boolean max) {
        return max ? CompareOps.ltBool(b, a) : CompareOps.ltBool(a, b);
    }

    private static void checkSize(PyList heap, int size) {
        if (heap.size() != size) {
            throw PyExceptions.runtimeError("list changed size during iteration");
        }
    }

    /** Moves the item at {@code pos} up towards {@code start} while it sorts before its parent. */
    private static void siftDown(PyList heap, int start, int pos, boolean max) {
        int size = heap.size();
        Object newItem = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object parent = heap.get(parentPos);
            boolean lt = before(newItem, parent, max);
            checkSize(heap, size);
            if (!lt) {
                break;
            }
            parent = heap.get(parentPos);
            newItem = heap.get(pos);
            heap.set(parentPos, newItem);
            heap.set(pos, parent);
            pos = parentPos;
        }
    }

    /** Moves the smaller child up from {@code pos} to a leaf, then sifts the item back down. */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int end = heap.size();
        int start = pos;
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean lt = before(heap.get(child), heap.get(child + 1), max);
                checkSize(heap, end);
                if (!lt) {
                    child++;
                }
            }
            Object tmp1 = heap.get(child);
            Object tmp2 = heap.get(pos);
            heap.set(child, tmp2);
            heap.set(pos, tmp1);
            pos = child;
        }
        siftDown(heap, start, pos, max);
    }

    @PyMethod
    public static Object heappush(Object heap, Object item) {
        PyList h = heap(heap, "heappush", false);
        h.append(item);
        siftDown(h, 0, h.size() - 1, false);
        return PyNone.NONE;
    }

    private static Object pop(Object heap, boolean max) {
        PyList h = heap(heap, max ? "_heappop_max" : "heappop", true);
        int n = h.size();
        if (n == 0) {
            throw PyExceptions.indexError("index out of range");
        }
        Object last = h.removeAt(n - 1);
        if (n - 1 == 0) {
            return last;
        }
        Object result = h.get(0);
        h.set(0, last);
        siftUp(h, 0, max);
        return result;
    }

    @PyMethod
    public static Object heappop(Object heap) {
        return pop(heap, false);
    }

    @PyMethod(name = "_heappop_max")
    public static Object heappopMax(Object heap) {
        return pop(heap, true);
    }

    private static Object replace(Object heap, Object item, boolean max) {
        PyList h = heap(heap, max ? "_heapreplace_max" : "heapreplace", false);
        if (h.size() == 0) {
            throw PyExceptions.indexError("index out of range");
        }
        Object result = h.get(0);
        h.set(0, item);
        siftUp(h, 0, max);
        return result;
    }

    @PyMethod
    public static Object heapreplace(Object heap, Object item) {
        return replace(heap, item, false);
    }

    @PyMethod(name = "_heapreplace_max")
    public static Object heapreplaceMax(Object heap, Object item) {
        return replace(heap, item, true);
    }

    @PyMethod
    public static Object heappushpop(Object heap, Object item) {
        PyList h = heap(heap, "heappushpop", false);
        if (h.size() == 0) {
            return item;
        }
        Object top = h.get(0);
        if (!CompareOps.ltBool(top, item)) {
            return item;
        }
        if (h.size() == 0) {
            throw PyExceptions.indexError("index out of range");
        }
        Object result = h.get(0);
        h.set(0, item);
        siftUp(h, 0, false);
        return result;
    }

    private static Object heapify(Object heap, boolean max) {
        PyList h = heap(heap, max ? "_heapify_max" : "heapify", true);
        int n = h.size();
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftUp(h, i, max);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object heapify(Object heap) {
        return heapify(heap, false);
    }

    @PyMethod(name = "_heapify_max")
    public static Object heapifyMax(Object heap) {
        return heapify(heap, true);
    }
}
