package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrReprTest {

    @Test
    void testRepr_quoteChoiceAndEscapes() {
        // Tests the quote choice and the basic escapes of str repr.
        assertEquals("'abc'", StrRepr.repr("abc"));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'both \\' and \"'", StrRepr.repr("both ' and \""));
        assertEquals("'\\t\\n\\r\\\\\\x00\\x7f'", StrRepr.repr("\t\n\r\\\u0000\u007f"));
        assertEquals("'\\ud800'", StrRepr.repr("\ud800"));
        assertEquals("'\ud83d\ude00'", StrRepr.repr("\ud83d\ude00"));
    }

    @Test
    void testReprAndAscii_matchCPython() {
        // Tests repr() and ascii() of ~320 strings (controls, Latin-1, formats, separators, surrogates, astral) against CPython.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("str_repr.txt")) {
            m.check("repr " + row[1], row[1], StrRepr.repr(row[0]));
            m.check("ascii " + row[2], row[2], StrRepr.ascii(row[0]));
        }
        m.assertNone();
    }

    @Test
    void testEscapeNonAscii_backslashReplacesRepr() {
        // Tests that escapeNonAscii turns an arbitrary repr into ascii() output.
        assertEquals("[1, '\\xe9\\u4e2d\\U0001f600']", StrRepr.escapeNonAscii("[1, '\u00e9\u4e2d\ud83d\ude00']"));
    }

    @Test
    void testBytesRepr_matchesCPython() {
        // Tests repr() of ~100 byte strings, including all 256 byte values and quote choice, against CPython.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("bytes_repr.txt")) {
            m.check(row[0], row[1], StrRepr.bytesRepr(HexFormat.of().parseHex(row[0])));
        }
        m.assertNone();
    }
}
