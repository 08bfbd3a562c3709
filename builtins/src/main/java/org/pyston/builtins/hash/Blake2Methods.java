package org.pyston.builtins.hash;

import java.util.Arrays;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.UnaryOps;

/** {@code _blake2.blake2b} / {@code blake2s}: constructible types taking BLAKE2's parameter block. */
public final class Blake2Methods extends HashMethods {
    private Blake2Methods() {}

    private static final String[] NAMES = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    /**
     * leaf_size and node_offset as CPython converts them (to a C unsigned long long; a value of
     * 2^63 or more is kept as its unsigned bits, which no range check lets through for BLAKE2s).
     */
    private static long unsigned(Object o) {
        if (!org.pyston.builtins.ops.TypeOps.typeOf(o).isSubtype(org.pyston.builtins.number.PyInt.TYPE)) {
            throw PyExceptions.typeError("an integer is required");
        }
        java.math.BigInteger v = org.pyston.builtins.number.IntMath.big(o);
        if (v.signum() < 0) {
            throw PyExceptions.valueError("value must be positive");
        }
        if (v.bitLength() > 64) {
            throw PyExceptions.overflowError("int too big to convert");
        }
        return v.longValue();
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        PyType cls = (PyType) args[0];
        boolean big = cls == PyHash.BLAKE2B;
        Object[] rest = Arrays.copyOfRange(args, 1, args.length);
        Object[] p = ArgParser.parse(cls.getName(), rest, kwnames, 1, 1, NAMES, 0);
        int maxDigest = big ? 64 : 32;
        int saltSize = big ? 16 : 8;
        long digestSize = p[1] == null ? maxDigest : UnaryOps.indexAsLong(p[1]);
        if (digestSize < 1 || digestSize > maxDigest) {
            throw PyExceptions.valueError("digest_size must be between 1 and %d bytes", maxDigest);
        }
        byte[] key = p[2] == null ? new byte[0] : PyHash.data(p[2]);
        byte[] salt = p[3] == null ? new byte[0] : PyHash.data(p[3]);
        byte[] person = p[4] == null ? new byte[0] : PyHash.data(p[4]);
        if (salt.length > saltSize) {
            throw PyExceptions.valueError("maximum salt length is %d bytes", saltSize);
        }
        if (person.length > saltSize) {
            throw PyExceptions.valueError("maximum person length is %d bytes", saltSize);
        }
        long fanout = p[5] == null ? 1 : UnaryOps.indexAsLong(p[5]);
        if (fanout < 0 || fanout > 255) {
            throw PyExceptions.valueError("fanout must be between 0 and 255");
        }
        long depth = p[6] == null ? 1 : UnaryOps.indexAsLong(p[6]);
        if (depth <= 0 || depth > 255) {
            throw PyExceptions.valueError("depth must be between 1 and 255");
        }
        long leafSize = p[7] == null ? 0 : unsigned(p[7]);
        if (leafSize > 0xffffffffL) {
            throw PyExceptions.overflowError("leaf_size is too large");
        }
        long nodeOffset = p[8] == null ? 0 : unsigned(p[8]);
        if (!big && (nodeOffset < 0 || nodeOffset > 0xffffffffffffL)) {
            throw PyExceptions.overflowError("node_offset is too large");
        }
        long nodeDepth = p[9] == null ? 0 : UnaryOps.indexAsLong(p[9]);
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw PyExceptions.valueError("node_depth must be between 0 and 255");
        }
        long innerSize = p[10] == null ? 0 : UnaryOps.indexAsLong(p[10]);
        if (innerSize < 0 || innerSize > maxDigest) {
            throw PyExceptions.valueError("inner_size must be between 0 and is %d", maxDigest);
        }
        if (key.length > maxDigest) {
            throw PyExceptions.valueError("maximum key length is %d bytes", maxDigest);
        }
        boolean lastNode = p[11] != null && Truth.isTrue(p[11]);
        Blake2.Params params = new Blake2.Params((int) digestSize, key, salt, person, (int) fanout, (int) depth,
                leafSize, nodeOffset, (int) nodeDepth, (int) innerSize, lastNode);
        PyHash h = new PyHash(big ? PyHash.BLAKE2B : PyHash.BLAKE2S, big ? "blake2b" : "blake2s", (int) digestSize,
                big ? 128 : 64, new Blake2(big, params));
        if (p[0] != null) {
            byte[] b = PyHash.data(p[0]);
            h.digest.update(b, 0, b.length);
        }
        return h;
    }
}
