package org.pyston.builtins.codecs;

import org.pyston.builtins.exception.PyExceptions;

/** The error handlers the Java codecs implement themselves ({@link org.pyston.builtins.text.Codecs}). */
public final class ErrorHandlers {
    private ErrorHandlers() {
    }

    static final String[] BUILT_IN = {"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "namereplace", "surrogateescape", "surrogatepass"};

    /** Whether {@code name} is one of {@link #BUILT_IN}. */
    public static boolean isBuiltIn(String name) {
        for (String s : BUILT_IN) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** LookupError for a handler name that is neither built in nor registered. */
    public static void check(String name) {
        if (isBuiltIn(name)) {
            return;
        }
        CodecRegistry r = CodecRegistry.of(org.pyston.builtins.runtime.Interpreter.current());
        if (r.errorHandlers.get(org.pyston.builtins.text.PyStr.of(name)) == null) {
            throw PyExceptions.withMessage(PyExceptions.LOOKUP_ERROR, "unknown error handler name '%s'", name);
        }
    }
}
