package org.pyston.builtins.module;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.exception.TracebackPrinter;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code atexit} module: callbacks registered per interpreter, run last-in first-out when
 * the program ends ({@link #runExitFuncs}, called by the launcher), each failure reported as
 * CPython's "Exception ignored in atexit callback" without stopping the others.
 */
public final class AtexitModule {
    private AtexitModule() {}

    private record Callback(Object func, Object[] args, String[] kwnames) {}

    private static List<Callback> callbacks(Interpreter interp) {
        return interp.moduleState(AtexitModule.class, ArrayList::new);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("atexit");
        DeclarationScanner.scanModule(AtexitModule.class, "atexit", m.getDict());
        return m;
    }

    @PyMethod(general = true)
    public static Object register(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) throw PyExceptions.typeError("register() takes at least 1 argument (0 given)");
        Object func = args[0];
        if (!org.pyston.builtins.module.BuiltinsModule.callable(func)) {
            throw PyExceptions.typeError("the first argument must be callable");
        }
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        List<Callback> l = callbacks(Interpreter.current());
        synchronized (l) {
            l.add(new Callback(func, rest, kwnames));
        }
        return func;
    }

    @PyMethod
    public static Object unregister(Object func) {
        List<Callback> l = callbacks(Interpreter.current());
        synchronized (l) {
            l.removeIf(c -> c.func == func || Truth.isTrue(CompareOps.eq(c.func, func)));
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "_clear")
    public static Object clear() {
        List<Callback> l = callbacks(Interpreter.current());
        synchronized (l) {
            l.clear();
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "_ncallbacks")
    public static Object ncallbacks() {
        List<Callback> l = callbacks(Interpreter.current());
        synchronized (l) {
            return PyInt.valueOf(l.size());
        }
    }

    @PyMethod(name = "_run_exitfuncs")
    public static Object runExitFuncsMethod() {
        runExitFuncs(Interpreter.current());
        return PyNone.NONE;
    }

    /** Runs and clears the callbacks of {@code interp}, newest first. */
    public static void runExitFuncs(Interpreter interp) {
        List<Callback> l = callbacks(interp);
        List<Callback> todo;
        synchronized (l) {
            todo = new ArrayList<>(l);
            l.clear();
        }
        for (int i = todo.size() - 1; i >= 0; i--) {
            Callback c = todo.get(i);
            try {
                CallOps.call(c.func, c.args, c.kwnames);
            } catch (Throwable t) {
                PyBaseException e = PyExceptions.translate(t);
                if (e.isInstance(PyExceptions.SYSTEM_EXIT)) continue;
                StringBuilder sb = new StringBuilder("Exception ignored in atexit callback: ").append(Repr.repr(c.func)).append('\n');
                TracebackPrinter.print(e, sb);
                interp.flush();
                interp.getOriginalStderr().writeString(sb.toString());
                interp.getOriginalStderr().flushQuietly();
            }
        }
    }

}
