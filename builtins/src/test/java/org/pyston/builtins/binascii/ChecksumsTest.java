package org.pyston.builtins.binascii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ChecksumsTest {
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void testCrc32_checkValueAndContinuation() {
        // Tests the CRC-32 check value and that a CRC continued over two halves equals the whole.
        assertEquals(0xCBF43926, Checksums.crc32(0, CHECK, 0, CHECK.length));
        int half = Checksums.crc32(0, CHECK, 0, 4);
        assertEquals(0xCBF43926, Checksums.crc32(half, CHECK, 4, CHECK.length - 4));
    }

    @Test
    void testAdler32_knownValue() {
        // Tests Adler-32 of "Wikipedia" (0x11E60398) and of nothing (1).
        byte[] w = "Wikipedia".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x11E60398, Checksums.adler32(1, w, 0, w.length));
        assertEquals(1, Checksums.adler32(1, new byte[0], 0, 0));
    }

    @Test
    void testAdler32_longInputWrapsModulo() {
        // Tests that sums stay reduced over more than NMAX bytes of 0xff (no overflow).
        byte[] b = new byte[100_000];
        java.util.Arrays.fill(b, (byte) 0xff);
        long s1 = 1;
        long s2 = 0;
        for (byte x : b) {
            s1 = (s1 + (x & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        assertEquals((int) (s2 << 16 | s1), Checksums.adler32(1, b, 0, b.length));
    }

    @Test
    void testCrcHqx_xmodemCheckValue() {
        // Tests CRC-CCITT with initial value 0 (XMODEM) on the check string: 0x31C3.
        assertEquals(0x31C3, Checksums.crcHqx(0, CHECK));
    }
}
