package org.pyston.builtins.io;

import org.pyston.builtins.object.PyType;

/**
 * {@code _io.StringIO}: an in-memory text stream. The text is kept as code points, so positions
 * ({@code tell}, {@code seek}, {@code read(n)}) count characters as Python does. Newline handling
 * as CPython's: with {@code newline=None} "\r\n" and "\r" are translated to "\n" when written;
 * with "\r" or "\r\n" each "\n" written becomes that; {@code readline} splits on the configured
 * ending (any of them for None and ""). Synchronized on the object.
 */
public final class PyStringIO extends PyIOBase {
    public static final PyType TYPE = PyType.builtinInModule("StringIO", "_io", PyStringIO.class, StringIOMethods.class,
            true, PyIOBase.TEXT_IO_BASE);

    int[] buf = new int[16];
    int len;
    int pos;
    boolean closed;
    boolean initialized;
    /** null: universal newlines (None or ""); otherwise the ending readline splits on. */
    String readnl;
    /** What "\n" becomes on write; null: unchanged. */
    String writenl;
    /** Present for newline None ('translate') and "" (only records what was seen). */
    NewlineTranslator decoder;
    Object newlineArg;

    PyStringIO() {
        super(TYPE);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    void ensure(int n) {
        if (n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(n, buf.length * 2));
        }
    }

    /** Writes {@code s} at the position (padding with NULs past the end); returns the code points written. */
    int writeText(String s) {
        if (decoder != null) {
            s = decoder.feed(s, true);
        }
        if (writenl != null) {
            s = s.replace("\n", writenl);
        }
        int n = s.codePointCount(0, s.length());
        if (n == 0) {
            return 0;
        }
        ensure(pos + n);
        if (pos > len) {
            java.util.Arrays.fill(buf, len, pos, 0);
        }
        int i = pos;
        for (int k = 0; k < s.length(); ) {
            int c = s.codePointAt(k);
            buf[i++] = c;
            k += Character.charCount(c);
        }
        pos = i;
        if (pos > len) {
            len = pos;
        }
        return n;
    }

    String text(int from, int to) {
        return from >= to ? "" : new String(buf, from, to - from);
    }

    /** The end (exclusive) of the line that starts at {@code pos}, at most {@code limit} code points long. */
    int lineEnd(long limit) {
        int end = limit < 0 ? len : (int) Math.min(len, pos + limit);
        for (int i = pos; i < end; i++) {
            int c = buf[i];
            if (readnl == null) {
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                }
            } else if (c == readnl.charAt(0)) {
                if (readnl.length() == 1) {
                    return i + 1;
                }
                if (i + 1 < end && buf[i + 1] == '\n') {
                    return i + 2;
                }
            }
        }
        return end;
    }
}
