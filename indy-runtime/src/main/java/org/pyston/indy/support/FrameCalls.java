package org.pyston.indy.support;

import org.pyston.builtins.container.ListMethods;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.module.EvalFunctions;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.text.PyStr;

/**
 * Calls of globals(), locals(), vars(), dir(), eval() and exec() by their builtin names: CPython reads
 * the caller's frame; the compiler passes this frame's globals and locals instead. When the name
 * is bound to something else at run time, the call is an ordinary call.
 */
public final class FrameCalls {
    private FrameCalls() {}

    /** {@code name(args)} where name may be one of the frame-reading builtins. */
    public static Object call(Object callee, Object[] args, String kwnames, PyDict globals, Object locals) {
        String[] kw = kwnames.isEmpty() ? null : kwnames.split(",");
        int nkw = kw == null ? 0 : kw.length;
        PyDict builtins = NameSupport.builtinsOf(globals);
        if (nkw == 0 && callee == builtins.getStr("globals") && args.length == 0) return globals;
        if (nkw == 0 && callee == builtins.getStr("locals") && args.length == 0) return locals;
        if (nkw == 0 && callee == builtins.getStr("vars") && args.length == 0) return locals;
        if (nkw == 0 && callee == builtins.getStr("dir") && args.length == 0) {
            // dir() lists the caller's local names, sorted
            Object[] names = IterOps.toArray(locals);
            ListMethods.sortArray(names, null, false);
            return PyList.wrap(names);
        }
        if (nkw == 0 && args.length >= 1 && args.length <= 3) {
            if (callee == builtins.getStr("eval")) {
                return EvalFunctions.evalIn(args[0], arg(args, 1), arg(args, 2), globals, locals);
            }
            if (callee == builtins.getStr("exec")) {
                return EvalFunctions.execIn(args[0], arg(args, 1), arg(args, 2), globals, locals);
            }
        }
        return CallOps.call(callee, args, kw);
    }

    private static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    /** Adds a bound local to the snapshot dict that locals() sees (unbound ones are left out). */
    public static void putLocal(Object dict, String name, Object value) {
        if (value != null) ((PyDict) dict).put(PyStr.of(name), value);
    }
}
