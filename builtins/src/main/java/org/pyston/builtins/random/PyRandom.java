package org.pyston.builtins.random;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * {@code _random.Random}: a Mersenne Twister with CPython's seeding (an int seeds with the 32-bit
 * words of its absolute value, None with OS randomness, anything else with its hash) and its
 * {@code random}, {@code getrandbits}, {@code getstate}/{@code setstate}. {@code random.Random}
 * subclasses it in Python. Every operation is synchronized on the object, so threads sharing one
 * generator get distinct values.
 */
public final class PyRandom implements PyObject {
    /** {@code _random.Random}. */
    public static final PyType TYPE = PyType.builtinSubclassableInModule("Random", "_random", PyRandom.class,
            PyRandom.class);

    private static final SecureRandom OS_RANDOM = new SecureRandom();

    private final MersenneTwister mt = new MersenneTwister();

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyRandom();
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyRandom self, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("Random() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyExceptions.typeError("Random() requires 0 or 1 argument");
        }
        self.seed(args.length == 1 ? args[0] : null);
        return PyNone.NONE;
    }

    /** random_seed: None (or absent) from the OS, an int by its absolute value, else by its hash. */
    synchronized void seed(Object arg) {
        if (arg == null || arg == PyNone.NONE) {
            int[] key = new int[MersenneTwister.N];
            byte[] b = new byte[4 * key.length];
            OS_RANDOM.nextBytes(b);
            for (int i = 0; i < key.length; i++) {
                key[i] = (b[4 * i] & 0xFF) | (b[4 * i + 1] & 0xFF) << 8 | (b[4 * i + 2] & 0xFF) << 16 | (b[4 * i + 3] & 0xFF) << 24;
            }
            mt.initByArray(key);
            return;
        }
        Object u = PyInstance.unwrap(arg);
        BigInteger n;
        if (u instanceof PyBool bool) {
            n = BigInteger.valueOf(bool.intValue);
        } else if (IntMath.isInt(u)) {
            n = IntMath.big(u).abs();
        } else {
            long h = Hashing.hash(arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        mt.initByArray(key);
    }

    @PyMethod(required = 0)
    public static Object seed(PyRandom self, Object n) {
        self.seed(n);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object random(PyRandom self) {
        synchronized (self) {
            return new PyFloat(self.mt.nextDouble());
        }
    }

    @PyMethod
    public static Object getrandbits(PyRandom self, Object k) {
        long bits = UnaryOps.indexAsLong(k);
        if (bits < 0) {
            throw PyExceptions.valueError("number of bits must be non-negative");
        }
        if (bits == 0) {
            return PyInt.valueOf(0);
        }
        synchronized (self) {
            if (bits <= 32) {
                return PyInt.valueOf((self.mt.next() & 0xFFFFFFFFL) >>> (32 - bits));
            }
            if (bits > Integer.MAX_VALUE - 64) {
                throw PyExceptions.overflowError("getrandbits() bit count too large");
            }
            int words = (int) ((bits - 1) / 32 + 1);
            // least significant word first, as CPython fills its little-endian buffer
            byte[] be = new byte[words * 4 + 1];
            long left = bits;
            for (int i = 0; i < words; i++, left -= 32) {
                long r = self.mt.next() & 0xFFFFFFFFL;
                if (left < 32) {
                    r >>>= (32 - left);
                }
                int at = be.length - 4 * (i + 1);
                be[at] = (byte) (r >>> 24);
                be[at + 1] = (byte) (r >>> 16);
                be[at + 2] = (byte) (r >>> 8);
                be[at + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(be));
        }
    }

    @PyMethod
    public static Object getstate(PyRandom self) {
        synchronized (self) {
            Object[] out = new Object[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) {
                out[i] = PyInt.valueOf(self.mt.mt[i] & 0xFFFFFFFFL);
            }
            out[MersenneTwister.N] = PyInt.valueOf(self.mt.index);
            return PyTuple.wrap(out);
        }
    }

    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    @PyMethod
    public static Object setstate(PyRandom self, Object state) {
        if (!(PyInstance.unwrap(state) instanceof PyTuple t)) {
            throw PyExceptions.typeError("state vector must be a tuple");
        }
        if (t.size() != MersenneTwister.N + 1) {
            throw PyExceptions.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            Object e = PyInstance.unwrap(t.get(i));
            if (!IntMath.isInt(e) && !(e instanceof PyBool)) {
                throw PyExceptions.typeError("an integer is required");
            }
            BigInteger v = e instanceof PyBool b ? BigInteger.valueOf(b.intValue) : IntMath.big(e);
            if (v.signum() < 0) {
                throw PyExceptions.overflowError("can't convert negative value to unsigned int");
            }
            if (v.compareTo(ULONG_MAX) > 0) {
                throw PyExceptions.overflowError("Python int too large to convert to C unsigned long");
            }
            words[i] = v.intValue();
        }
        Object last = t.get(MersenneTwister.N);
        if (!IntMath.isInt(PyInstance.unwrap(last)) && !(last instanceof PyBool)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(last));
        }
        long index = UnaryOps.indexAsLong(last);
        if (index < 0 || index > MersenneTwister.N) {
            throw PyExceptions.valueError("invalid state");
        }
        synchronized (self) {
            System.arraycopy(words, 0, self.mt.mt, 0, words.length);
            self.mt.index = (int) index;
        }
        return PyNone.NONE;
    }
}
