package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.text.PyStr;

/**
 * Binds a call with keyword arguments to a Python function once, at link time: the argument
 * permutation and the defaults of the parameters not passed become a method-handle adapter, so
 * {@code f(1, k=2)} at a linked site allocates nothing and does no name lookups. Only calls whose
 * binding is fully static are handled (no *args/**kwargs in the callee, every parameter given or
 * defaulted, no duplicates); the rest, including every error case, stay on the generic path,
 * which raises CPython's messages.
 *
 * <p>The defaults are baked in as constants: the call site also guards on the function's switch
 * point, which assignment to __defaults__/__kwdefaults__/__code__ invalidates.
 */
final class KeywordBinding {
    private KeywordBinding() {}

    /**
     * A handle {@code (Object × nargs)Object} calling {@code f} with the first
     * {@code nargs - kwnames.length} arguments positional and the rest named by {@code kwnames},
     * or null when the binding is not static.
     */
    static MethodHandle bind(PyFunction f, int nargs, String[] kwnames) {
        PyCode c = f.getCode();
        if (c.hasVarargs() || c.hasVarkw()) return null;
        int npos = nargs - kwnames.length;
        int total = c.argcount + c.kwonlyargcount;
        if (npos > c.argcount) return null;
        int[] source = new int[total]; // for each parameter: the site argument index, or -1
        java.util.Arrays.fill(source, -1);
        for (int i = 0; i < npos; i++) source[i] = i;
        for (int k = 0; k < kwnames.length; k++) {
            int p = indexOf(c, kwnames[k]);
            if (p < c.posonlyargcount || p >= total || source[p] >= 0) return null;
            source[p] = npos + k;
        }
        MethodHandle h = f.entry();
        if (c.hasClosure()) h = MethodHandles.insertArguments(h, 0, (Object) f.getClosure());
        // Bind the defaults of the parameters not passed, from the last parameter down so the
        // indices of the earlier ones do not move.
        PyTuple defaults = f.getDefaults();
        PyDict kwdefaults = f.getKwdefaults();
        int ndef = defaults == null ? 0 : defaults.size();
        for (int p = total - 1; p >= 0; p--) {
            if (source[p] >= 0) continue;
            Object value;
            if (p < c.argcount) {
                int d = p - (c.argcount - ndef);
                if (d < 0) return null; // a required parameter is missing
                value = defaults.get(d);
            } else {
                value = kwdefaults == null ? null : kwdefaults.get(PyStr.of(c.varnames[p]));
                if (value == null) return null;
            }
            h = MethodHandles.insertArguments(h, p, value);
        }
        int[] reorder = new int[h.type().parameterCount()];
        int j = 0;
        for (int p = 0; p < total; p++) if (source[p] >= 0) reorder[j++] = source[p];
        return MethodHandles.permuteArguments(h, MethodType.genericMethodType(nargs), reorder);
    }

    private static int indexOf(PyCode c, String name) {
        for (int i = 0; i < c.argcount + c.kwonlyargcount; i++) {
            if (c.varnames[i].equals(name)) return i;
        }
        return -1;
    }
}
