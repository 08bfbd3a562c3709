package org.pyston.builtins.hash;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The built-in hash modules hashlib falls back to when OpenSSL's {@code _hashlib} is absent (as
 * here): {@code _md5}, {@code _sha1}, {@code _sha256}, {@code _sha512} (constructor functions over
 * java.security), {@code _sha3} and {@code _blake2} (types, over our own Keccak and BLAKE2). Each
 * nested class is one module's function table.
 */
public final class HashModules {
    private HashModules() {}

    /** {@code NAME(string=b'', *, usedforsecurity=True)}: a hash over the JDK's algorithm. */
    static PyHash jdkHash(String fname, Object[] args, String[] kwnames, PyType type, String jdkName,
                          int digestSize, int blockSize) {
        Object[] p = ArgParser.parse(fname, args, kwnames, 1, new String[] {"string", "usedforsecurity"}, 0);
        PyHash h = new PyHash(type, fname, digestSize, blockSize, JdkDigest.of(jdkName));
        if (p[0] != null) {
            byte[] b = PyHash.data(p[0]);
            h.digest.update(b, 0, b.length);
        }
        return h;
    }

    private static PyModule module(String name, Class<?> functions) {
        PyModule m = new PyModule(name);
        DeclarationScanner.scanModule(functions, name, m.getDict());
        return m;
    }

    /** {@code _md5}. */
    public static final class Md5 {
        private Md5() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = module("_md5", Md5.class);
            m.getDict().putStr("MD5Type", PyHash.MD5);
            return m;
        }

        @PyMethod(general = true)
        public static Object md5(Object[] args, String[] kwnames) {
            return jdkHash("md5", args, kwnames, PyHash.MD5, "MD5", 16, 64);
        }
    }

    /** {@code _sha1}. */
    public static final class Sha1 {
        private Sha1() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = module("_sha1", Sha1.class);
            m.getDict().putStr("SHA1Type", PyHash.SHA1);
            return m;
        }

        @PyMethod(general = true)
        public static Object sha1(Object[] args, String[] kwnames) {
            return jdkHash("sha1", args, kwnames, PyHash.SHA1, "SHA-1", 20, 64);
        }
    }

    /** {@code _sha256}: sha224 and sha256. */
    public static final class Sha256 {
        private Sha256() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = module("_sha256", Sha256.class);
            m.getDict().putStr("SHA224Type", PyHash.SHA224);
            m.getDict().putStr("SHA256Type", PyHash.SHA256);
            return m;
        }

        @PyMethod(general = true)
        public static Object sha224(Object[] args, String[] kwnames) {
            return jdkHash("sha224", args, kwnames, PyHash.SHA224, "SHA-224", 28, 64);
        }

        @PyMethod(general = true)
        public static Object sha256(Object[] args, String[] kwnames) {
            return jdkHash("sha256", args, kwnames, PyHash.SHA256, "SHA-256", 32, 64);
        }
    }

    /** {@code _sha512}: sha384 and sha512. */
    public static final class Sha512 {
        private Sha512() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = module("_sha512", Sha512.class);
            m.getDict().putStr("SHA384Type", PyHash.SHA384);
            m.getDict().putStr("SHA512Type", PyHash.SHA512);
            return m;
        }

        @PyMethod(general = true)
        public static Object sha384(Object[] args, String[] kwnames) {
            return jdkHash("sha384", args, kwnames, PyHash.SHA384, "SHA-384", 48, 128);
        }

        @PyMethod(general = true)
        public static Object sha512(Object[] args, String[] kwnames) {
            return jdkHash("sha512", args, kwnames, PyHash.SHA512, "SHA-512", 64, 128);
        }
    }

    /** {@code _sha3}: the SHA-3 and SHAKE types. */
    public static final class Sha3 {
        private Sha3() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("_sha3");
            PyDict d = m.getDict();
            d.putStr("sha3_224", PyHash.SHA3_224);
            d.putStr("sha3_256", PyHash.SHA3_256);
            d.putStr("sha3_384", PyHash.SHA3_384);
            d.putStr("sha3_512", PyHash.SHA3_512);
            d.putStr("shake_128", PyShake.SHAKE_128);
            d.putStr("shake_256", PyShake.SHAKE_256);
            d.putStr("implementation", PyStr.of("pyston-java"));
            d.putStr("keccakopt", new PyInt(64));
            return m;
        }
    }

    /** {@code _blake2}: the BLAKE2b and BLAKE2s types and their size constants. */
    public static final class Blake2Module {
        private Blake2Module() {}

        public static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("_blake2");
            PyDict d = m.getDict();
            d.putStr("blake2b", PyHash.BLAKE2B);
            d.putStr("blake2s", PyHash.BLAKE2S);
            d.putStr("BLAKE2B_SALT_SIZE", new PyInt(16));
            d.putStr("BLAKE2B_PERSON_SIZE", new PyInt(16));
            d.putStr("BLAKE2B_MAX_KEY_SIZE", new PyInt(64));
            d.putStr("BLAKE2B_MAX_DIGEST_SIZE", new PyInt(64));
            d.putStr("BLAKE2S_SALT_SIZE", new PyInt(8));
            d.putStr("BLAKE2S_PERSON_SIZE", new PyInt(8));
            d.putStr("BLAKE2S_MAX_KEY_SIZE", new PyInt(32));
            d.putStr("BLAKE2S_MAX_DIGEST_SIZE", new PyInt(32));
            return m;
        }
    }
}
