package org.pyston.builtins.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DigestVectorsTest {
    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String run(Digest d, String msg, int length) {
        byte[] m = ascii(msg);
        d.update(m, 0, m.length);
        return PyHash.hex(d.digest(length));
    }

    private static Blake2.Params plain(int size) {
        return new Blake2.Params(size, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
    }

    @Test
    void testBlake2_rfc7693Vectors() {
        // Tests BLAKE2b-512 and BLAKE2s-256 of "abc" against RFC 7693, appendices A and B.
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
                run(new Blake2(true, plain(64)), "abc", 64));
        assertEquals("508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
                run(new Blake2(false, plain(32)), "abc", 32));
    }

    @Test
    void testBlake2_copyIsIndependent() {
        // Tests that a copy continues from the same state and does not share the buffer.
        Blake2 a = new Blake2(true, plain(32));
        byte[] x = ascii("ab");
        a.update(x, 0, 2);
        Digest b = a.copy();
        a.update(ascii("c"), 0, 1);
        b.update(ascii("c"), 0, 1);
        assertEquals(PyHash.hex(a.digest(32)), PyHash.hex(b.digest(32)));
    }

    @Test
    void testKeccak_fips202Vectors() {
        // Tests SHA3-256("abc") and SHAKE128("", 32 bytes) against FIPS 202's examples.
        assertEquals("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
                run(new Keccak(136, 0x06), "abc", 32));
        assertEquals("7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26",
                run(new Keccak(168, 0x1f), "", 32));
    }

    @Test
    void testKeccak_outputLongerThanRate() {
        // Tests that squeezing past one block continues the stream (prefix stays the same).
        Keccak k = new Keccak(168, 0x1f);
        String longer = PyHash.hex(k.digest(400));
        assertEquals(PyHash.hex(k.digest(32)), longer.substring(0, 64));
    }
}
