package org.pyston.builtins.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Drives the matcher with code arrays produced by CPython 3.11's {@code re._compiler._code}
 * (copied here as literals), so the engine is tested without the {@code re} package.
 */
class SreStateTest {

    private static int[] codes(long... words) {
        int[] c = new int[words.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (int) words[i];
        }
        return c;
    }

    private static SreState str(int[] code, int groups, String s) {
        return new SreState(code, groups, s, null, null, s.length(), 0, Long.MAX_VALUE);
    }

    private static final long MAX = 4294967295L;

    /** 'abc': INFO with a literal prefix that is the whole pattern. */
    private static final int[] ABC = codes(14, 12, 3, 3, 3, 3, 3, 97, 98, 99, 0, 0, 0, 16, 97, 16, 98, 16, 99, 1);
    /** '(a|b)*'. */
    private static final int[] A_OR_B_STAR = codes(14, 4, 0, 0, MAX, 23, 13, 0, MAX, 17, 0, 13, 5, 22, 97, 98, 0, 17,
            1, 18, 1);
    /** '[0-9]+x'. */
    private static final int[] DIGITS_X = codes(14, 4, 0, 2, MAX, 24, 10, 1, MAX, 13, 5, 22, 48, 57, 0, 1, 16, 120, 1);
    /** 'a++a'. */
    private static final int[] POSSESSIVE = codes(14, 4, 0, 2, MAX, 29, 6, 1, MAX, 16, 97, 1, 16, 97, 1);
    /** '(?P&lt;n&gt;\w+)@(\w+)'. */
    private static final int[] EMAIL = codes(14, 4, 0, 3, MAX, 17, 0, 24, 9, 1, MAX, 13, 4, 8, 14, 0, 1, 17, 1, 16, 64,
            17, 2, 24, 9, 1, MAX, 13, 4, 8, 14, 0, 1, 17, 3, 1);
    /** '.'. */
    private static final int[] DOT = codes(14, 4, 0, 1, 1, 2, 1);
    /** '(?i)k': LITERAL_UNI_IGNORE. */
    private static final int[] IGNORE_K = codes(14, 4, 0, 1, 1, 40, 107, 1);
    /** '(?&lt;=a)b(?!c)'. */
    private static final int[] LOOKAROUND = codes(14, 4, 0, 1, 1, 4, 5, 1, 16, 97, 1, 16, 98, 5, 5, 0, 16, 99, 1, 1);

    @Test
    void testSearch_literalPrefix() {
        // Tests that the INFO prefix scan finds a literal pattern and reports its span.
        SreState st = str(ABC, 0, "xxabxabcab");
        assertTrue(st.search());
        assertEquals(5, st.start);
        assertEquals(8, st.ptr);
    }

    @Test
    void testMatch_repeatWithGroupOverLongSubject() {
        // Tests that (a|b)* over 200,000 characters neither recurses in Java nor loses the last group.
        String s = "ab".repeat(100_000);
        SreState st = str(A_OR_B_STAR, 1, s);
        assertTrue(st.match(false));
        assertEquals(200_000, st.ptr);
        assertEquals(199_999, st.marks[0]);
        assertEquals(200_000, st.marks[1]);
        assertEquals(1, st.lastindex);
    }

    @Test
    void testSearch_repeatOneWithLiteralTail() {
        // Tests that REPEAT_ONE backs off to where its literal tail matches.
        SreState st = str(DIGITS_X, 0, "ab12c345x");
        assertTrue(st.search());
        assertEquals(5, st.start);
        assertEquals(9, st.ptr);
    }

    @Test
    void testMatch_possessiveNeverGivesBack() {
        // Tests that a++a fails where a+a would match.
        assertFalse(str(POSSESSIVE, 0, "aaaa").search());
    }

    @Test
    void testSearch_groupsMarks() {
        // Tests the marks of two groups after a search.
        SreState st = str(EMAIL, 2, "mail joe@home now");
        assertTrue(st.search());
        assertEquals(5, st.start);
        assertEquals(13, st.ptr);
        assertEquals(5, st.marks[0]);
        assertEquals(8, st.marks[1]);
        assertEquals(9, st.marks[2]);
        assertEquals(13, st.marks[3]);
        assertEquals(2, st.lastindex);
    }

    @Test
    void testMatch_codePointsBeyondBmp() {
        // Tests that '.' consumes one code point of a supplementary character.
        int[] cps = "\uD83D\uDE00x".codePoints().toArray();
        SreState st = new SreState(DOT, 0, null, null, cps, cps.length, 0, Long.MAX_VALUE);
        assertTrue(st.match(false));
        assertEquals(1, st.ptr);
    }

    @Test
    void testMatch_bytesSubject() {
        // Tests matching over a bytes subject, whose high bytes are unsigned.
        byte[] b = {(byte) 0xff, 'a'};
        SreState st = new SreState(DOT, 0, null, b, null, 2, 0, Long.MAX_VALUE);
        assertTrue(st.match(false));
        assertEquals(1, st.ptr);
    }

    @Test
    void testMatch_unicodeIgnoreCaseKelvin() {
        // Tests that (?i)k matches the Kelvin sign, whose simple lowercase is 'k'.
        assertTrue(str(IGNORE_K, 0, "\u212a").match(false));
        assertTrue(str(IGNORE_K, 0, "K").match(false));
    }

    @Test
    void testSearch_lookbehindAndNegativeLookahead() {
        // Tests ASSERT (look-behind) and ASSERT_NOT together.
        SreState st = str(LOOKAROUND, 0, "abc ab");
        assertTrue(st.search());
        assertEquals(5, st.start);
    }

    @Test
    void testMatch_windowEndpos() {
        // Tests that endpos bounds the subject: 'abc' is not found in "xabc" cut at 3.
        SreState st = new SreState(ABC, 0, "xabc", null, null, 4, 0, 3);
        assertFalse(st.search());
    }
}
