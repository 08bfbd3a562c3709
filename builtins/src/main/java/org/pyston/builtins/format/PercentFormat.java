package org.pyston.builtins.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printf-style format string ({@code str % args}) into literal text and conversion
 * specifiers, as CPython's {@code unicode_format_arg_parse}.
 *
 * <p>Only {@code %%} is a literal percent; anything else after '%' is a conversion. The
 * parser does not judge conversion characters: CPython raises "unsupported format
 * character" only after fetching the argument, so the driver must fetch first and then call
 * {@link #unsupportedCharacterMessage}. Parse errors ("incomplete format",
 * "incomplete format key", "width too big", "precision too big") become a final
 * {@link Segment} with {@code error} set, because CPython raises them only when the
 * formatting reaches that point (after earlier conversions, and after a mapping-key lookup).
 * A 'h', 'l' or 'L' length modifier is ignored, as in CPython.
 */
public final class PercentFormat {
    private PercentFormat() {}

    /**
     * One piece of a format string: literal text ({@code literal != null}), a conversion
     * ({@code spec != null}; {@code index} is the code point index of its conversion
     * character, for error messages), or a parse error ({@code error != null}, possibly
     * after a mapping key {@code errorKey} that CPython looks up first).
     */
    public record Segment(String literal, PercentSpec spec, int index, String error, String errorKey) {
        static Segment text(String s) {
            return new Segment(s, null, -1, null, null);
        }
    }

    /** Parses the whole format string. */
    public static List<Segment> parse(String format) {
        List<Segment> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                text.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && format.charAt(i + 1) == '%') {
                text.append('%');
                i += 2;
                continue;
            }
            if (text.length() > 0) {
                out.add(Segment.text(text.toString()));
                text.setLength(0);
            }
            i++;
            String key = null;
            if (i < n && format.charAt(i) == '(') {
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    char k = format.charAt(i);
                    if (k == ')') {
                        depth--;
                    } else if (k == '(') {
                        depth++;
                    }
                    i++;
                }
                if (depth > 0) {
                    out.add(new Segment(null, null, -1, "incomplete format key", null));
                    return out;
                }
                key = format.substring(keyStart, i - 1);
            }
            boolean left = false;
            boolean zero = false;
            boolean alt = false;
            char sign = '\0';
            int width = -1;
            boolean widthStar = false;
            int precision = -1;
            boolean precisionStar = false;
            loop:
            while (i < n) {
                switch (format.charAt(i)) {
                    case '-': left = true; break;
                    case '+': sign = '+'; break;
                    case ' ': if (sign != '+') { sign = ' '; } break;
                    case '#': alt = true; break;
                    case '0': zero = true; break;
                    default: break loop;
                }
                i++;
            }
            String error = null;
            if (i < n && format.charAt(i) == '*') {
                widthStar = true;
                i++;
            } else if (i < n && isDigit(format.charAt(i))) {
                long w = 0;
                while (i < n && isDigit(format.charAt(i))) {
                    w = w * 10 + (format.charAt(i) - '0');
                    if (w > Integer.MAX_VALUE) {
                        error = "width too big";
                        break;
                    }
                    i++;
                }
                width = (int) w;
            }
            if (error == null && i < n && format.charAt(i) == '.') {
                precision = 0;
                i++;
                if (i < n && format.charAt(i) == '*') {
                    precisionStar = true;
                    i++;
                } else {
                    long p = 0;
                    while (i < n && isDigit(format.charAt(i))) {
                        p = p * 10 + (format.charAt(i) - '0');
                        if (p > Integer.MAX_VALUE) {
                            error = "precision too big";
                            break;
                        }
                        i++;
                    }
                    precision = (int) p;
                }
            }
            if (error == null && i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l'
                    || format.charAt(i) == 'L')) {
                i++;
            }
            if (error == null && i >= n) {
                error = "incomplete format";
            }
            if (error != null) {
                out.add(new Segment(null, null, -1, error, key));
                return out;
            }
            int cp = format.codePointAt(i);
            int index = format.codePointCount(0, i);
            i += Character.charCount(cp);
            char conversion = cp > 0xffff ? '\uffff' : (char) cp;
            PercentSpec spec = new PercentSpec(key, left, sign, zero, alt, width, widthStar, precision,
                    precisionStar, conversion);
            out.add(new Segment(null, spec, index, null, null));
        }
        if (text.length() > 0) {
            out.add(Segment.text(text.toString()));
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses a format string consisting of exactly one conversion (e.g. "%-08.3f"). */
    public static PercentSpec parseSingle(String format) {
        List<Segment> segments = parse(format);
        if (segments.size() != 1 || segments.get(0).spec() == null) {
            throw new IllegalArgumentException("not a single conversion: " + format);
        }
        return segments.get(0).spec();
    }

    /**
     * CPython's "unsupported format character" message for a conversion code point at code
     * point index {@code index}.
     */
    public static String unsupportedCharacterMessage(int codePoint, int index) {
        char shown = codePoint >= 31 && codePoint <= 126 ? (char) codePoint : '?';
        return "unsupported format character '" + shown + "' (0x" + Integer.toHexString(codePoint)
                + ") at index " + index;
    }
}
