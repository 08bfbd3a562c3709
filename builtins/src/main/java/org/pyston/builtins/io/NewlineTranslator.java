package org.pyston.builtins.io;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;

/**
 * The newline half of CPython's IncrementalNewlineDecoder, on decoded text: records which line
 * endings were seen ({@code newlines}), optionally translates "\r\n" and "\r" to "\n", and holds
 * back a trailing "\r" until the next piece shows whether a "\n" follows it.
 */
final class NewlineTranslator {
    static final int SEEN_CR = 1;
    static final int SEEN_LF = 2;
    static final int SEEN_CRLF = 4;

    final boolean translate;
    boolean pendingCR;
    int seen;

    NewlineTranslator(boolean translate) {
        this.translate = translate;
    }

    String feed(String output, boolean fin) {
        if (pendingCR && (!output.isEmpty() || fin)) {
            output = "\r" + output;
            pendingCR = false;
        }
        if (!fin && !output.isEmpty() && output.charAt(output.length() - 1) == '\r') {
            output = output.substring(0, output.length() - 1);
            pendingCR = true;
        }
        int cr = output.indexOf('\r');
        if (cr < 0) {
            if (output.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return output;
        }
        int n = output.length();
        for (int i = 0; i < n; i++) {
            char c = output.charAt(i);
            if (c == '\n') {
                seen |= SEEN_LF;
            } else if (c == '\r') {
                if (i + 1 < n && output.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
            }
        }
        if (translate) {
            output = output.replace("\r\n", "\n").replace('\r', '\n');
        }
        return output;
    }

    void reset() {
        pendingCR = false;
        seen = 0;
    }

    /** The {@code newlines} attribute: None, one ending, or a tuple of those seen. */
    Object newlines() {
        return newlines(seen);
    }

    static Object newlines(int seen) {
        String[] names = {"\r", "\n", "\r\n"};
        java.util.List<Object> l = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((seen & (1 << i)) != 0) {
                l.add(PyStr.of(names[i]));
            }
        }
        if (l.isEmpty()) {
            return PyNone.NONE;
        }
        return l.size() == 1 ? l.get(0) : PyTuple.of(l.toArray());
    }
}
