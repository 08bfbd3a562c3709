package org.pyston.builtins.zlib;

/**
 * What zlib's {@code wbits} argument selects: the container around the deflate data (zlib header,
 * none, gzip, or for decompression either of zlib/gzip detected from the first byte) and the
 * window size. {@code java.util.zip} always deflates with the largest window (32 KiB), so smaller
 * compression windows are refused rather than silently producing other bytes than CPython.
 */
enum WindowBits {
    ZLIB, RAW, GZIP, AUTO;

    /** The format for decompression, or null when {@code wbits} is invalid (inflateInit2's rules). */
    static WindowBits forDecompression(long wbits) {
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
            return ZLIB;
        }
        if (wbits >= -15 && wbits <= -8) {
            return RAW;
        }
        if (wbits >= 24 && wbits <= 31) {
            return GZIP;
        }
        if (wbits >= 40 && wbits <= 47) {
            return AUTO;
        }
        return null;
    }

    /** The format for compression, or null when {@code wbits} is invalid (deflateInit2's rules). */
    static WindowBits forCompression(long wbits) {
        if (wbits >= 8 && wbits <= 15) {
            return ZLIB;
        }
        if (wbits >= -15 && wbits <= -9) {
            return RAW;
        }
        if (wbits >= 25 && wbits <= 31) {
            return GZIP;
        }
        return null;
    }

    /** Whether the window size of a valid compression {@code wbits} is the 32 KiB one Java's Deflater uses. */
    static boolean fullWindow(long wbits) {
        return wbits == 15 || wbits == -15 || wbits == 31;
    }
}
