package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FloatParserTest {

    private static String render(double d) {
        return Double.isNaN(d) ? "nan" : String.format("%016x", Double.doubleToRawLongBits(d));
    }

    @Test
    void testParse_matchesCPython() {
        // Tests float(str) against CPython for ~1200 inputs: syntax, underscores, Unicode digits/spaces, inf/nan, rounding edge cases and errors.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("float_parse.txt")) {
            m.check("'" + row[0] + "'", row[1], OracleFile.outcome(() -> render(FloatParser.parse(row[0]))));
        }
        m.assertNone();
    }

    @Test
    void testParse_errorMessageUsesReprOfOriginal() {
        // Tests that the ValueError message quotes the original string with Python's repr.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FloatParser.parse("it's"));
        assertEquals("could not convert string to float: \"it's\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FloatParser.parse("\u00a0x"));
        assertEquals("could not convert string to float: '\\xa0x'", e.getMessage());
    }

    @Test
    void testParse_roundTripsRepr() {
        // Tests that parsing the repr of random doubles gives the same double back.
        Random rnd = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isNaN(d)) {
                assertEquals(d, FloatParser.parse(FloatFormatter.repr(d)));
            }
        }
    }

    @Test
    void testHex_matchesCPython() {
        // Tests float.hex and float.fromhex against CPython, including rounding, subnormals, overflow and syntax errors.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("float_hex.txt")) {
            if (row[0].equals("hex")) {
                m.check("hex " + row[1], row[2], FloatParser.toHex(OracleFile.bits(row[1])));
            } else {
                m.check("fromhex '" + row[1] + "'", row[2], OracleFile.outcome(() -> render(FloatParser.fromHex(row[1]))));
            }
        }
        m.assertNone();
    }

    @Test
    void testFromHex_inverseOfToHex() {
        // Tests that fromHex(toHex(d)) == d for random doubles.
        Random rnd = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isNaN(d)) {
                assertEquals(d, FloatParser.fromHex(FloatParser.toHex(d)));
            }
        }
        assertTrue(Double.isNaN(FloatParser.fromHex("nan")));
    }
}
