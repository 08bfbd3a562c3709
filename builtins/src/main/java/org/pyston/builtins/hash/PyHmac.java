package org.pyston.builtins.hash;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * {@code _hashlib.HMAC}: a keyed hash (RFC 2104) over any fixed-size {@link Algorithm}. The inner
 * and outer states are keyed once; the inner one absorbs the message, and a digest finishes a
 * copy of each, so the object stays usable.
 */
public final class PyHmac implements PyObject {
    static final PyType TYPE = PyType.builtinInModule("HMAC", "_hashlib", PyHmac.class, HmacMethods.class);

    final Algorithm algorithm;
    /** Keyed with {@code key ^ ipad}, then the message; guarded by this object's monitor. */
    final Digest inner;
    /** Keyed with {@code key ^ opad}; never updated after that. */
    final Digest outer;

    private PyHmac(Algorithm algorithm, Digest inner, Digest outer) {
        this.algorithm = algorithm;
        this.inner = inner;
        this.outer = outer;
    }

    /** A fresh HMAC of {@code algorithm} keyed with {@code key} (any length, as RFC 2104 allows). */
    static PyHmac keyed(Algorithm algorithm, byte[] key) {
        int block = algorithm.blockSize();
        if (key.length > block) {
            Digest d = algorithm.newDigest();
            d.update(key, 0, key.length);
            key = d.finish(algorithm.digestSize());
        }
        byte[] ipad = new byte[block];
        byte[] opad = new byte[block];
        for (int i = 0; i < block; i++) {
            byte k = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (k ^ 0x36);
            opad[i] = (byte) (k ^ 0x5c);
        }
        Digest inner = algorithm.newDigest();
        inner.update(ipad, 0, block);
        Digest outer = algorithm.newDigest();
        outer.update(opad, 0, block);
        return new PyHmac(algorithm, inner, outer);
    }

    void update(byte[] b) {
        inner.update(b, 0, b.length);
    }

    /** The MAC of what was absorbed so far, leaving this object usable. */
    byte[] mac() {
        int size = algorithm.digestSize();
        Digest o = outer.copy();
        byte[] innerHash = inner.digest(size);
        o.update(innerHash, 0, innerHash.length);
        return o.finish(size);
    }

    /** The MAC of {@code message} alone under this object's key, leaving this object as it was. */
    byte[] macOf(byte[] message) {
        int size = algorithm.digestSize();
        Digest i = inner.copy();
        i.update(message, 0, message.length);
        byte[] innerHash = i.finish(size);
        Digest o = outer.copy();
        o.update(innerHash, 0, innerHash.length);
        return o.finish(size);
    }

    PyHmac copy() {
        return new PyHmac(algorithm, inner.copy(), outer);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
