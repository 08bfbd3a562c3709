package org.pyston.builtins.sre;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyMemoryView;
import org.pyston.builtins.text.PyStr;

/**
 * A compiled regular expression ({@code re.Pattern}): the code words {@code re._compiler}
 * produced, immutable once made by {@code _sre.compile}. Each match operation makes a fresh
 * {@link SreState}, so one pattern may be used by several threads at once.
 */
public final class PyPattern implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("Pattern", "re", PyPattern.class, PatternMethods.class);

    /** The source pattern (str, bytes, or None for patterns built from parsed trees). */
    final Object pattern;
    final int flags;
    final int[] code;
    /** Number of capturing groups (group 0 not counted). */
    final int groups;
    /** Group name to number. */
    final PyDict groupindex;
    /** Group number to name (or None), indexed from 0. */
    final PyTuple indexgroup;
    /** 1: a bytes pattern; 0: a str pattern; -1: unknown (no source), accepts both. */
    final int isbytes;

    PyPattern(Object pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup, int isbytes) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isbytes = isbytes;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** True when {@code o} is str (false) or bytes-like (true); TypeError otherwise (getstring). */
    static boolean isBytesLike(Object o) {
        o = PyInstance.unwrap(o);
        if (o instanceof PyStr) {
            return false;
        }
        if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView) {
            return true;
        }
        throw PyExceptions.typeError("expected string or bytes-like object, got '%s'", TypeOps.typeName(o));
    }

    /** A matching state over {@code string} (state_init), checking str/bytes agreement. */
    SreState state(Object string, long pos, long endpos) {
        boolean bytesLike = isBytesLike(string);
        string = PyInstance.unwrap(string);
        if (bytesLike && isbytes == 0) {
            throw PyExceptions.typeError("cannot use a string pattern on a bytes-like object");
        }
        if (!bytesLike && isbytes > 0) {
            throw PyExceptions.typeError("cannot use a bytes pattern on a string-like object");
        }
        if (string instanceof PyStr s) {
            if (s.isBmp()) {
                return new SreState(code, groups, s.value(), null, null, s.value().length(), pos, endpos);
            }
            int[] cps = s.value().codePoints().toArray();
            return new SreState(code, groups, null, null, cps, cps.length, pos, endpos);
        }
        byte[] b = string instanceof PyBytes pb ? pb.value
                : string instanceof PyByteArray ba ? ba.toBytes() : ((PyMemoryView) string).toBytes();
        return new SreState(code, groups, null, b, null, b.length, pos, endpos);
    }

    /** string[start:end] of the subject, as CPython's getslice: bytes-like subjects give bytes. */
    static Object slice(Object string, int start, int end) {
        string = PyInstance.unwrap(string);
        if (string instanceof PyStr s) {
            return s.substring(start, end);
        }
        if (string instanceof PyBytes b) {
            if (start == 0 && end == b.value.length) {
                return b;
            }
            return PyBytes.wrap(java.util.Arrays.copyOfRange(b.value, start, end));
        }
        byte[] data = string instanceof PyByteArray ba ? ba.toBytes() : ((PyMemoryView) string).toBytes();
        return PyBytes.wrap(java.util.Arrays.copyOfRange(data, Math.min(start, data.length), Math.min(end, data.length)));
    }

    /** An index argument (pos, endpos, count, maxsplit) as a long, like Py_ssize_t. */
    static long ssize(Object o, long dflt) {
        if (o == null) {
            return dflt;
        }
        Object i = UnaryOps.index(o);
        if (!IntMath.isSmall(i)) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return IntMath.small(i);
    }
}
