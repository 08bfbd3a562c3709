package org.pyston.builtins.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.exception.TracebackPrinter;
import org.pyston.builtins.generator.Resumable;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/**
 * What CPython's shutdown does to the objects a program leaves in its {@code __main__} module:
 * they are finalized, so a suspended generator runs its {@code finally} blocks and an instance's
 * {@code __del__} runs, after the program's own output and its atexit callbacks. Without
 * reference counts we cannot finalize objects when they die; this does it for the objects still
 * held by {@code __main__} at exit (and by the lists, tuples and dicts it holds directly), once
 * each, in the order CPython's is for simple programs: the names' objects in dict order, then the
 * items of the containers among them, list and tuple items last first (as their deallocation),
 * dict values first first. (CPython's real order comes from
 * its garbage collector's lists and can differ for mixed kinds of objects.)
 */
public final class MainTeardown {
    private MainTeardown() {}

    public static void run(Interpreter interp) {
        // CPython can no longer read sources for the tracebacks of errors in finalizers
        org.pyston.builtins.exception.SourceLines.withoutSource(() -> finalizeMain(interp));
    }

    private static void finalizeMain(Interpreter interp) {
        if (!(interp.getModules().getStr("__main__") instanceof PyModule main)) return;
        PyDict globals = main.getDict();
        Map<Object, Boolean> done = new IdentityHashMap<>();
        java.util.List<Object> containers = new java.util.ArrayList<>();
        for (Object k : globals.keysArray()) {
            if (k instanceof PyStr s && s.value().equals("__builtins__")) continue;
            Object v = globals.get(k);
            if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict) containers.add(v);
            else if (v != null) finalizeValue(interp, v, done);
        }
        for (Object c : containers) {
            if (done.put(c, Boolean.TRUE) != null) continue;
            if (c instanceof PyList l) {
                Object[] items = l.toArray();
                for (int i = items.length - 1; i >= 0; i--) finalizeValue(interp, items[i], done);
            } else if (c instanceof PyTuple tu) {
                for (int i = tu.items.length - 1; i >= 0; i--) finalizeValue(interp, tu.items[i], done);
            } else if (c instanceof PyDict d) {
                for (Object k : d.keysArray()) {
                    Object item = d.get(k);
                    if (item != null) finalizeValue(interp, item, done);
                }
            }
        }
    }

    private static void finalizeValue(Interpreter interp, Object v, Map<Object, Boolean> done) {
        if (done.put(v, Boolean.TRUE) != null) return;
        if (v instanceof Resumable r) {
            if (r.isSuspended()) {
                try {
                    r.close();
                } catch (Throwable t) {
                    report(interp, v, t);
                }
            }
        } else if (v instanceof PyInstance inst) {
            PyType t = inst.getType();
            Object del = t.lookup("__del__");
            if (del != null) {
                try {
                    CallOps.callWithSelf(del, v, new Object[0], null);
                } catch (Throwable e) {
                    report(interp, del, e);
                }
            }
        }
    }

    /** CPython's PyErr_WriteUnraisable: "Exception ignored in: <obj>" and the traceback, on stderr. */
    private static void report(Interpreter interp, Object where, Throwable t) {
        PyBaseException e = PyExceptions.translate(t);
        StringBuilder sb = new StringBuilder("Exception ignored in: ").append(Repr.repr(where)).append('\n');
        TracebackPrinter.print(e, sb);
        interp.flush();
        interp.getOriginalStderr().writeString(sb.toString());
        interp.getOriginalStderr().flushQuietly();
    }
}
