package org.pyston.builtins.text;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * Python {@code str}: an immutable sequence of code points, holding a Java {@code String}.
 * Python indexes by code point; Java by UTF-16 unit. When the string has no surrogate pairs (the
 * common case; checked once, lazily, and cached) the two agree and length/index/slice are O(1);
 * otherwise they walk the string (correct, slower).
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

    /** The characters. */
    public final String value;
    /** 0: not yet known; 1: no surrogates (char index == code point index); 2: has surrogates. */
    private byte bmpState;
    /** Cached Python hash; 0 means not yet computed (a real 0 hash is stored as 0 and recomputed). */
    private long hash;

    private PyStr(String value) {
        this.value = value;
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
            String v = value;
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
        return isBmp() ? value.length() : value.codePointCount(0, value.length());
    }

    /** The code point at code point index {@code i} (0 <= i < length()). */
    public int codePointAt(int i) {
        if (isBmp()) {
            return value.charAt(i);
        }
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The Java char offset of code point index {@code i}. */
    public int charOffset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** The code point index of Java char offset {@code off}. */
    public int codePointIndex(int off) {
        return isBmp() ? off : value.codePointCount(0, off);
    }

    /** The substring of code points [start, end). */
    public PyStr substring(int start, int end) {
        if (isBmp()) {
            return of(value.substring(start, end));
        }
        int s = value.offsetByCodePoints(0, start);
        int e = value.offsetByCodePoints(s, end - start);
        return of(value.substring(s, e));
    }

    /** The cached Python hash (see Hashing); computed from the characters. */
    public long pyHash() {
        long h = hash;
        if (h == 0) {
            String v = value;
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
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
