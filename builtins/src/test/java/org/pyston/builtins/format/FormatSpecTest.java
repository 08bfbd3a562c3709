package org.pyston.builtins.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormatSpecTest {

    @Test
    void testParse_allFields() {
        // Tests that every field of the mini-language is parsed into the record.
        FormatSpec s = FormatSpec.parse("*^+z#012,.3f", FormatSpec.FLOAT_DEFAULT_TYPE, "float");
        assertEquals(new FormatSpec('*', '^', '+', true, true, false, 12, ',', 3, 'f'), s);
        FormatSpec z = FormatSpec.parseForInt("010");
        assertEquals('0', z.fill());
        assertEquals('=', z.numericAlign());
        assertEquals('d', z.type());
        FormatSpec astral = FormatSpec.parseForStr("\ud83d\ude00<6");
        assertEquals(0x1f600, astral.fill());
    }

    @Test
    void testParse_errorMessages() {
        // Tests CPython's ValueError messages raised while parsing a spec.
        assertEquals("Invalid format specifier 'abc' for object of type 'float'",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.parseForFloat("abc")).getMessage());
        assertEquals("Format specifier missing precision",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.parseForInt(".")).getMessage());
        assertEquals("Cannot specify ',' with 's'.",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.parseForStr(",")).getMessage());
        assertEquals("Cannot specify both ',' and '_'.",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.parseForInt("_,")).getMessage());
        assertEquals("Cannot specify ',' with '\\x1'.",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.parseForInt(",\u0001")).getMessage());
        assertEquals("Too many decimal digits in format string",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.parseForInt("99999999999999999999")).getMessage());
    }

    @Test
    void testFormatString_matchesCPython() {
        // Tests str.__format__ (truncation, padding by code point, and all error messages) against CPython.
        OracleFile.Mismatches m = new OracleFile.Mismatches();
        for (String[] row : OracleFile.read("str_format.txt")) {
            String actual = OracleFile.outcome(() -> row[1].isEmpty() ? row[0]
                    : FormatSpec.formatString(row[0], FormatSpec.parseForStr(row[1])));
            m.check("'" + row[0] + "' '" + row[1] + "'", row[2], actual);
        }
        m.assertNone();
    }
}
