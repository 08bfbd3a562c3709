package org.pyston.builtins.zlib;

/**
 * The gzip container (RFC 1952) around a raw deflate stream, written and read as zlib does when
 * {@code wbits} is 16 + N: java.util.zip's Deflater/Inflater only know the zlib container and raw
 * deflate data, so this supplies the header and the CRC-32/ISIZE trailer.
 */
final class GzipFraming {
    private GzipFraming() {}

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    /** The 10-byte header zlib writes: no name, mtime 0, XFL from the level/strategy, OS = Unix. */
    static byte[] header(int level, int strategy) {
        int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0;
        return new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
    }

    /** The 8-byte trailer: CRC-32 and length mod 2^32 of the uncompressed data, little-endian. */
    static byte[] trailer(int crc, long isize) {
        byte[] t = new byte[8];
        for (int i = 0; i < 4; i++) {
            t[i] = (byte) (crc >>> (8 * i));
            t[4 + i] = (byte) (isize >>> (8 * i));
        }
        return t;
    }

    /**
     * The length of the complete header at the start of {@code b[0, n)}, or -1 when more bytes are
     * needed.
     *
     * @throws IllegalStateException with zlib's message when the header is invalid
     */
    static int headerLength(byte[] b, int n) {
        if (n >= 1 && (b[0] & 0xff) != 0x1f || n >= 2 && (b[1] & 0xff) != 0x8b) {
            throw new IllegalStateException("incorrect header check");
        }
        if (n >= 3 && b[2] != 8) {
            throw new IllegalStateException("unknown compression method");
        }
        if (n >= 4 && (b[3] & 0xe0) != 0) {
            throw new IllegalStateException("unknown header flags set");
        }
        if (n < 10) {
            return -1;
        }
        int flags = b[3] & 0xff;
        int pos = 10;
        if ((flags & FEXTRA) != 0) {
            if (n < pos + 2) {
                return -1;
            }
            pos += 2 + ((b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8);
        }
        for (int f : new int[] {FNAME, FCOMMENT}) {
            if ((flags & f) != 0) {
                while (pos < n && b[pos] != 0) {
                    pos++;
                }
                if (pos >= n) {
                    return -1;
                }
                pos++;
            }
        }
        if ((flags & FHCRC) != 0) {
            if (n < pos + 2) {
                return -1;
            }
            int want = (b[pos] & 0xff) | (b[pos + 1] & 0xff) << 8;
            int crc = org.pyston.builtins.binascii.Checksums.crc32(0, b, 0, pos) & 0xffff;
            if (want != crc) {
                throw new IllegalStateException("header crc mismatch");
            }
            pos += 2;
        }
        return pos <= n ? pos : -1;
    }
}
