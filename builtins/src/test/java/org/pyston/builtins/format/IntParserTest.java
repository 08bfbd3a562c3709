package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntParserTest {

    @Test
    void testParse_matchesCPython() {
        // Tests int(str, base) against CPython for ~400 inputs: prefixes, underscores, leading zeros, Unicode, digit limit and errors.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("int_parse.txt")) {
            int base = Integer.parseInt(row[1]);
            String what = "'" + (row[0].length() > 60 ? row[0].substring(0, 60) + "..." : row[0]) + "' base " + base;
            m.check(what, row[2], OracleFile.outcome(() -> IntFormatter.toString(IntParser.parse(row[0], base))));
        }
        m.assertNone();
    }

    @Test
    void testParseToLongOrBig_returnsLongWhenItFits() {
        // Tests that values in the long range come back as Long and larger ones as BigInteger.
        assertEquals(Long.MIN_VALUE, IntParser.parseToLongOrBig("-9223372036854775808", 10, 4300));
        assertEquals(Long.MAX_VALUE, IntParser.parseToLongOrBig("0x7fffffffffffffff", 0, 4300));
        assertInstanceOf(Long.class, IntParser.parseToLongOrBig("  -12_3 ", 10, 4300));
        assertEquals(new BigInteger("9223372036854775808"), IntParser.parseToLongOrBig("9223372036854775808", 10, 4300));
    }

    @Test
    void testParse_longDigitRunsSplitExactly() {
        // Tests that long digit runs (parsed by divide and conquer) agree with BigInteger's own parser in several bases.
        java.util.Random r = new java.util.Random(5);
        for (int base : new int[] {3, 10, 36}) {
            for (int len : new int[] {1199, 1200, 1201, 2401, 5000, 20011}) {
                StringBuilder sb = new StringBuilder("1");
                for (int i = 1; i < len; i++) sb.append(Character.forDigit(r.nextInt(base), base));
                assertEquals(new BigInteger(sb.toString(), base), IntParser.parse(sb.toString(), base, 0), base + "/" + len);
                assertEquals(new BigInteger("-" + sb, base), IntParser.parse("-" + sb, base, 0), base + "/-" + len);
            }
        }
    }

    @Test
    void testParse_digitLimitIsAParameter() {
        // Tests that the max-str-digits limit is configurable, 0 disables it, and power-of-two bases ignore it.
        String digits = "7".repeat(1000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntParser.parse(digits, 10, 999));
        assertEquals("Exceeds the limit (999 digits) for integer string conversion: value has 1000 digits; "
                + "use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertEquals(new BigInteger(digits), IntParser.parse(digits, 10, 0));
        assertEquals(new BigInteger(digits, 8), IntParser.parse(digits, 8, 999));
    }
}
