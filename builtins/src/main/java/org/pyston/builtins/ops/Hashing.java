package org.pyston.builtins.ops;

import java.math.BigInteger;

import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * {@code hash(x)} as CPython computes it for numbers (modular hashing with the Mersenne prime
 * 2**61-1, so equal int/float/bool values hash equal and hash(-1) == -2), tuples (xxHash-style)
 * and frozensets. str hashes are our own (CPython randomizes them anyway).
 */
public final class Hashing {
    private Hashing() {
    }

    /** 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    public static final long INF = 314159;

    /** {@code hash(o)}; TypeError "unhashable type: 'list'" for unhashable objects. */
    public static long hash(Object o) {
        if (o instanceof PyStr s) {
            return s.pyHash();
        }
        if (o instanceof PyInt i) {
            return hashLong(i.value);
        }
        if (o instanceof PyBool b) {
            return b.intValue;
        }
        if (o instanceof PyFloat f) {
            return hashDouble(f.value, o);
        }
        if (o instanceof PyBigInt b) {
            return hashBig(b.value);
        }
        if (o instanceof PyTuple t) {
            return hashTuple(t);
        }
        if (o instanceof PyFrozenSet fs) {
            return fs.pyHash();
        }
        if (o == PyNone.NONE || o instanceof PyType) {
            return identityHash(o);
        }
        PyType type = TypeOps.typeOf(o);
        Object h = type.lookup("__hash__");
        if (h == null || h == PyNone.NONE) {
            throw PyExceptions.typeError("unhashable type: '%s'", type.tpName());
        }
        if (h == ObjectHashHolder.OBJECT_HASH) {
            return identityHash(o);
        }
        Object r;
        if (h instanceof org.pyston.builtins.function.PyFunction || h instanceof org.pyston.builtins.function.PyMethodDescriptor) {
            r = CallOps.callWithSelf(h, o, new Object[0], null);
        } else {
            // CPython's slot_tp_hash: a __hash__ whose descriptor cannot be fetched makes the
            // object unhashable
            Object bound;
            try {
                bound = AttributeOps.descriptorGet(h, o, type);
            } catch (org.pyston.builtins.exception.PyBaseException e) {
                throw PyExceptions.typeError("unhashable type: '%s'", type.getName());
            }
            r = CallOps.call(bound, new Object[0], null);
        }
        if (r instanceof PyInt i) {
            return i.value == -1 ? -2 : i.value;
        }
        // an int subclass instance counts as an int (PyLong_Check); its hash is the int value's
        Object v = org.pyston.builtins.object.PyInstance.unwrap(r);
        if (IntMath.isInt(v)) {
            return hash(v);
        }
        throw PyExceptions.typeError("__hash__ method should return an integer");
    }

    /** Lazily resolved so Hashing does not force ObjectMethods' scan at class-init time. */
    private static final class ObjectHashHolder {
        static final Object OBJECT_HASH = PyType.OBJECT.lookupLocal("__hash__");
    }

    /** The hash of int {@code v}. */
    public static long hashLong(long v) {
        long h;
        if (v >= 0) {
            h = v % MODULUS;
        } else if (v == Long.MIN_VALUE) {
            h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
        } else {
            h = -((-v) % MODULUS);
        }
        return h == -1 ? -2 : h;
    }

    /** The hash of a big int. */
    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble; NaN hashes by the identity of {@code owner}. */
    public static long hashDouble(double v, Object owner) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return identityHash(owner);
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.0e18) {
            return hashLong((long) v);
        }
        int e;
        double m;
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        if (v == 0) {
            return 0;
        }
        int exp = Math.getExponent(v);
        if (exp == Double.MIN_EXPONENT - 1) {
            double scaled = v * 0x1p54;
            exp = Math.getExponent(scaled) - 54;
        }
        e = exp + 1;
        m = Math.scalb(v, -e);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | (x >>> (61 - e));
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** CPython 3.11's tuple hash (xxHash based). */
    public static long hashTuple(PyTuple t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : t.items) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += t.items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    /** A stable per-object number standing in for CPython's address (id()). */
    public static long identityId(Object o) {
        return 0x7f0000000000L + ((System.identityHashCode(o) & 0xffffffffL) << 4);
    }

    /** The default object hash: derived from the identity, as CPython's id-based hash. */
    public static long identityHash(Object o) {
        long id = identityId(o);
        long h = (id >>> 4) | (id << 60);
        return h == -1 ? -2 : h;
    }
}
