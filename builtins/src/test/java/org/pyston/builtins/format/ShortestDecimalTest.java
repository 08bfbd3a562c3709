package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortestDecimalTest {

    @Test
    void testLogApproximations_exactOverTheirRange() {
        // Tests that the fixed-point floor(log) helpers equal exact BigDecimal/BigInteger computations over the exponent range used.
        for (int e = -1100; e <= 1100; e++) {
            BigDecimal p2 = e >= 0 ? new BigDecimal(BigInteger.TWO.pow(e))
                    : BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow(-e)));
            assertEquals(floorLog10(p2), ShortestDecimal.flog10pow2(e), "flog10pow2 " + e);
            assertEquals(floorLog10(p2.multiply(new BigDecimal("0.75"))), ShortestDecimal.flog10threeQuartersPow2(e),
                    "flog10threeQuartersPow2 " + e);
        }
        for (int e = -400; e <= 400; e++) {
            int expected = e >= 0 ? BigInteger.TEN.pow(e).bitLength() - 1
                    : -BigInteger.TEN.pow(-e).subtract(BigInteger.ONE).bitLength();
            assertEquals(expected, ShortestDecimal.flog2pow10(e), "flog2pow10 " + e);
        }
    }

    private static int floorLog10(BigDecimal x) {
        // adjusted exponent of the exact value = floor(log10(x)) for x > 0
        return x.precision() - x.scale() - 1;
    }

    @Test
    void testToDecimal_agreesWithExactSearch() {
        // Tests that Schubfach agrees with the exact BigDecimal shortest search on random doubles, powers of two and subnormals.
        Random rnd = new Random(3);
        for (int i = 0; i < 3000; i++) {
            long bits = i < 2046 ? ((long) (i + 1) << 52) : rnd.nextLong() & Long.MAX_VALUE;
            double d = Double.longBitsToDouble(bits);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
                continue;
            }
            assertEquals(ShortestDecimal.exactShortest(d).toString(), ShortestDecimal.toDecimal(d).toString(), "" + d);
        }
        for (long t = 1; t < 300; t++) {
            double d = Double.longBitsToDouble(t);
            assertEquals(ShortestDecimal.exactShortest(d).toString(), ShortestDecimal.toDecimal(d).toString(), "" + d);
        }
    }

    @Test
    void testToDecimal_tiniestSubnormalsAreTrulyShortest() {
        // Tests that the two smallest subnormals give one digit (CPython's 5e-324, 1e-323), unlike the JDK's two.
        assertEquals("0.5e-323", ShortestDecimal.toDecimal(Double.MIN_VALUE).toString());
        assertEquals("0.1e-322", ShortestDecimal.toDecimal(2 * Double.MIN_VALUE).toString());
        assertEquals(new BigDecimal(Double.MIN_VALUE).setScale(324, RoundingMode.HALF_EVEN).toPlainString(),
                "0." + "0".repeat(323) + "5");
    }
}
