package org.pyston.builtins.hash;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _hashlib.HASHXOF}: SHAKE's digest and hexdigest take the output length; the rest is
 * inherited from HASH. Lengths fail as CPython's do (it allocates before checking the sign).
 */
public final class XofMethods {
    private XofMethods() {}

    private static final String[] LENGTH = {"length"};

    private static int length(Object o, boolean hex) {
        long n = UnaryOps.indexAsLong(o);
        if (n < 0 && !hex) {
            throw PyExceptions.systemError("Negative size passed to PyBytes_FromStringAndSize");
        }
        if (n < 0 || n > (Integer.MAX_VALUE - 8) / (hex ? 2 : 1)) {
            throw PyExceptions.memoryError();
        }
        return (int) n;
    }

    @PyMethod(general = true)
    public static Object digest(PyHash self, Object[] args, String[] kwnames) {
        int n = length(ArgParser.parse("digest", args, kwnames, 1, LENGTH, 1)[0], false);
        synchronized (self) {
            return PyBytes.wrap(self.digest.digest(n));
        }
    }

    @PyMethod(general = true)
    public static Object hexdigest(PyHash self, Object[] args, String[] kwnames) {
        int n = length(ArgParser.parse("hexdigest", args, kwnames, 1, LENGTH, 1)[0], true);
        synchronized (self) {
            return PyStr.of(PyHash.hex(self.digest.digest(n)));
        }
    }
}
