package org.pyston.cext.libc;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.ops.UnaryOps;

/**
 * Python arguments as C integers, with CPython's errors: TypeError for a non-integer (a float
 * included: {@code __index__} only), OverflowError naming the C type when it does not fit. Also
 * the "NAME=value ..." constant tables of the native modules.
 */
public final class CArgs {
    private CArgs() {}

    /** An {@code int} parameter (CPython's {@code _PyLong_AsInt}). */
    public static int cInt(Object o) {
        BigInteger b = IntMath.big(UnaryOps.index(o));
        if (b.bitLength() > 31) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return b.intValue();
    }

    /** A {@code long} parameter (CPython's {@code PyLong_AsLong}). */
    public static long cLong(Object o) {
        BigInteger b = IntMath.big(UnaryOps.index(o));
        if (b.bitLength() > 63) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        return b.longValue();
    }

    /** An {@code unsigned int} parameter taken with CPython's "I" format (wraps modulo 2**32). */
    public static int cUIntWrapping(Object o) {
        return IntMath.big(UnaryOps.index(o)).intValue();
    }

    /** Puts each {@code NAME=value} of the space-separated {@code table} into {@code m} as an int. */
    public static void putConstants(PyModule m, String table) {
        for (String entry : table.split(" ")) {
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            m.getDict().putStr(entry.substring(0, eq), PyInt.valueOf(Long.parseLong(entry.substring(eq + 1))));
        }
    }
}
