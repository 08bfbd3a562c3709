package org.pyston.builtins.hash;

/**
 * Key derivation: PBKDF2 with an HMAC (RFC 8018) and scrypt (RFC 7914), what
 * {@code hashlib.pbkdf2_hmac} and {@code hashlib.scrypt} compute through OpenSSL in CPython.
 */
final class Kdf {
    private Kdf() {}

    /** PBKDF2-HMAC of {@code algorithm}: {@code length} bytes from {@code iterations} rounds. */
    static byte[] pbkdf2(Algorithm algorithm, byte[] password, byte[] salt, long iterations, int length) {
        PyHmac prf = PyHmac.keyed(algorithm, password);
        int hLen = algorithm.digestSize();
        byte[] out = new byte[length];
        byte[] first = new byte[salt.length + 4];
        System.arraycopy(salt, 0, first, 0, salt.length);
        for (int block = 1, done = 0; done < length; block++) {
            first[salt.length] = (byte) (block >>> 24);
            first[salt.length + 1] = (byte) (block >>> 16);
            first[salt.length + 2] = (byte) (block >>> 8);
            first[salt.length + 3] = (byte) block;
            byte[] u = prf.macOf(first);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = prf.macOf(u);
                for (int k = 0; k < hLen; k++) {
                    t[k] ^= u[k];
                }
            }
            int n = Math.min(hLen, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /**
     * Whether OpenSSL's scrypt runs with these costs (n a power of 2, r and p from 1 to 2^32 - 1):
     * n below 2^(16 r), p r below 2^30, and its B and V arrays within {@code maxmem} bytes.
     */
    static boolean scryptCostsAffordable(long n, long r, long p, long maxmem) {
        if (16 * r <= 63 && n >= (1L << (16 * r))) {
            return false;
        }
        if (p > ((1L << 30) - 1) / r) {
            return false;
        }
        double memory = 128.0 * r * p + 128.0 * r * (n + 2);
        return memory <= maxmem;
    }

    /** scrypt: {@code length} bytes; the costs already checked (n a power of 2, memory affordable). */
    static byte[] scrypt(byte[] password, byte[] salt, int n, int r, int p, int length) {
        Algorithm sha256 = Algorithm.lookup("sha256");
        int blockBytes = 128 * r;
        byte[] b = pbkdf2(sha256, password, salt, 1, p * blockBytes);
        int words = 32 * r;
        int[] x = new int[words];
        int[] v = new int[words * n];
        int[] scratch = new int[words];
        for (int i = 0; i < p; i++) {
            int base = i * blockBytes;
            for (int k = 0; k < words; k++) {
                x[k] = leInt(b, base + 4 * k);
            }
            roMix(x, v, scratch, n, r);
            for (int k = 0; k < words; k++) {
                putLeInt(b, base + 4 * k, x[k]);
            }
        }
        return pbkdf2(sha256, password, b, 1, length);
    }

    /** scryptROMix on {@code x} (32r words) in place, with V of n entries. */
    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[words - 16] & (n - 1); // Integerify: the first word of the last 64-byte block
            int off = j * words;
            for (int k = 0; k < words; k++) {
                x[k] ^= v[off + k];
            }
            blockMix(x, scratch, r);
        }
    }

    /** scryptBlockMix with Salsa20/8 over 2r 16-word blocks, in place. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] t = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, t, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                t[k] ^= b[i * 16 + k];
            }
            salsa208(t);
            // even blocks go to the first half of the output, odd ones to the second
            int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(t, 0, y, dest, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    /** The Salsa20/8 core on 16 words, in place. */
    private static void salsa208(int[] in) {
        int[] x = in.clone();
        for (int round = 0; round < 8; round += 2) {
            // columns
            quarter(x, 0, 4, 8, 12);
            quarter(x, 5, 9, 13, 1);
            quarter(x, 10, 14, 2, 6);
            quarter(x, 15, 3, 7, 11);
            // rows
            quarter(x, 0, 1, 2, 3);
            quarter(x, 5, 6, 7, 4);
            quarter(x, 10, 11, 8, 9);
            quarter(x, 15, 12, 13, 14);
        }
        for (int i = 0; i < 16; i++) {
            in[i] += x[i];
        }
    }

    /** Salsa20's quarter-round on words a, b, c, d of x. */
    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[b] ^= Integer.rotateLeft(x[a] + x[d], 7);
        x[c] ^= Integer.rotateLeft(x[b] + x[a], 9);
        x[d] ^= Integer.rotateLeft(x[c] + x[b], 13);
        x[a] ^= Integer.rotateLeft(x[d] + x[c], 18);
    }

    private static int leInt(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    private static void putLeInt(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }
}
