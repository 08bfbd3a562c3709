package org.pyston.builtins.hash;

/**
 * The Keccak sponge (FIPS 202) behind SHA3-224/256/384/512 (domain bits 0x06) and SHAKE128/256
 * (0x1F, any output length): written here because the JDK 17 has no SHAKE.
 */
final class Keccak implements Digest {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation of each lane visited by the combined rho/pi walk, in walk order. */
    private static final int[] ROTATIONS = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    /** The lane each step of the rho/pi walk moves to. */
    private static final int[] PI_LANES = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

    private final long[] state = new long[25];
    /** Bytes absorbed per permutation. */
    final int rate;
    final byte suffix;
    /** Position in the current block (bytes already XORed into the state). */
    private int pos;

    Keccak(int rateBytes, int suffix) {
        this.rate = rateBytes;
        this.suffix = (byte) suffix;
    }

    @Override
    public void update(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            state[pos >> 3] ^= (b[i] & 0xffL) << (8 * (pos & 7));
            if (++pos == rate) {
                permute(state);
                pos = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] st = state.clone();
        st[pos >> 3] ^= (suffix & 0xffL) << (8 * (pos & 7));
        st[(rate - 1) >> 3] ^= 0x80L << (8 * ((rate - 1) & 7));
        permute(st);
        byte[] out = new byte[length];
        for (int i = 0, p = 0; i < length; i++, p++) {
            if (p == rate) {
                permute(st);
                p = 0;
            }
            out[i] = (byte) (st[p >> 3] >>> (8 * (p & 7)));
        }
        return out;
    }

    @Override
    public Digest copy() {
        Keccak k = new Keccak(rate, suffix);
        System.arraycopy(state, 0, k.state, 0, 25);
        k.pos = pos;
        return k;
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho+pi, chi, iota. */
    static void permute(long[] st) {
        long[] bc = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int i = 0; i < 5; i++) {
                bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
            }
            for (int i = 0; i < 5; i++) {
                long t = bc[(i + 4) % 5] ^ Long.rotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) {
                    st[j + i] ^= t;
                }
            }
            long t = st[1];
            for (int i = 0; i < 24; i++) {
                int j = PI_LANES[i];
                long next = st[j];
                st[j] = Long.rotateLeft(t, ROTATIONS[i]);
                t = next;
            }
            for (int j = 0; j < 25; j += 5) {
                for (int i = 0; i < 5; i++) {
                    bc[i] = st[j + i];
                }
                for (int i = 0; i < 5; i++) {
                    st[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
                }
            }
            st[0] ^= ROUND_CONSTANTS[round];
        }
    }
}
