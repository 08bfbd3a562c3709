package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimalDigitsTest {

    private static String viaBigDecimal(BigDecimal bd) {
        return DecimalDigits.fromBigDecimal(bd).toString();
    }

    @Test
    void testSignificant_fastPathsAgreeWithExactRounding() {
        // Tests that significant() (with its shortest-digit fast paths) equals exact half-even rounding for random doubles and precisions.
        Random rnd = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            double d = Math.abs(Double.longBitsToDouble(rnd.nextLong()));
            if (i % 3 == 0) {
                d = Math.round(rnd.nextDouble() * 1e6) / Math.pow(10, rnd.nextInt(7));
            }
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                continue;
            }
            int n = 1 + rnd.nextInt(20);
            String expected = viaBigDecimal(new BigDecimal(d).round(new MathContext(n, RoundingMode.HALF_EVEN)));
            assertEquals(expected, DecimalDigits.significant(d, n).toString(), d + " n=" + n);
        }
    }

    @Test
    void testFixed_fastPathsAgreeWithExactRounding() {
        // Tests that fixed() equals exact half-even rounding to n places, including results that round to zero.
        Random rnd = new Random(6);
        for (int i = 0; i < 50_000; i++) {
            double d = i % 2 == 0 ? rnd.nextDouble() * Math.pow(10, rnd.nextInt(30) - 15)
                    : Math.round(rnd.nextDouble() * 1e5) / Math.pow(10, rnd.nextInt(6));
            int n = rnd.nextInt(20);
            String expected = viaBigDecimal(new BigDecimal(d).setScale(n, RoundingMode.HALF_EVEN));
            assertEquals(expected, DecimalDigits.fixed(d, n).toString(), d + " n=" + n);
        }
    }

    @Test
    void testZero_isSingleZeroDigit() {
        // Tests the zero invariant: digits "0" with decpt 1, whatever the mode.
        assertTrue(DecimalDigits.shortest(-0.0).isZero());
        assertEquals("0.0e1", DecimalDigits.fixed(0.001, 1).toString());
        assertEquals("0.0e1", DecimalDigits.significant(0.0, 5).toString());
    }
}
