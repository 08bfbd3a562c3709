package org.pyston.builtins.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Tests of {@link SocketAddresses}' numeric address text (glibc's inet_pton/inet_ntop/inet_aton rules). */
class SocketAddressesTest {

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    /** Tests that the longest run of zero words (two or more, first on a tie) becomes '::'. */
    @Test
    void testFormatIPv6_compressesLongestZeroRun() {
        assertEquals("::", SocketAddresses.formatIPv6(new byte[16]));
        assertEquals("::1", SocketAddresses.formatIPv6(hex("00000000000000000000000000000001")));
        assertEquals("2001:db8::1:0:0:1", SocketAddresses.formatIPv6(hex("20010db8000000000001000000000001")));
        assertEquals("1:0:2:3:4:5:6:7", SocketAddresses.formatIPv6(hex("00010000000200030004000500060007")));
        assertEquals("1::", SocketAddresses.formatIPv6(hex("00010000000000000000000000000000")));
    }

    /** Tests that IPv4-mapped and IPv4-compatible addresses end in dotted form. */
    @Test
    void testFormatIPv6_embeddedIPv4() {
        assertEquals("::ffff:10.0.0.1", SocketAddresses.formatIPv6(hex("00000000000000000000ffff0a000001")));
        assertEquals("::10.0.0.1", SocketAddresses.formatIPv6(hex("0000000000000000000000000a000001")));
    }

    /** Tests that '::' expands in any position and a trailing dotted quad is read. */
    @Test
    void testParseIPv6_forms() {
        assertArrayEquals(new byte[16], SocketAddresses.parseIPv6("::"));
        assertArrayEquals(hex("fe800000000000000000000000010002"), SocketAddresses.parseIPv6("fe80::1:2"));
        assertArrayEquals(hex("00000000000000000000ffff01020304"), SocketAddresses.parseIPv6("::ffff:1.2.3.4"));
        assertNull(SocketAddresses.parseIPv6("1::2::3"));
        assertNull(SocketAddresses.parseIPv6(":::"));
        assertNull(SocketAddresses.parseIPv6("12345::"));
        assertNull(SocketAddresses.parseIPv6("1:2:3:4:5:6:7:8:9"));
    }

    /** Tests that inet_pton's IPv4 form is strict and inet_aton's is not. */
    @Test
    void testParseIPv4_strictAndLoose() {
        assertNull(SocketAddresses.parseIPv4("01.2.3.4"));
        assertNull(SocketAddresses.parseIPv4("1.2.3"));
        assertArrayEquals(new byte[] {127, 0, 0, 1}, SocketAddresses.parseIPv4Loose("127.1"));
        assertArrayEquals(new byte[] {127, 0, 0, 1}, SocketAddresses.parseIPv4Loose("0x7f.1"));
        assertArrayEquals(new byte[] {1, 2, 0, 3}, SocketAddresses.parseIPv4Loose("1.2.3"));
        assertNull(SocketAddresses.parseIPv4Loose("256.1.1.1"));
    }
}
