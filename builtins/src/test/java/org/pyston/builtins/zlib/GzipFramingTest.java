package org.pyston.builtins.zlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

class GzipFramingTest {
    @Test
    void testHeaderLength_withOptionalFields() {
        // Tests that FEXTRA, FNAME and FCOMMENT are skipped and an incomplete header asks for more.
        byte[] h = {0x1f, (byte) 0x8b, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, 3, 2, 0, 'x', 'y', 'n', 0, 'c', 0};
        assertEquals(h.length, GzipFraming.headerLength(h, h.length));
        assertEquals(-1, GzipFraming.headerLength(h, h.length - 1));
        assertEquals(-1, GzipFraming.headerLength(h, 3));
    }

    @Test
    void testHeaderLength_badMagic() {
        // Tests zlib's message for a stream that is not gzip.
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GzipFraming.headerLength(new byte[] {0x1f, (byte) 0x8c}, 2));
        assertEquals("incorrect header check", e.getMessage());
    }

    @Test
    void testInflation_gzipRoundTripByteByByte() throws Exception {
        // Tests that a gzip member fed one byte at a time decompresses and ends after its trailer.
        byte[] data = "hello hello hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] gz = PyCompress.oneShot(data, 6, WindowBits.GZIP);
        Inflation inf = new Inflation(WindowBits.AUTO, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : gz) {
            assertEquals(0, inf.run(new byte[] {b}, out, 0));
        }
        assertEquals(true, inf.eof());
        assertEquals("hello hello hello", out.toString(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
