package org.pyston.builtins.hash;

import java.math.BigInteger;
import java.util.Map;

import org.pyston.builtins.binascii.BinasciiModule;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.SetTable;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.operator.OperatorModule;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _hashlib}, the module CPython builds over OpenSSL, here over {@link Algorithm}: the
 * {@code HASH}/{@code HASHXOF} objects hashlib's constructors return, {@code new}, HMAC
 * ({@code hmac_new}, {@code hmac_digest}, which {@code hmac} uses), and the key derivation functions
 * {@code pbkdf2_hmac} and {@code scrypt}. Error types and messages are those CPython 3.11 gives
 * with OpenSSL 3 ({@code UnsupportedDigestmodError: [digital envelope routines] unsupported}).
 */
public final class HashlibModule {
    private HashlibModule() {}

    /** The module state of one interpreter: its error class and the constructor → name table. */
    private record State(PyType unsupported, PyDict constructors) {}

    private static final Map<Interpreter, State> STATES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The algorithms with an {@code openssl_NAME} constructor function, as CPython 3.11's. */
    private static final String[] CONSTRUCTED = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224",
        "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"};

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_hashlib");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(HashlibModule.class, "_hashlib", d);
        d.putStr("HASH", PyHash.HASH);
        d.putStr("HASHXOF", PyHash.HASHXOF);
        d.putStr("HMAC", PyHmac.TYPE);
        PyType unsupported = BinasciiModule.newException("UnsupportedDigestmodError", "_hashlib",
                PyExceptions.VALUE_ERROR);
        d.putStr("UnsupportedDigestmodError", unsupported);
        SetTable names = new SetTable();
        for (String n : Algorithm.names()) {
            names.add(PyStr.of(n));
        }
        d.putStr("openssl_md_meth_names", new PyFrozenSet(names));
        PyDict constructors = new PyDict();
        for (String n : CONSTRUCTED) {
            constructors.put(d.getStr("openssl_" + n), PyStr.of(n));
        }
        d.putStr("_constructors", constructors);
        STATES.put(interp, new State(unsupported, constructors));
        return m;
    }

    private static State state() {
        return STATES.get(Interpreter.current());
    }

    private static RuntimeException unsupported(String format, Object... args) {
        return PyExceptions.withMessage(state().unsupported, format, args);
    }

    /** The algorithm named {@code name}, or UnsupportedDigestmodError as OpenSSL's lookup fails. */
    private static Algorithm byName(String name) {
        Algorithm a = Algorithm.lookup(name);
        if (a == null) {
            throw unsupported("[digital envelope routines] unsupported");
        }
        return a;
    }

    /** A new hash object of {@code a}, fed {@code data} (null: nothing). */
    private static PyHash hash(Algorithm a, Object data) {
        PyHash h = new PyHash(a.xof() ? PyHash.HASHXOF : PyHash.HASH, a.name(), a.digestSize(), a.blockSize(),
                a.newDigest());
        if (data != null && data != PyNone.NONE) {
            byte[] b = PyHash.data(data);
            h.digest.update(b, 0, b.length);
        } else if (data == PyNone.NONE) {
            PyHash.data(data); // None is not data (CPython's "object supporting the buffer API required")
        }
        return h;
    }

    private static final String[] HASH_PARAMS = {"string", "usedforsecurity"};

    private static Object construct(String algorithm, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("openssl_" + algorithm, args, kwnames, 1, HASH_PARAMS, 0);
        return hash(Algorithm.lookup(algorithm), p[0]);
    }

    /** {@code new(name, string=b'', *, usedforsecurity=True)}. */
    @PyMethod(name = "new", general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("new", args, kwnames, 2, new String[] {"name", "string", "usedforsecurity"}, 1);
        if (!(p[0] instanceof PyStr name)) {
            throw PyExceptions.typeError("name must be a string");
        }
        return hash(byName(name.value()), p[1]);
    }

    @PyMethod(name = "openssl_md5", general = true)
    public static Object md5(Object[] args, String[] kwnames) {
        return construct("md5", args, kwnames);
    }

    @PyMethod(name = "openssl_sha1", general = true)
    public static Object sha1(Object[] args, String[] kwnames) {
        return construct("sha1", args, kwnames);
    }

    @PyMethod(name = "openssl_sha224", general = true)
    public static Object sha224(Object[] args, String[] kwnames) {
        return construct("sha224", args, kwnames);
    }

    @PyMethod(name = "openssl_sha256", general = true)
    public static Object sha256(Object[] args, String[] kwnames) {
        return construct("sha256", args, kwnames);
    }

    @PyMethod(name = "openssl_sha384", general = true)
    public static Object sha384(Object[] args, String[] kwnames) {
        return construct("sha384", args, kwnames);
    }

    @PyMethod(name = "openssl_sha512", general = true)
    public static Object sha512(Object[] args, String[] kwnames) {
        return construct("sha512", args, kwnames);
    }

    @PyMethod(name = "openssl_sha3_224", general = true)
    public static Object sha3_224(Object[] args, String[] kwnames) {
        return construct("sha3_224", args, kwnames);
    }

    @PyMethod(name = "openssl_sha3_256", general = true)
    public static Object sha3_256(Object[] args, String[] kwnames) {
        return construct("sha3_256", args, kwnames);
    }

    @PyMethod(name = "openssl_sha3_384", general = true)
    public static Object sha3_384(Object[] args, String[] kwnames) {
        return construct("sha3_384", args, kwnames);
    }

    @PyMethod(name = "openssl_sha3_512", general = true)
    public static Object sha3_512(Object[] args, String[] kwnames) {
        return construct("sha3_512", args, kwnames);
    }

    @PyMethod(name = "openssl_shake_128", general = true)
    public static Object shake_128(Object[] args, String[] kwnames) {
        return construct("shake_128", args, kwnames);
    }

    @PyMethod(name = "openssl_shake_256", general = true)
    public static Object shake_256(Object[] args, String[] kwnames) {
        return construct("shake_256", args, kwnames);
    }

    // ---- HMAC

    /** The algorithm of an HMAC's {@code digestmod}: a name, or one of the openssl_* constructors. */
    private static Algorithm digestmod(Object digestmod) {
        Algorithm a;
        if (digestmod instanceof PyStr s) {
            a = byName(s.value());
        } else {
            Object name = state().constructors.get(digestmod);
            if (name == null) {
                throw unsupported("Unsupported digestmod %s", Repr.repr(digestmod));
            }
            a = Algorithm.lookup(((PyStr) name).value());
        }
        if (a.xof()) {
            throw PyExceptions.valueError("no reason supplied"); // OpenSSL has no HMAC over an XOF
        }
        return a;
    }

    /** {@code hmac_new(key, msg=b'', digestmod=None)}. */
    @PyMethod(general = true)
    public static Object hmac_new(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("hmac_new", args, kwnames, 3, new String[] {"key", "msg", "digestmod"}, 1);
        byte[] key = BytesSupport.need(p[0]);
        if (p[2] == null || p[2] == PyNone.NONE) {
            throw PyExceptions.typeError("Missing required parameter 'digestmod'.");
        }
        PyHmac h = PyHmac.keyed(digestmod(p[2]), key);
        if (p[1] != null && p[1] != PyNone.NONE) {
            h.update(PyHash.data(p[1]));
        }
        return h;
    }

    /** {@code hmac_digest(key, msg, digest)}: the MAC in one call. */
    @PyMethod(general = true)
    public static Object hmac_digest(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("hmac_digest", args, kwnames, 3, new String[] {"key", "msg", "digest"}, 3);
        byte[] key = BytesSupport.need(p[0]);
        byte[] msg = BytesSupport.need(p[1]);
        return PyBytes.wrap(PyHmac.keyed(digestmod(p[2]), key).macOf(msg));
    }

    // ---- key derivation

    /** {@code pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)}. */
    @PyMethod(general = true)
    public static Object pbkdf2_hmac(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("pbkdf2_hmac", args, kwnames, 5,
                new String[] {"hash_name", "password", "salt", "iterations", "dklen"}, 4);
        if (!(p[0] instanceof PyStr name)) {
            throw PyExceptions.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s", TypeOps.typeName(p[0]));
        }
        byte[] password = BytesSupport.need(p[1]);
        byte[] salt = BytesSupport.need(p[2]);
        long iterations = cLong(p[3]);
        Long dklen = p[4] == null || p[4] == PyNone.NONE ? null : cLong(p[4]);
        Algorithm a = byName(name.value());
        if (a.xof()) {
            throw PyExceptions.valueError("no reason supplied");
        }
        if (iterations < 1) {
            throw PyExceptions.valueError("iteration value must be greater than 0.");
        }
        if (iterations > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("iteration value is too great.");
        }
        long length = dklen == null ? a.digestSize() : dklen;
        if (length < 1) {
            throw PyExceptions.valueError("key length must be greater than 0.");
        }
        if (length > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("key length is too great.");
        }
        return PyBytes.wrap(Kdf.pbkdf2(a, password, salt, iterations, (int) length));
    }

    /** An index as a C long, with CPython's OverflowError past 64 bits. */
    private static long cLong(Object o) {
        Object i = UnaryOps.index(o);
        if (i instanceof PyBigInt) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        return ((PyInt) i).value;
    }

    /** OpenSSL's default scrypt memory limit (maxmem=0). */
    private static final long SCRYPT_DEFAULT_MAXMEM = 32L * 1024 * 1024;

    /** {@code scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64)}. */
    @PyMethod(general = true)
    public static Object scrypt(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("scrypt", args, kwnames, 1,
                new String[] {"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 1);
        byte[] password = BytesSupport.need(a[0]);
        if (a[1] == null || a[1] == PyNone.NONE) {
            throw PyExceptions.typeError("salt is required");
        }
        byte[] salt = BytesSupport.need(a[1]);
        BigInteger n = unsignedCost("n", a[2]);
        BigInteger r = unsignedCost("r", a[3]);
        BigInteger p = unsignedCost("p", a[4]);
        long maxmem = a[5] == null ? 0 : cLong(a[5]);
        if (maxmem < 0 || maxmem > Integer.MAX_VALUE) {
            throw PyExceptions.valueError("maxmem must be positive and smaller than %d", Integer.MAX_VALUE);
        }
        long dklen = a[6] == null ? 64 : cLong(a[6]);
        if (dklen < 1 || dklen > Integer.MAX_VALUE) {
            throw PyExceptions.valueError("dklen must be greater than 0 and smaller than %d", Integer.MAX_VALUE);
        }
        if (n.compareTo(BigInteger.TWO) < 0 || n.bitCount() != 1) {
            throw PyExceptions.valueError("n must be a power of 2.");
        }
        // What OpenSSL 3 checks up front, and what it reports once deriving.
        if (r.signum() == 0 || p.signum() == 0) {
            throw PyExceptions.valueError("Invalid parameter combination for n, r, p, maxmem.");
        }
        if (r.bitLength() > 32 || p.bitLength() > 32) {
            throw PyExceptions.valueError("[digital envelope routines] parameter too large");
        }
        if (n.bitLength() > 62 || !Kdf.scryptCostsAffordable(n.longValue(), r.longValue(), p.longValue(),
                maxmem == 0 ? SCRYPT_DEFAULT_MAXMEM : maxmem)) {
            throw PyExceptions.valueError("[digital envelope routines] memory limit exceeded");
        }
        return PyBytes.wrap(Kdf.scrypt(password, salt, n.intValue(), r.intValue(), p.intValue(), (int) dklen));
    }

    /** scrypt's n, r and p: ints (checked like argument clinic) that fit a C unsigned long. */
    private static BigInteger unsignedCost(String what, Object o) {
        if (o != null && o != PyNone.NONE && !TypeOps.typeOf(o).isSubtype(PyInt.TYPE)) {
            throw PyExceptions.typeError("scrypt() argument '%s' must be int, not %s", what, TypeOps.typeName(o));
        }
        BigInteger v = o == null || o == PyNone.NONE ? null : IntMath.big(UnaryOps.index(o));
        if (v == null || v.signum() < 0 || v.bitLength() > 64) {
            throw PyExceptions.typeError("%s is required and must be an unsigned int", what);
        }
        return v;
    }

    // ---- the rest

    /** {@code compare_digest(a, b)}: equality in time independent of where the inputs differ. */
    @PyMethod
    public static Object compare_digest(Object a, Object b) {
        return OperatorModule.compareDigest(a, b);
    }

    /** {@code get_fips_mode()}: 0, no FIPS restrictions. */
    @PyMethod
    public static Object get_fips_mode() {
        return PyInt.valueOf(0);
    }
}
