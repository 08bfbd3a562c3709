package org.pyston.builtins.ops;

import org.pyston.builtins.exception.PyExceptions;

/**
 * Binds the vectorcall arguments of a {@code general} built-in to named parameters, with CPython's
 * argument-clinic messages. Absent parameters come back as null.
 */
public final class ArgParser {
    private ArgParser() {
    }

    /**
     * @param maxPositional how many leading {@code names} may be given positionally
     * @param required how many leading {@code names} must be given
     */
    public static Object[] parse(String fname, Object[] args, String[] kwnames, int maxPositional, String[] names,
                                 int required) {
        return parse(fname, args, kwnames, 0, maxPositional, names, required);
    }

    /**
     * As {@link #parse(String, Object[], String[], int, String[], int)}, the first
     * {@code positionalOnly} of {@code names} positional-only (a keyword of that name is invalid).
     */
    public static Object[] parse(String fname, Object[] args, String[] kwnames, int positionalOnly,
                                 int maxPositional, String[] names, int required) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        // argument clinic's checks, in its order: too many in all, then too many positionally
        if (npos + nkw > names.length) {
            throw PyExceptions.typeError("%s() takes at most %d %sargument%s (%d given)", fname, names.length,
                    npos == 0 ? "keyword " : "", names.length == 1 ? "" : "s", npos + nkw);
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) {
                throw PyExceptions.typeError("%s() takes no positional arguments", fname);
            }
            throw PyExceptions.typeError("%s() takes %s %d positional argument%s (%d given)", fname,
                    required >= maxPositional ? "exactly" : "at most", maxPositional, maxPositional == 1 ? "" : "s",
                    npos);
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int j = positionalOnly; j < names.length; j++) {
                if (names[j].equals(kwnames[k])) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                throw PyExceptions.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], fname);
            }
            if (out[idx] != null) {
                throw PyExceptions.typeError("argument for %s() given by name ('%s') and position (%d)", fname,
                        names[idx], idx + 1);
            }
            out[idx] = args[npos + k];
        }
        for (int j = 0; j < required; j++) {
            if (out[j] == null) {
                throw PyExceptions.typeError("%s() missing required argument '%s' (pos %d)", fname, names[j], j + 1);
            }
        }
        return out;
    }

    /** The positional arguments only (rejecting none), for functions taking *args and some keywords. */
    public static Object[] positional(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        Object[] out = new Object[args.length - nkw];
        System.arraycopy(args, 0, out, 0, out.length);
        return out;
    }

    /** The keyword argument {@code name}, or null; TypeError for keywords outside {@code allowed}. */
    public static Object[] keywords(String fname, Object[] args, String[] kwnames, String... allowed) {
        Object[] out = new Object[allowed.length];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int j = 0; j < allowed.length; j++) {
                if (allowed[j].equals(kwnames[k])) {
                    idx = j;
                }
            }
            if (idx < 0) {
                throw PyExceptions.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], fname);
            }
            out[idx] = args[npos + k];
        }
        return out;
    }
}
