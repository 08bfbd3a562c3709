package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnicodePropertiesTest {

    @Test
    void testIsSpaceAndIsPrintable_matchCPython() {
        // Tests str.isspace()/str.isprintable() for the whitespace-like code points (values from CPython 3.11).
        int[] cps = {0x20, 0x1c, 0x85, 0xa0, 0x1680, 0x2000, 0x200b, 0x2028, 0x202f, 0x3000, 0xfeff, 0x0b};
        boolean[] space = {true, true, true, true, true, true, false, true, true, true, false, true};
        boolean[] printable = {true, false, false, false, false, false, false, false, false, false, false, false};
        for (int i = 0; i < cps.length; i++) {
            assertEquals(space[i], UnicodeProperties.isSpace(cps[i]), Integer.toHexString(cps[i]));
            assertEquals(printable[i], UnicodeProperties.isPrintable(cps[i]), Integer.toHexString(cps[i]));
        }
    }

    @Test
    void testDecimalValue_onlyCategoryNd() {
        // Tests that only decimal digits (Nd) have a value: Arabic-Indic and mathematical digits yes, superscript two no.
        assertEquals(1, UnicodeProperties.decimalValue(0x661));
        assertEquals(1, UnicodeProperties.decimalValue(0x1d7d9));
        assertEquals(-1, UnicodeProperties.decimalValue(0xb2));
        assertEquals(-1, UnicodeProperties.decimalValue('a'));
    }

    @Test
    void testTransform_mapsDigitsSpacesAndOthers() {
        // Tests _PyUnicode_TransformDecimalAndSpaceToASCII: digits to ASCII, spaces to ' ', other non-ASCII to '?'.
        assertEquals("12 3?", UnicodeProperties.transformDecimalAndSpaceToAscii("\u0661\u0662\u3000\ud835\udfd1\u00e9"));
    }
}
