package org.pyston.builtins.hash;

import java.util.Arrays;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/** The methods of {@code shake_128}/{@code shake_256}: digest and hexdigest take the output length. */
public final class ShakeMethods {
    private ShakeMethods() {}

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        PyType cls = (PyType) args[0];
        Object[] rest = Arrays.copyOfRange(args, 1, args.length);
        Object[] p = ArgParser.parse(cls.getName(), rest, kwnames, 1, 1, new String[] {"data", "usedforsecurity"}, 0);
        boolean s128 = cls == PyShake.SHAKE_128;
        PyShake h = new PyShake(s128 ? PyShake.SHAKE_128 : PyShake.SHAKE_256, s128 ? "shake_128" : "shake_256",
                new Keccak(s128 ? 168 : 136, 0x1f));
        if (p[0] != null) {
            byte[] b = PyHash.data(p[0]);
            h.sponge.update(b, 0, b.length);
        }
        return h;
    }

    @PyMethod
    public static Object update(PyShake self, Object data) {
        byte[] b = PyHash.data(data);
        synchronized (self) {
            self.sponge.update(b, 0, b.length);
        }
        return PyNone.NONE;
    }

    private static int length(Object o) {
        long n = UnaryOps.indexAsLong(o);
        if (n < 0) {
            throw PyExceptions.valueError("length must be non-negative");
        }
        if (n >= (1L << 29)) {
            throw PyExceptions.valueError("length is too large");
        }
        return (int) n;
    }

    @PyMethod
    public static Object digest(PyShake self, Object length) {
        int n = length(length);
        synchronized (self) {
            return PyBytes.wrap(self.sponge.digest(n));
        }
    }

    @PyMethod
    public static Object hexdigest(PyShake self, Object length) {
        int n = length(length);
        synchronized (self) {
            return PyStr.of(PyHash.hex(self.sponge.digest(n)));
        }
    }

    @PyMethod
    public static Object copy(PyShake self) {
        synchronized (self) {
            return new PyShake(self.type, self.name, (Keccak) self.sponge.copy());
        }
    }

    @PyGetter("name")
    public static Object name(PyShake self) {
        return PyStr.of(self.name);
    }

    @PyGetter("digest_size")
    public static Object digestSize(PyShake self) {
        return new PyInt(0);
    }

    @PyGetter("block_size")
    public static Object blockSize(PyShake self) {
        return new PyInt(self.sponge.rate);
    }

    @PyGetter("_capacity_bits")
    public static Object capacityBits(PyShake self) {
        return new PyInt(1600 - 8 * self.sponge.rate);
    }

    @PyGetter("_rate_bits")
    public static Object rateBits(PyShake self) {
        return new PyInt(8 * self.sponge.rate);
    }

    @PyGetter("_suffix")
    public static Object suffix(PyShake self) {
        return PyBytes.wrap(new byte[] {self.sponge.suffix});
    }
}
