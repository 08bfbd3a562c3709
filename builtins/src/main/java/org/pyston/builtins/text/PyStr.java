package org.pyston.builtins.text;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code str}: an immutable sequence of code points, holding a Java {@code String}.
 * Python indexes by code point; Java by UTF-16 unit. When the string has no surrogate pairs (the
 * common case; checked once, lazily, and cached) the two agree and length/index/slice are O(1);
 * otherwise they walk the string (correct, slower).
 * <p>
 * A long result of {@code a + b} is a <em>pending concatenation</em>: it keeps its two parts and
 * makes its {@code String} the first time {@link #value()} is read. CPython appends in place to
 * a string nobody else references, so {@code s += piece} in a loop is linear there; copying on
 * every {@code +} made it quadratic here. Joining the parts walks them without recursion, so a
 * chain of a million appends costs one copy of the result.
 */
public final class PyStr implements PyObject {
    /** Python's {@code str}. */
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, StrMethods.class, true);
    /** The empty string. */
    public static final PyStr EMPTY = new PyStr("");

    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    /**
     * Concatenations shorter than this many chars are copied at once: a small copy costs less
     * than the pending node and its later walk.
     */
    private static final int PENDING_MIN_CHARS = 128;

    /** The characters; null while this is a pending concatenation (then {@link #parts} is set). */
    private String value;
    /** The two parts of a pending concatenation, until {@link #value()} joins them. */
    private Parts parts;
    /** 0: not yet known; 1: no surrogates (char index == code point index); 2: has surrogates. */
    private byte bmpState;
    /** Cached Python hash; 0 means not yet computed (a real 0 hash is stored as 0 and recomputed). */
    private long hash;

    /** A pending {@code left + right}, with the Java length of the result. */
    private record Parts(PyStr left, PyStr right, int chars) {}

    private PyStr(String value) {
        this.value = value;
    }

    private PyStr(Parts parts, byte bmpState) {
        this.parts = parts;
        this.bmpState = bmpState;
    }

    /** The characters, as one Java string. */
    public String value() {
        String v = value;
        return v != null ? v : join();
    }

    /** {@code a + b}. */
    public static PyStr concat(PyStr a, PyStr b) {
        int an = a.charCount(), bn = b.charCount();
        if (bn == 0) return a;
        if (an == 0) return b;
        long n = (long) an + bn;
        if (n < PENDING_MIN_CHARS) return of(a.value().concat(b.value()));
        if (n > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("str concatenation of " + n + " chars");
        byte sa = a.concatBmpState(), sb = b.concatBmpState();
        byte state = sa == 2 || sb == 2 ? 2 : sa == 1 && sb == 1 ? (byte) 1 : 0;
        return new PyStr(new Parts(a, b, (int) n), state);
    }

    /**
     * The surrogate state a concatenation can inherit: a short part is scanned now, so that
     * {@code len()} of {@code s += piece} needs no join; a long one only if already known.
     */
    private byte concatBmpState() {
        if (bmpState == 0 && value != null && value.length() < PENDING_MIN_CHARS) isBmp();
        return bmpState;
    }

    /** The number of Java chars, without joining a pending concatenation. */
    private int charCount() {
        String v = value;
        if (v != null) return v.length();
        Parts p = parts;
        return p != null ? p.chars : value().length();
    }

    /**
     * Joins a pending concatenation: the parts are walked left to right with an explicit stack
     * (a chain of appends is as deep as it is long), each read under its own lock, so a part that
     * another thread is joining is seen either as parts or as its string.
     */
    private synchronized String join() {
        if (value != null) return value;
        StringBuilder sb = new StringBuilder(parts.chars);
        java.util.ArrayDeque<PyStr> todo = new java.util.ArrayDeque<>();
        todo.push(parts.right);
        todo.push(parts.left);
        while (!todo.isEmpty()) {
            PyStr s = todo.pop();
            String v;
            Parts p;
            synchronized (s) {
                v = s.value;
                p = s.parts;
            }
            if (v != null) {
                sb.append(v);
            } else {
                todo.push(p.right);
                todo.push(p.left);
            }
        }
        String v = sb.toString();
        value = v;
        parts = null;
        return v;
    }

    /** The str holding {@code s}; one-character Latin-1 strings are shared. */
    public static PyStr of(String s) {
        if (s.length() <= 1) {
            if (s.isEmpty()) {
                return EMPTY;
            }
            char c = s.charAt(0);
            if (c < 256) {
                return LATIN1[c];
            }
        }
        return new PyStr(s);
    }

    /** The one-code-point string for {@code cp}. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** True when every code point is one Java char (no surrogate pairs). */
    public boolean isBmp() {
        byte s = bmpState;
        if (s == 0) {
            s = 1;
            String v = value();
            for (int i = 0; i < v.length(); i++) {
                if (Character.isSurrogate(v.charAt(i))) {
                    s = 2;
                    break;
                }
            }
            bmpState = s;
        }
        return s == 1;
    }

    /** {@code len(s)}: the number of code points. */
    public int length() {
        if (bmpState == 1) return charCount();
        String v = value();
        return isBmp() ? v.length() : v.codePointCount(0, v.length());
    }

    /** The code point at code point index {@code i} (0 <= i < length()). */
    public int codePointAt(int i) {
        String v = value();
        if (isBmp()) {
            return v.charAt(i);
        }
        return v.codePointAt(v.offsetByCodePoints(0, i));
    }

    /** The Java char offset of code point index {@code i}. */
    public int charOffset(int i) {
        return isBmp() ? i : value().offsetByCodePoints(0, i);
    }

    /** The code point index of Java char offset {@code off}. */
    public int codePointIndex(int off) {
        return isBmp() ? off : value().codePointCount(0, off);
    }

    /** The substring of code points [start, end). */
    public PyStr substring(int start, int end) {
        String v = value();
        if (isBmp()) {
            return of(v.substring(start, end));
        }
        int s = v.offsetByCodePoints(0, start);
        int e = v.offsetByCodePoints(s, end - start);
        return of(v.substring(s, e));
    }

    /** The cached Python hash (see Hashing); computed from the characters. */
    public long pyHash() {
        long h = hash;
        if (h == 0) {
            String v = value();
            h = 0;
            for (int i = 0; i < v.length(); i++) {
                h = h * 1000003L ^ v.charAt(i);
            }
            h ^= v.length();
            h ^= h >>> 29;
            if (h == -1) {
                h = -2;
            }
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && (s == this || s.value().equals(value()));
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
