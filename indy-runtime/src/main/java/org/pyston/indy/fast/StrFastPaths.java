package org.pyston.indy.fast;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.text.PyStr;

/** {@code str} operators for exact operand classes; see {@link FastPaths}. */
public final class StrFastPaths {
    private StrFastPaths() {}

    public static Object add(PyStr a, PyStr b) {
        return PyStr.concat(a, b);
    }

    public static boolean eq(PyStr a, PyStr b) { return a == b || a.value().equals(b.value()); }
    public static boolean ne(PyStr a, PyStr b) { return a != b && !a.value().equals(b.value()); }

    public static Object getitem(PyStr s, PyInt index) {
        long i = index.value;
        int n = s.length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyExceptions.indexError("string index out of range");
        return PyStr.ofCodePoint(s.codePointAt((int) i));
    }

    public static boolean isTrue(PyStr s) { return !s.value().isEmpty(); }
}
