package org.pyston.builtins.sre;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.UnaryOps;

/**
 * The result of a successful match ({@code re.Match}): the subject, the window searched, and
 * the span of every group, copied out of the {@link SreState} so the state can go on searching.
 */
public final class PyMatch implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("Match", "re", PyMatch.class, MatchMethods.class);

    final PyPattern pattern;
    final Object string;
    final int pos;
    final int endpos;
    /** spans[2g], spans[2g+1]: start and end of group g (0 = whole match), -1 when unmatched. */
    final int[] spans;
    /** The last group that closed, or -1. */
    final int lastindex;

    PyMatch(PyPattern pattern, Object string, SreState state) {
        this.pattern = pattern;
        this.string = string;
        this.pos = state.pos;
        this.endpos = state.endpos;
        int n = pattern.groups + 1;
        int[] s = new int[2 * n];
        s[0] = state.start;
        s[1] = state.ptr;
        int[] marks = state.marks;
        for (int i = 0, j = 0; i < pattern.groups; i++, j += 2) {
            if (j + 1 <= state.lastmark && marks[j] >= 0 && marks[j + 1] >= 0) {
                s[j + 2] = marks[j];
                s[j + 3] = marks[j + 1];
                if (s[j + 2] > s[j + 3]) {
                    throw PyExceptions.systemError(
                            "The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                s[j + 2] = -1;
                s[j + 3] = -1;
            }
        }
        this.spans = s;
        this.lastindex = state.lastindex;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The group number named by an int or a group name (match_getindex). */
    int index(Object key) {
        long i = -1;
        if (IntMath.isInt(key) || (!(key instanceof org.pyston.builtins.text.PyStr)
                && org.pyston.builtins.ops.TypeOps.typeOf(key).lookup("__index__") != null)) {
            Object v = UnaryOps.index(key);
            i = IntMath.isSmall(v) ? IntMath.small(v) : (IntMath.big(v).signum() < 0 ? -1 : Long.MAX_VALUE);
        } else {
            Object v = pattern.groupindex.get(key);
            if (v != null && IntMath.isInt(v) && IntMath.isSmall(v)) {
                i = IntMath.small(v);
            }
        }
        if (i < 0 || i > pattern.groups) {
            throw PyExceptions.indexError("no such group");
        }
        return (int) i;
    }

    /** The text of group {@code g}, or {@code dflt} when it did not take part in the match. */
    Object group(int g, Object dflt) {
        int s = spans[2 * g];
        int e = spans[2 * g + 1];
        if (s < 0) {
            return dflt;
        }
        return PyPattern.slice(string, s, e);
    }

    Object group(int g) {
        return group(g, PyNone.NONE);
    }
}
