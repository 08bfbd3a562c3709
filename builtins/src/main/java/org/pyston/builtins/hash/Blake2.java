package org.pyston.builtins.hash;

/**
 * BLAKE2b and BLAKE2s (RFC 7693), with the whole parameter block (key, salt, personalization, tree
 * parameters, last node) as CPython's {@code _blake2} accepts it: the JDK has no BLAKE2. One class
 * serves both variants: words are kept in {@code long}s, masked to 32 bits for BLAKE2s.
 */
final class Blake2 implements Digest {
    private static final long[] IV_B = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };
    private static final long[] IV_S = {
        0x6A09E667L, 0xBB67AE85L, 0x3C6EF372L, 0xA54FF53AL, 0x510E527FL, 0x9B05688CL, 0x1F83D9ABL, 0x5BE0CD19L,
    };
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /** The tree and personalization parameters of a hash, as in the parameter block. */
    record Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
                  long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        /** Unkeyed sequential hashing of the given digest size, the defaults of the constructors. */
        static Params plain(int digestSize) {
            return new Params(digestSize, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
        }
    }

    /** True for BLAKE2b (64-bit words, 128-byte blocks, 12 rounds); false for BLAKE2s. */
    private final boolean big;
    private final int blockSize;
    private final long[] h = new long[8];
    private final byte[] buf;
    private int buflen;
    /** Bytes compressed so far (the counter t; BLAKE2b's upper 64 bits never matter in practice). */
    private long counter;
    private final boolean lastNode;
    private final int digestSize;

    Blake2(boolean big, Params p) {
        this.big = big;
        this.blockSize = big ? 128 : 64;
        this.buf = new byte[blockSize];
        this.lastNode = p.lastNode();
        this.digestSize = p.digestSize();
        byte[] block = new byte[big ? 64 : 32];
        block[0] = (byte) p.digestSize();
        block[1] = (byte) p.key().length;
        block[2] = (byte) p.fanout();
        block[3] = (byte) p.depth();
        putLe(block, 4, p.leafSize(), 4);
        if (big) {
            putLe(block, 8, p.nodeOffset(), 8);
            block[16] = (byte) p.nodeDepth();
            block[17] = (byte) p.innerSize();
            System.arraycopy(p.salt(), 0, block, 32, p.salt().length);
            System.arraycopy(p.person(), 0, block, 48, p.person().length);
        } else {
            putLe(block, 8, p.nodeOffset(), 6);
            block[14] = (byte) p.nodeDepth();
            block[15] = (byte) p.innerSize();
            System.arraycopy(p.salt(), 0, block, 16, p.salt().length);
            System.arraycopy(p.person(), 0, block, 24, p.person().length);
        }
        long[] iv = big ? IV_B : IV_S;
        for (int i = 0; i < 8; i++) {
            h[i] = iv[i] ^ word(block, i * (big ? 8 : 4));
        }
        if (p.key().length > 0) {
            byte[] k = new byte[blockSize];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            update(k, 0, k.length);
        }
    }

    private Blake2(Blake2 o) {
        this.big = o.big;
        this.blockSize = o.blockSize;
        this.buf = o.buf.clone();
        this.buflen = o.buflen;
        this.counter = o.counter;
        this.lastNode = o.lastNode;
        this.digestSize = o.digestSize;
        System.arraycopy(o.h, 0, h, 0, 8);
    }

    private static void putLe(byte[] b, int off, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }

    private long word(byte[] b, int off) {
        int n = big ? 8 : 4;
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xffL);
        }
        return v;
    }

    @Override
    public void update(byte[] b, int off, int len) {
        int end = off + len;
        while (off < end) {
            if (buflen == blockSize) {
                // the buffered block is not the last one: more input follows
                counter += blockSize;
                compress(h, buf, counter, false);
                buflen = 0;
            }
            int n = Math.min(blockSize - buflen, end - off);
            System.arraycopy(b, off, buf, buflen, n);
            buflen += n;
            off += n;
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] hh = h.clone();
        byte[] last = new byte[blockSize];
        System.arraycopy(buf, 0, last, 0, buflen);
        compress(hh, last, counter + buflen, true);
        byte[] out = new byte[digestSize];
        int w = big ? 8 : 4;
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (hh[i / w] >>> (8 * (i % w)));
        }
        return out;
    }

    @Override
    public Digest copy() {
        return new Blake2(this);
    }

    private long rotr(long x, int n) {
        return big ? Long.rotateRight(x, n) : ((x >>> n) | (x << (32 - n))) & 0xffffffffL;
    }

    private long add(long a, long b, long c) {
        long s = a + b + c;
        return big ? s : s & 0xffffffffL;
    }

    private void compress(long[] hh, byte[] block, long t, boolean last) {
        long[] m = new long[16];
        int w = big ? 8 : 4;
        for (int i = 0; i < 16; i++) {
            m[i] = word(block, i * w);
        }
        long[] iv = big ? IV_B : IV_S;
        long mask = big ? -1L : 0xffffffffL;
        long[] v = new long[16];
        System.arraycopy(hh, 0, v, 0, 8);
        System.arraycopy(iv, 0, v, 8, 8);
        v[12] ^= big ? t : t & 0xffffffffL;
        v[13] ^= big ? 0 : t >>> 32;
        if (last) {
            v[14] ^= mask;
            if (lastNode) {
                v[15] ^= mask;
            }
        }
        int rounds = big ? 12 : 10;
        int r1 = big ? 32 : 16;
        int r2 = big ? 24 : 12;
        int r3 = big ? 16 : 8;
        int r4 = big ? 63 : 7;
        for (int r = 0; r < rounds; r++) {
            int[] s = SIGMA[r % 10];
            for (int i = 0; i < 8; i++) {
                // columns first (i < 4), then diagonals
                int a = i & 3;
                int b = i < 4 ? 4 + i : 4 + ((i + 1) & 3);
                int c = i < 4 ? 8 + i : 8 + ((i + 2) & 3);
                int d = i < 4 ? 12 + i : 12 + ((i + 3) & 3);
                v[a] = add(v[a], v[b], m[s[2 * i]]);
                v[d] = rotr(v[d] ^ v[a], r1);
                v[c] = add(v[c], v[d], 0);
                v[b] = rotr(v[b] ^ v[c], r2);
                v[a] = add(v[a], v[b], m[s[2 * i + 1]]);
                v[d] = rotr(v[d] ^ v[a], r3);
                v[c] = add(v[c], v[d], 0);
                v[b] = rotr(v[b] ^ v[c], r4);
            }
        }
        for (int i = 0; i < 8; i++) {
            hh[i] ^= v[i] ^ v[i + 8];
        }
    }
}
