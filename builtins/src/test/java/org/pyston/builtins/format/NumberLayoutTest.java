package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberLayoutTest {

    @Test
    void testGroup_insertsSeparatorsAndGroupedZeroPadding() {
        // Tests CPython's grouping: every 3 (or 4) digits, zero padding to a minimum width is grouped too.
        assertEquals("1,234,567", NumberLayout.group("1234567", 0, ',', 3));
        assertEquals("00,001,234", NumberLayout.group("1234", 10, ',', 3));
        assertEquals("0,001,234", NumberLayout.group("1234", 8, ',', 3));
        assertEquals("0_00ff", NumberLayout.group("ff", 6, '_', 4));
        assertEquals("000123", NumberLayout.group("123", 6, '\0', 3));
        assertEquals("7", NumberLayout.group("7", -3, ',', 3));
    }

    @Test
    void testLayout_alignmentsAndSigns() {
        // Tests the placement of sign, prefix and padding for each alignment, matching format() of ints.
        FormatSpec spec = FormatSpec.parseForInt("*^+#12x");
        assertEquals("***+0xff****", NumberLayout.layout(false, "0x", "ff", "", spec, '\0', 4));
        assertEquals("-0x00000ff", NumberLayout.layout(true, "0x", "ff", "", FormatSpec.parseForInt("010"), '\0', 4));
        assertEquals("   -1.5", NumberLayout.layout(true, "", "1", ".5", FormatSpec.parseForFloat("7"), '\0', 3));
        assertEquals("-1.5   ", NumberLayout.layout(true, "", "1", ".5", FormatSpec.parseForFloat("<7"), '\0', 3));
        assertEquals("-   1.5", NumberLayout.layout(true, "", "1", ".5", FormatSpec.parseForFloat("=7"), '\0', 3));
    }
}
