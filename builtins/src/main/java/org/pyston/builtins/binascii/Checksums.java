package org.pyston.builtins.binascii;

/**
 * The checksums binascii and zlib share: CRC-32 (zlib's, polynomial 0xEDB88320 reflected) that can
 * continue from any running value, which {@link java.util.zip.CRC32} cannot; Adler-32 likewise;
 * and CRC-CCITT as binascii.crc_hqx computes it.
 */
public final class Checksums {
    private Checksums() {}

    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            HQX_TABLE[n] = h & 0xffff;
        }
    }

    /** CRC-32 of {@code b[off, off+len)} continuing from {@code crc} (0 to start). */
    public static int crc32(int crc, byte[] b, int off, int len) {
        int c = ~crc;
        for (int i = off; i < off + len; i++) {
            c = CRC32_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    /** Adler-32 of {@code b[off, off+len)} continuing from {@code adler} (1 to start). */
    public static int adler32(int adler, byte[] b, int off, int len) {
        long s1 = adler & 0xffff;
        long s2 = (adler >>> 16) & 0xffff;
        int i = off;
        int end = off + len;
        while (i < end) {
            // 5552 is the most bytes whose sums cannot overflow before the modulo (zlib's NMAX)
            int stop = Math.min(end, i + 5552);
            for (; i < stop; i++) {
                s1 += b[i] & 0xff;
                s2 += s1;
            }
            s1 %= 65521;
            s2 %= 65521;
        }
        return (int) ((s2 << 16) | s1);
    }

    /** binascii.crc_hqx: CRC-CCITT (polynomial 0x1021, MSB first) continuing from {@code crc}. */
    public static int crcHqx(int crc, byte[] b) {
        int c = crc & 0xffff;
        for (byte x : b) {
            c = ((c << 8) & 0xff00) ^ HQX_TABLE[((c >> 8) ^ x) & 0xff];
        }
        return c;
    }
}
