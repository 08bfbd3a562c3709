package org.pyston.builtins.sre;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;

/** The methods of {@code _sre.SRE_Scanner} ({@link PyScanner}). */
public final class ScannerMethods {
    private ScannerMethods() {}

    @PyMethod
    public static Object match(PyScanner self) {
        PyMatch m = self.next(false);
        return m == null ? PyNone.NONE : m;
    }

    @PyMethod
    public static Object search(PyScanner self) {
        PyMatch m = self.next(true);
        return m == null ? PyNone.NONE : m;
    }

    @PyGetter("pattern")
    public static Object pattern(PyScanner self) {
        return self.pattern;
    }
}
