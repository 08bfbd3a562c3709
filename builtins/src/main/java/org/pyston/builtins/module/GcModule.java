package org.pyston.builtins.module;

import java.util.concurrent.atomic.AtomicBoolean;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code gc} module over the JVM's collector: memory is reclaimed by the JVM, which has no
 * generations to inspect from Python and no "unreachable objects" count, so {@code collect()}
 * asks the JVM for a collection, runs the callbacks of the weak references it cleared (see
 * {@link WeakRefRegistry}) and reports 0 objects found; the enabled switch and thresholds
 * are kept per interpreter and reported back as CPython's defaults until changed.
 */
public final class GcModule {
    private GcModule() {}

    /** Per-interpreter state: the enabled switch and the thresholds. */
    private static final class State {
        final AtomicBoolean enabled = new AtomicBoolean(true);
        volatile long[] thresholds = {700, 10, 10};
    }

    private static State state() {
        return Interpreter.current().moduleState(GcModule.class, State::new);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("gc");
        DeclarationScanner.scanModule(GcModule.class, "gc", m.getDict());
        m.getDict().putStr("garbage", new PyList());
        m.getDict().putStr("callbacks", new PyList());
        m.getDict().putStr("DEBUG_STATS", PyInt.valueOf(1));
        m.getDict().putStr("DEBUG_COLLECTABLE", PyInt.valueOf(2));
        m.getDict().putStr("DEBUG_UNCOLLECTABLE", PyInt.valueOf(4));
        m.getDict().putStr("DEBUG_SAVEALL", PyInt.valueOf(32));
        m.getDict().putStr("DEBUG_LEAK", PyInt.valueOf(38));
        return m;
    }

    @PyMethod(required = 0)
    public static Object collect(Object generation) {
        if (generation != null) {
            long g = UnaryOps.indexAsLong(generation);
            if (g < 0 || g > 2) throw PyExceptions.valueError("invalid generation");
        }
        WeakRefRegistry.current().collect();
        return PyInt.valueOf(0);
    }

    @PyMethod
    public static Object enable() {
        state().enabled.set(true);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object disable() {
        state().enabled.set(false);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object isenabled() {
        return PyBool.of(state().enabled.get());
    }

    @PyMethod(name = "get_threshold")
    public static Object getThreshold() {
        long[] t = state().thresholds;
        return PyTuple.of(PyInt.valueOf(t[0]), PyInt.valueOf(t[1]), PyInt.valueOf(t[2]));
    }

    @PyMethod(name = "set_threshold", required = 1)
    public static Object setThreshold(Object t0, Object t1, Object t2) {
        State s = state();
        long[] t = s.thresholds.clone();
        t[0] = UnaryOps.indexAsLong(t0);
        if (t1 != null) t[1] = UnaryOps.indexAsLong(t1);
        if (t2 != null) t[2] = UnaryOps.indexAsLong(t2);
        s.thresholds = t;
        return PyNone.NONE;
    }

    @PyMethod(name = "get_count")
    public static Object getCount() {
        return PyTuple.of(PyInt.valueOf(0), PyInt.valueOf(0), PyInt.valueOf(0));
    }

    @PyMethod(name = "is_tracked")
    public static Object isTracked(Object o) {
        return PyBool.of(!(o instanceof PyInt || o instanceof PyBool || o instanceof org.pyston.builtins.text.PyStr
                || o instanceof org.pyston.builtins.number.PyFloat || o == PyNone.NONE));
    }

    @PyMethod(name = "is_finalized")
    public static Object isFinalized(Object o) {
        return PyBool.FALSE;
    }

    @PyMethod
    public static Object freeze() {
        return PyNone.NONE;
    }

    @PyMethod
    public static Object unfreeze() {
        return PyNone.NONE;
    }

    @PyMethod(name = "get_freeze_count")
    public static Object getFreezeCount() {
        return PyInt.valueOf(0);
    }
}
