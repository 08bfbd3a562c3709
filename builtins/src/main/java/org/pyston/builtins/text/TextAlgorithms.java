package org.pyston.builtins.text;

/**
 * String algorithms shared by str and bytes (bytes run them on Latin-1 strings): replace with a
 * count, padding, zfill, tab expansion. Positions are Java chars; callers with non-BMP text pass
 * code-point-safe input or accept char semantics where CPython's result is the same.
 */
public final class TextAlgorithms {
    private TextAlgorithms() {
    }

    /** {@code s.replace(old, new, max)}; max < 0 means all. Empty {@code old} inserts between chars. */
    public static String replace(String s, String old, String rep, long max) {
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            long n = 0;
            int i = 0;
            while (i <= s.length()) {
                if (n < max) {
                    sb.append(rep);
                    n++;
                }
                if (i < s.length()) {
                    int cp = s.codePointAt(i);
                    sb.appendCodePoint(cp);
                    i += Character.charCount(cp);
                } else {
                    break;
                }
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long n = 0;
        while (n < max) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            n++;
        }
        return sb.append(s, i, s.length()).toString();
    }

    /**
     * Pads to {@code width} code units with {@code fill}: {@code '<'} ljust, {@code '>'} rjust,
     * {@code 'c'} center (CPython puts the extra char on the right unless width and the padding are odd).
     */
    public static String pad(String s, long width, int fill, char how) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        int total = (int) (width - len);
        int left;
        if (how == '<') {
            left = 0;
        } else if (how == '>') {
            left = total;
        } else {
            left = total / 2 + (total & (int) width & 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (int i = 0; i < total - left; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /** {@code s.zfill(width)}: zeros after a leading sign. */
    public static String zfill(String s, long width) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) (width - len));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    /** {@code s.expandtabs(tabsize)}: columns reset at \n and \r. */
    public static String expandTabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long n = tabsize - col % tabsize;
                    for (long k = 0; k < n; k++) {
                        sb.append(' ');
                    }
                    col += n;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }
}
