package org.pyston.builtins.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads the CPython-generated expectation files under {@code format/} (written by
 * {@code generate_expected.py}): TAB-separated fields with {@code \\uXXXX} escapes.
 */
final class OracleFile {
    private OracleFile() {}

    static List<String[]> read(String name) {
        InputStream in = OracleFile.class.getResourceAsStream("/format/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource format/" + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = decode(fields[i]);
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(rows.size() > 10, "oracle file too small: " + name);
        return rows;
    }

    static String decode(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /**
     * Runs {@code action} and renders its result like the oracle: the text, or
     * "!ValueError: msg" / "!OverflowError: msg" for the mapped Java exceptions.
     */
    static String outcome(Supplier<String> action) {
        try {
            return action.get();
        } catch (IllegalArgumentException e) {
            return "!ValueError: " + e.getMessage();
        } catch (ArithmeticException e) {
            return "!OverflowError: " + e.getMessage();
        }
    }

    /** Collects mismatches and fails with the first few, so one run shows the whole picture. */
    static final class Mismatches {
        private final List<String> items = new ArrayList<>();
        private int checked;

        void check(String what, String expected, String actual) {
            checked++;
            if (!expected.equals(actual)) {
                items.add(what + ": expected <" + cut(expected) + "> but was <" + cut(actual) + ">");
            }
        }

        private static String cut(String s) {
            return s.length() > 200 ? s.substring(0, 200) + "..." : s;
        }

        void assertNone() {
            if (!items.isEmpty()) {
                fail(items.size() + " of " + checked + " mismatches, first:\n"
                        + String.join("\n", items.subList(0, Math.min(25, items.size()))));
            }
            assertTrue(checked > 0);
        }
    }

    static void assertOutcome(String expected, Supplier<String> action) {
        assertEquals(expected, outcome(action));
    }
}
