package org.pyston.builtins.hash;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyStr;

/**
 * A hash object of a fixed digest size ({@code _md5.md5}, {@code _sha256.sha256},
 * {@code _sha3.sha3_256}, {@code _blake2.blake2b} ...). Several Python types share this Java class:
 * their methods classes declare the same methods (only {@code __new__}, a static method of the
 * type, differs), so an inline cache guarded on the Java class links the same code for all of them.
 * Extendable-output hashes, whose {@code digest} takes a length, are {@link PyShake}.
 */
public final class PyHash implements PyObject {
    static final PyType MD5 = type("md5", "_md5", HashMethods.class);
    static final PyType SHA1 = type("sha1", "_sha1", HashMethods.class);
    static final PyType SHA224 = type("sha224", "_sha256", HashMethods.class);
    static final PyType SHA256 = type("sha256", "_sha256", HashMethods.class);
    static final PyType SHA384 = type("sha384", "_sha512", HashMethods.class);
    static final PyType SHA512 = type("sha512", "_sha512", HashMethods.class);
    static final PyType SHA3_224 = type("sha3_224", "_sha3", Sha3Methods.class);
    static final PyType SHA3_256 = type("sha3_256", "_sha3", Sha3Methods.class);
    static final PyType SHA3_384 = type("sha3_384", "_sha3", Sha3Methods.class);
    static final PyType SHA3_512 = type("sha3_512", "_sha3", Sha3Methods.class);
    static final PyType BLAKE2B = type("blake2b", "_blake2", Blake2Methods.class);
    static final PyType BLAKE2S = type("blake2s", "_blake2", Blake2Methods.class);
    /** {@code _hashlib}'s hash objects, what hashlib's constructors return when it is present. */
    static final PyType HASH = type("HASH", "_hashlib", OpensslHashMethods.class);
    /** {@code _hashlib}'s SHAKE objects: a HASH whose digest takes the output length. */
    static final PyType HASHXOF = PyType.builtinInModule("HASHXOF", "_hashlib", PyHash.class, XofMethods.class, HASH);

    static {
        for (PyType t : new PyType[] {BLAKE2B, BLAKE2S}) {
            boolean big = t == BLAKE2B;
            t.addConstant("SALT_SIZE", new org.pyston.builtins.number.PyInt(big ? 16 : 8));
            t.addConstant("PERSON_SIZE", new org.pyston.builtins.number.PyInt(big ? 16 : 8));
            t.addConstant("MAX_KEY_SIZE", new org.pyston.builtins.number.PyInt(big ? 64 : 32));
            t.addConstant("MAX_DIGEST_SIZE", new org.pyston.builtins.number.PyInt(big ? 64 : 32));
        }
    }

    private static PyType type(String name, String module, Class<?> methods) {
        return PyType.builtinInModule(name, module, PyHash.class, methods);
    }

    final PyType type;
    final String name;
    final int digestSize;
    final int blockSize;
    /** The running state; guarded by this object's monitor (hash objects may be shared by threads). */
    final Digest digest;

    PyHash(PyType type, String name, int digestSize, int blockSize, Digest digest) {
        this.type = type;
        this.name = name;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        this.digest = digest;
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** The bytes of data given to a constructor or {@code update}, with CPython's messages. */
    static byte[] data(Object o) {
        if (o instanceof PyStr) {
            throw PyExceptions.typeError("Strings must be encoded before hashing");
        }
        byte[] b = BytesSupport.data(o);
        if (b == null) {
            throw PyExceptions.typeError("object supporting the buffer API required");
        }
        return b;
    }

    /** Lower-case hex of {@code b}. */
    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) {
            s.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return s.toString();
    }
}
