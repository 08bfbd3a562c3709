package org.pyston.builtins.sre;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * {@code _sre.SRE_Scanner}: a pattern and one matching state that successive {@code match()}
 * or {@code search()} calls advance past the previous match (what {@code finditer} and
 * {@code re.Scanner} use). Not thread-safe, as in CPython.
 */
public final class PyScanner implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("SRE_Scanner", "_sre", PyScanner.class, ScannerMethods.class);

    final PyPattern pattern;
    final Object string;
    final SreState state;
    /** Set once a call found nothing: every later call returns None. */
    boolean exhausted;

    PyScanner(PyPattern pattern, Object string, SreState state) {
        this.pattern = pattern;
        this.string = string;
        this.state = state;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The next match (scanner_match / scanner_search), or null when there is none. */
    synchronized PyMatch next(boolean search) {
        if (exhausted) {
            return null;
        }
        SreState st = state;
        st.reset();
        st.ptr = st.start;
        boolean found = search ? st.search() : st.match(false);
        if (!found) {
            exhausted = true;
            return null;
        }
        PyMatch m = new PyMatch(pattern, string, st);
        st.mustAdvance = st.ptr == st.start;
        st.start = st.ptr;
        return m;
    }
}
