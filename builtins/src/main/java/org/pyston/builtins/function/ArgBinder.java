package org.pyston.builtins.function;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.text.PyStr;

/**
 * Binds call arguments to the parameters of a {@link PyCode} exactly as CPython 3.11 does
 * (initialize_locals in ceval.c): positional arguments, {@code *args} packing, keywords (including
 * {@code **kwargs} packing), then the arity checks and defaults, with CPython's error messages.
 */
public final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * The argument array for {@link PyCode#spreadEntry}: closure first when the code has one, then
     * every parameter.
     */
    public static Object[] bind(PyCode code, String fname, PyTuple defaults, PyDict kwdefaults, PyCell[] closure,
                                Object[] args, String[] kwnames) {
        int n = code.argcount;
        int kwonly = code.kwonlyargcount;
        int total = n + kwonly;
        int off = code.hasClosure() ? 1 : 0;
        int slotCount = off + total + (code.hasVarargs() ? 1 : 0) + (code.hasVarkw() ? 1 : 0);
        Object[] out = new Object[slotCount];
        if (off == 1) {
            out[0] = closure;
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        int given = args.length - nkw;
        int copied = Math.min(given, n);
        System.arraycopy(args, 0, out, off, copied);
        int varargsSlot = off + total;
        if (code.hasVarargs()) {
            if (given > n) {
                Object[] rest = new Object[given - n];
                System.arraycopy(args, n, rest, 0, rest.length);
                out[varargsSlot] = PyTuple.wrap(rest);
            } else {
                out[varargsSlot] = PyTuple.EMPTY;
            }
        }
        PyDict kwdict = null;
        if (code.hasVarkw()) {
            kwdict = new PyDict();
            out[slotCount - 1] = kwdict;
        }
        List<String> posonlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object value = args[given + k];
            int idx = -1;
            for (int j = code.posonlyargcount; j < total; j++) {
                if (code.varnames[j].equals(name)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.put(PyStr.of(name), value);
                    continue;
                }
                boolean posonly = false;
                for (int j = 0; j < code.posonlyargcount; j++) {
                    if (code.varnames[j].equals(name)) {
                        posonly = true;
                        break;
                    }
                }
                if (posonly) {
                    if (posonlyAsKw == null) {
                        posonlyAsKw = new ArrayList<>();
                    }
                    posonlyAsKw.add(name);
                    continue;
                }
                throw PyExceptions.typeError("%s() got an unexpected keyword argument '%s'", fname, name);
            }
            if (out[off + idx] != null) {
                throw PyExceptions.typeError("%s() got multiple values for argument '%s'", fname, name);
            }
            out[off + idx] = value;
        }
        if (posonlyAsKw != null) {
            throw PyExceptions.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    fname, String.join(", ", posonlyAsKw));
        }
        if (given > n && !code.hasVarargs()) {
            throw tooManyPositional(code, fname, defaults, given, out, off);
        }
        if (given < n) {
            int ndef = defaults == null ? 0 : defaults.size();
            int firstDefault = n - ndef;
            List<String> missing = null;
            for (int i = given; i < n; i++) {
                if (out[off + i] != null) {
                    continue;
                }
                if (i >= firstDefault) {
                    out[off + i] = defaults.get(i - firstDefault);
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.varnames[i]);
                }
            }
            if (missing != null) {
                throw missing(fname, "positional", missing);
            }
        }
        if (kwonly > 0) {
            List<String> missing = null;
            for (int i = n; i < total; i++) {
                if (out[off + i] != null) {
                    continue;
                }
                Object d = kwdefaults == null ? null : kwdefaults.get(PyStr.of(code.varnames[i]));
                if (d != null) {
                    out[off + i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.varnames[i]);
                }
            }
            if (missing != null) {
                throw missing(fname, "keyword-only", missing);
            }
        }
        return out;
    }

    private static RuntimeException tooManyPositional(PyCode code, String fname, PyTuple defaults, int given,
                                                      Object[] out, int off) {
        int n = code.argcount;
        int ndef = defaults == null ? 0 : defaults.size();
        int kwonlyGiven = 0;
        for (int i = n; i < code.totalArgs(); i++) {
            if (out[off + i] != null) {
                kwonlyGiven++;
            }
        }
        boolean plural;
        String sig;
        if (ndef > 0) {
            plural = true;
            sig = "from " + (n - ndef) + " to " + n;
        } else {
            plural = n != 1;
            sig = Integer.toString(n);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = String.format(" positional argument%s (and %d keyword-only argument%s)",
                    given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return PyExceptions.typeError("%s() takes %s positional argument%s but %d%s %s given", fname, sig,
                plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    private static RuntimeException missing(String fname, String kind, List<String> names) {
        StringBuilder sb = new StringBuilder();
        int m = names.size();
        for (int i = 0; i < m; i++) {
            if (i > 0) {
                sb.append(m == 2 ? " and " : (i == m - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return PyExceptions.typeError("%s() missing %d required %s argument%s: %s", fname, m, kind,
                m != 1 ? "s" : "", sb);
    }
}
