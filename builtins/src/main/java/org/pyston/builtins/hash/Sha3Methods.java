package org.pyston.builtins.hash;

import java.util.Arrays;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;

/** {@code _sha3.sha3_224 ... sha3_512}: constructible types ({@code data} positional-only). */
public final class Sha3Methods extends HashMethods {
    private Sha3Methods() {}

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        PyType cls = (PyType) args[0];
        Object[] rest = Arrays.copyOfRange(args, 1, args.length);
        Object[] p = ArgParser.parse(cls.getName(), rest, kwnames, 1, 1, new String[] {"data", "usedforsecurity"}, 0);
        int bits = cls == PyHash.SHA3_224 ? 224 : cls == PyHash.SHA3_256 ? 256 : cls == PyHash.SHA3_384 ? 384 : 512;
        int rate = 200 - 2 * bits / 8;
        PyHash h = new PyHash(cls, "sha3_" + bits, bits / 8, rate, new Keccak(rate, 0x06));
        if (p[0] != null) {
            byte[] b = PyHash.data(p[0]);
            h.digest.update(b, 0, b.length);
        }
        return h;
    }

    @PyGetter("_capacity_bits")
    public static Object capacityBits(PyHash self) {
        return new PyInt(1600 - 8 * ((Keccak) self.digest).rate);
    }

    @PyGetter("_rate_bits")
    public static Object rateBits(PyHash self) {
        return new PyInt(8 * ((Keccak) self.digest).rate);
    }

    @PyGetter("_suffix")
    public static Object suffix(PyHash self) {
        return PyBytes.wrap(new byte[] {((Keccak) self.digest).suffix});
    }
}
