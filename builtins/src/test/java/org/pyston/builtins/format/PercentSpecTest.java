package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PercentSpecTest {

    @Test
    void testPad_numericAndTextConversions() {
        // Tests padding rules of printf-style output: zero fill only for numbers, sign before zeros, '-' left-justifies with spaces.
        assertEquals("3    |", PercentFormat.parseSingle("%-5d").pad("3", true) + "|");
        assertEquals("   +3", PercentFormat.parseSingle("%+5d").pad("3", true));
        assertEquals("-0003", PercentFormat.parseSingle("% 05d").pad("-3", true));
        assertEquals("0xff    |", PercentFormat.parseSingle("%#-8x").pad("0xff", true) + "|");
        assertEquals("   ab", PercentFormat.parseSingle("%05s").pad("ab", false));
    }

    @Test
    void testFormatText_precisionTruncatesByCodePoint() {
        // Tests %s precision truncation and width counting by code point.
        assertEquals("a", PercentFormat.parseSingle("%.1s").formatText("ab"));
        assertEquals("    \ud83d\ude00|", PercentFormat.parseSingle("%5.1s").formatText("\ud83d\ude00x") + "|");
    }

    @Test
    void testStarValues_negativeWidthLeftAlignsNegativePrecisionIsZero() {
        // Tests CPython's handling of '*' arguments: '%*d' % (-5, 1) == '1    ' and '%.*f' % (-3, 1.5) == '2'.
        PercentSpec w = PercentFormat.parseSingle("%*d").withWidth(-5);
        assertEquals("1    ", w.pad("1", true));
        PercentSpec p = PercentFormat.parseSingle("%.*f").withPrecision(-3);
        assertEquals("2", FloatFormatter.percentFormat(1.5, p));
    }
}
