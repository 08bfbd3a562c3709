package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PercentFormatTest {

    @Test
    void testParse_literalsKeysFlagsAndConversions() {
        // Tests splitting into literal text ('%%' is a literal) and fully decoded conversions.
        List<PercentFormat.Segment> s = PercentFormat.parse("a%%b%(name)-+#08.3lfz");
        assertEquals(3, s.size());
        assertEquals("a%b", s.get(0).literal());
        PercentSpec spec = s.get(1).spec();
        assertEquals(new PercentSpec("name", true, '+', true, true, 8, false, 3, false, 'f'), spec);
        assertEquals(19, s.get(1).index());
        assertEquals("z", s.get(2).literal());
        assertEquals(new PercentSpec(null, false, '\0', false, false, -1, true, 0, true, 'd'),
                PercentFormat.parseSingle("%*.*d"));
        assertEquals("a(b)c", PercentFormat.parse("%(a(b)c)s").get(0).spec().key());
    }

    @Test
    void testParse_errorsBecomeFinalSegment() {
        // Tests CPython's parse-time errors: 'incomplete format', 'incomplete format key' (after the key lookup for the former).
        List<PercentFormat.Segment> s = PercentFormat.parse("x%5");
        assertEquals("incomplete format", s.get(s.size() - 1).error());
        assertEquals("incomplete format key", PercentFormat.parse("%(a").get(0).error());
        PercentFormat.Segment keyed = PercentFormat.parse("%(k).").get(0);
        assertEquals("incomplete format", keyed.error());
        assertEquals("k", keyed.errorKey());
        assertNull(PercentFormat.parse("%s").get(0).error());
    }

    @Test
    void testUnsupportedCharacterMessage_matchesCPython() {
        // Tests the message text: printable ASCII is shown, anything else as '?', with the code point index.
        assertEquals("unsupported format character 'y' (0x79) at index 1",
                PercentFormat.unsupportedCharacterMessage('y', PercentFormat.parse("%y").get(0).index()));
        assertEquals("unsupported format character '?' (0xe9) at index 1",
                PercentFormat.unsupportedCharacterMessage(0xe9, 1));
        assertEquals("unsupported format character '%' (0x25) at index 4",
                PercentFormat.unsupportedCharacterMessage('%', PercentFormat.parse("%(a)%").get(0).index()));
    }
}
