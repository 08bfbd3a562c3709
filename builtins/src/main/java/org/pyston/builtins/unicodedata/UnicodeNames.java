package org.pyston.builtins.unicodedata;

import java.util.Locale;

/**
 * Character names as Python's unicodedata gives them, over {@link Character#getName}: the JDK
 * names unnamed characters "BLOCK NAME HEX" and controls by their Unicode 1.0 names, where Python
 * has no name; ideographs and Hangul syllables get their algorithmic names (CJK UNIFIED
 * IDEOGRAPH-4E00, HANGUL SYLLABLE HAN). Name aliases and named sequences are not known.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_BASE = 0xAC00;
    private static final int HANGUL_COUNT = 11172;

    /** The algorithmic name prefix of the ideographs of {@code block}, or null. */
    private static String ideographPrefix(Character.UnicodeBlock block) {
        if (block == null) {
            return null;
        }
        String b = block.toString();
        if (b.startsWith("CJK_UNIFIED_IDEOGRAPHS")) {
            return "CJK UNIFIED IDEOGRAPH-";
        }
        if (b.startsWith("TANGUT")) {
            return "TANGUT IDEOGRAPH-";
        }
        if (b.equals("KHITAN_SMALL_SCRIPT")) {
            return "KHITAN SMALL SCRIPT CHARACTER-";
        }
        if (b.equals("NUSHU")) {
            return "NUSHU CHARACTER-";
        }
        return null;
    }

    /** The name of {@code cp}, or null when it has none. */
    static String name(int cp) {
        if (cp >= HANGUL_BASE && cp < HANGUL_BASE + HANGUL_COUNT) {
            int s = cp - HANGUL_BASE;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
        }
        if (!Character.isDefined(cp) || Character.getType(cp) == Character.CONTROL) {
            return null;
        }
        String n = Character.getName(cp);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (n == null || block != null && n.equals(block.toString().replace('_', ' ') + " " + hex)) {
            String prefix = ideographPrefix(block);
            return prefix == null ? null : prefix + hex;
        }
        return n;
    }

    /** The code point named {@code name} (case-insensitively), or -1. */
    static int lookup(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.startsWith("HANGUL SYLLABLE ")) {
            String rest = n.substring("HANGUL SYLLABLE ".length());
            for (int s = 0; s < HANGUL_COUNT; s++) {
                if (rest.equals(JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28])) {
                    return HANGUL_BASE + s;
                }
            }
            return -1;
        }
        int dash = n.lastIndexOf('-');
        if (dash > 0) {
            try {
                int cp = Integer.parseInt(n.substring(dash + 1), 16);
                if (cp >= 0 && cp <= Character.MAX_CODE_POINT && n.equals(name(cp))) {
                    return cp;
                }
            } catch (NumberFormatException e) {
                // not an algorithmic name: try the table
            }
        }
        try {
            int cp = Character.codePointOf(n);
            return n.equals(name(cp)) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
