package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FloatFormatterTest {

    @Test
    void testRepr_documentedExamples() {
        // Tests that repr matches CPython on the classic examples, including the exponent switch.
        assertEquals("0.1", FloatFormatter.repr(0.1));
        assertEquals("0.30000000000000004", FloatFormatter.repr(0.1 + 0.2));
        assertEquals("1e+16", FloatFormatter.repr(1e16));
        assertEquals("1e-05", FloatFormatter.repr(1e-5));
        assertEquals("0.0001", FloatFormatter.repr(1e-4));
        assertEquals("1.5e-07", FloatFormatter.repr(1.5e-7));
        assertEquals("123456789012345.0", FloatFormatter.repr(123456789012345.0));
        assertEquals("1.2345678901234568e+16", FloatFormatter.repr(1.2345678901234567e16));
        assertEquals("9999999999999998.0", FloatFormatter.repr(9999999999999998.0));
        assertEquals("inf", FloatFormatter.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatFormatter.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatFormatter.repr(Double.NaN));
        assertEquals("-0.0", FloatFormatter.repr(-0.0));
        assertEquals("5e-324", FloatFormatter.repr(Double.MIN_VALUE));
        assertEquals("1e-323", FloatFormatter.repr(2 * Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatFormatter.repr(Double.MAX_VALUE));
        assertEquals("2e+23", FloatFormatter.repr(2e23));
    }

    @Test
    void testRepr_shortestRoundTripMatchesCPython() {
        // Tests that repr equals CPython's repr for ~4000 doubles (random bit patterns, powers of two and neighbours, subnormals).
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("float_repr.txt")) {
            m.check(row[0], row[1], FloatFormatter.repr(OracleFile.bits(row[0])));
        }
        m.assertNone();
    }

    @Test
    void testRepr_roundTripsAndIsShortestForRandomDoubles() {
        // Tests that repr of random doubles parses back to the same double and agrees with an exact BigDecimal shortest search.
        Random rnd = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(rnd.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String r = FloatFormatter.repr(d);
            assertEquals(d, Double.parseDouble(r), r);
            if (i % 100 == 0 && d != 0) {
                assertEquals(ShortestDecimal.exactShortest(Math.abs(d)).toString(),
                        DecimalDigits.shortest(d).toString(), r);
            }
        }
    }

    @Test
    void testFormat_matchesCPythonForManySpecs() {
        // Tests format(float, spec) against CPython for ~16000 value/spec pairs, including errors.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("float_format.txt")) {
            double d = OracleFile.bits(row[0]);
            m.check(row[0] + " '" + row[1] + "'", row[2], OracleFile.outcome(() -> FloatFormatter.format(d, row[1])));
        }
        m.assertNone();
    }

    @Test
    void testFormat_correctRoundingHalfEvenOnExactValue() {
        // Tests that fixed and exponent formats round the exact binary value half-even, as CPython.
        assertEquals("2.67", FloatFormatter.format(2.675, ".2f"));
        assertEquals("0.12", FloatFormatter.format(0.125, ".2f"));
        assertEquals("0.38", FloatFormatter.format(0.375, ".2f"));
        assertEquals("2", FloatFormatter.format(2.5, ".0f"));
        assertEquals("9.5e-01", FloatFormatter.format(0.95, ".1e"));
        assertEquals("2.5e-01", FloatFormatter.format(0.25, ".1e"));
        assertEquals("5e-324", FloatFormatter.format(Double.MIN_VALUE, ".1g"));
        assertEquals("1e+02", FloatFormatter.format(99.5, ".0e"));
        assertEquals("0.1000000000000000055511151231257827021181583404541015625",
                FloatFormatter.format(0.1, ".55f"));
    }

    @Test
    void testFormat_groupingPadsZerosWithSeparators() {
        // Tests that '0' padding with ',' grouping groups the padding zeros as well.
        assertEquals("0,001,234.5", FloatFormatter.format(1234.5, "011,.1f"));
        assertEquals("-0,001,234.5", FloatFormatter.format(-1234.5, "012,.1f"));
        assertEquals("1_234_567.0", FloatFormatter.format(1234567.0, "_"));
    }

    @Test
    void testPercentFormat_matchesCPython() {
        // Tests printf-style float conversions against CPython, including %r and %s via repr.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("float_percent.txt")) {
            double d = OracleFile.bits(row[0]);
            PercentSpec spec = PercentFormat.parseSingle(row[1]);
            String actual = OracleFile.outcome(() -> spec.conversion() == 'r' || spec.conversion() == 's'
                    ? spec.formatText(FloatFormatter.repr(d))
                    : FloatFormatter.percentFormat(d, spec));
            m.check(row[0] + " '" + row[1] + "'", row[2], actual);
        }
        m.assertNone();
    }

    @Test
    void testFormat_precisionTooBig() {
        // Tests that a precision beyond INT_MAX raises CPython's "precision too big".
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FloatFormatter.format(1.0, ".2147483648f"));
        assertEquals("precision too big", e.getMessage());
    }

    @Test
    void testToString_rejectsUnknownCode() {
        // Tests that the PyOS_double_to_string equivalent rejects codes other than e E f F g G r.
        assertThrows(IllegalArgumentException.class, () -> FloatFormatter.toString(1.0, 'x', 1, false, false, false));
    }
}
