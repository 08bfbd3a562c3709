package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntFormatterTest {

    private static BigInteger value(String s) {
        boolean neg = s.startsWith("-");
        String t = neg ? s.substring(1) : s;
        BigInteger v = t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
        return neg ? v.negate() : v;
    }

    @Test
    void testAllOperations_matchCPython() {
        // Tests str, bin, oct, hex, format(int, spec) and printf-style % of ints against CPython for ~9600 cases.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("int_format.txt")) {
            BigInteger v = value(row[1]);
            String op = row[0];
            String actual = OracleFile.outcome(() -> {
                switch (op) {
                    case "str": return IntFormatter.toString(v);
                    case "bin": return IntFormatter.toBase(v, 2);
                    case "oct": return IntFormatter.toBase(v, 8);
                    case "hex": return IntFormatter.toBase(v, 16);
                    case "format": return IntFormatter.format(v, row[2]);
                    default: return IntFormatter.percentFormat(v, PercentFormat.parseSingle(row[2]), 4300);
                }
            });
            String shown = row[1].length() > 40 ? row[1].substring(0, 40) + "..." : row[1];
            m.check(op + " " + shown + " '" + row[2] + "'", row[3], actual);
        }
        m.assertNone();
    }

    @Test
    void testToString_digitLimitMessage() {
        // Tests str() of an int beyond the digit limit raises CPython's message, and that the limit is a parameter.
        BigInteger big = BigInteger.TEN.pow(5000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntFormatter.toString(big));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", e.getMessage());
        assertEquals(5001, IntFormatter.toString(big, 0).length());
        assertEquals(5001, IntFormatter.toString(big, 5001).length());
    }

    @Test
    void testFormat_charOutOfRange() {
        // Tests that 'c' outside range(0x110000) raises OverflowError with CPython's message.
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> IntFormatter.format(BigInteger.valueOf(0x110000), "c"));
        assertEquals("%c arg not in range(0x110000)", e.getMessage());
    }

    @Test
    void testLongOverloads_agreeWithBigInteger() {
        // Tests that the long convenience overloads give the same text as the BigInteger versions (values from CPython).
        assertEquals("-9223372036854775808", IntFormatter.toString(Long.MIN_VALUE));
        assertEquals("-0x8000000000000000", IntFormatter.toBase(Long.MIN_VALUE, 16));
        assertEquals("+0b1_1111_1111", IntFormatter.format(511L, FormatSpec.parseForInt("+#_b"), "int", 4300));
        assertEquals("  0XFF", IntFormatter.percentFormat(255L, PercentFormat.parseSingle("%#6X"), 4300));
    }
}
