package org.pyston.builtins.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NativeDecoderTest {
    private static String feedBytewise(NativeDecoder d, byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(d.decode(new byte[] {x}, false));
        }
        sb.append(d.decode(new byte[0], true));
        return sb.toString();
    }

    @Test
    void testDecode_utf8SplitSequencesAreHeldBack() {
        // Tests that a multi-byte UTF-8 character split across calls comes out whole, once.
        String text = "aé€𝄞z";
        NativeDecoder d = new NativeDecoder("utf-8", "strict");
        assertEquals(text, feedBytewise(d, text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, d.pending());
    }

    @Test
    void testDecode_utf8HoldsOnlyAnUnfinishedTail() {
        // Tests that the bytes of an unfinished character are counted as pending, the rest decoded.
        NativeDecoder d = new NativeDecoder("utf-8", "strict");
        assertEquals("ab", d.decode(new byte[] {'a', 'b', (byte) 0xe2, (byte) 0x82}, false));
        assertEquals(2, d.pending());
        assertEquals("€", d.decode(new byte[] {(byte) 0xac}, false));
    }

    @Test
    void testDecode_utf16BomSetsByteOrderAndIsSkipped() {
        // Tests that a big-endian BOM is skipped and decides the byte order, and surrogate pairs survive splits.
        byte[] b = "\uFEFFh𝄞".getBytes(StandardCharsets.UTF_16BE);
        NativeDecoder d = new NativeDecoder("utf-16", "strict");
        assertEquals("h𝄞", feedBytewise(d, b));
    }

    @Test
    void testDecode_utf16WithoutBomIsLittleEndian() {
        // Tests CPython's default byte order when there is no BOM.
        NativeDecoder d = new NativeDecoder("utf-16", "strict");
        assertEquals("hi", d.decode("hi".getBytes(StandardCharsets.UTF_16LE), true));
    }

    @Test
    void testEncodedLength_matchesTheBytesDecoded() {
        // Tests that positions computed by re-encoding agree with the bytes consumed.
        NativeDecoder d = new NativeDecoder("utf-8", "strict");
        String s = d.decode("xé𝄞".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(7, d.encodedLength(s));
        assertEquals(3, d.encodedLength(s.substring(0, 2)));
    }
}
