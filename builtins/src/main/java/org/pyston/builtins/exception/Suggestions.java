package org.pyston.builtins.exception;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.module.BuiltinsModule;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * CPython 3.11's "Did you mean" for an uncaught {@code NameError} or {@code AttributeError}
 * (exactly those types, not subclasses): the closest name by an edit distance in which a case
 * flip costs half of an insertion, deletion or substitution. An AttributeError looks among
 * {@code dir(obj)}; a NameError among the local variable names of the frame it was raised in,
 * then that frame's globals, then its builtins. A candidate is taken only when at most about a
 * third of the characters involved differ; lists of 750 names or more are not searched.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggested name for {@code e}, or null. Never raises: a failing {@code dir()} means no suggestion. */
    static String forException(PyBaseException e) {
        try {
            PyType t = e.getType();
            if (t == PyExceptions.ATTRIBUTE_ERROR) {
                // obj None stands for CPython's unset obj (an AttributeError made by Python code)
                Object obj = e.getAttribute("obj");
                if (!(e.getAttribute("name") instanceof PyStr name) || name.getType() != PyStr.TYPE
                        || obj == null || obj == org.pyston.builtins.object.PyNone.NONE) {
                    return null;
                }
                return closest(namesOf(BuiltinsModule.dir(obj)), name.value());
            }
            if (t == PyExceptions.NAME_ERROR) {
                if (!(e.getAttribute("name") instanceof PyStr name) || name.getType() != PyStr.TYPE) return null;
                PyTraceback tb = e.getTraceback();
                if (tb == null) return null;
                while (tb.next != null) tb = tb.next;
                PyCode code = tb.code;
                if (code == null) return null;
                String s = closest(List.of(code.varnames), name.value());
                if (s != null) return s;
                PyDict globals = FrameWalker.globalsOf(code);
                if (globals == null) return null;
                s = closest(namesOf(PyList.wrap(globals.keysArray())), name.value());
                if (s != null) return s;
                Object b = globals.getStr("__builtins__");
                if (b instanceof PyModule m) b = m.getDict();
                return b instanceof PyDict bd ? closest(namesOf(PyList.wrap(bd.keysArray())), name.value()) : null;
            }
        } catch (RuntimeException | StackOverflowError ignored) {
            // as CPython: an error while looking for a suggestion only means there is none
        }
        return null;
    }

    private static List<String> namesOf(Object list) {
        List<String> out = new ArrayList<>();
        for (Object o : ((PyList) list).toArray()) {
            out.add(o instanceof PyStr s ? s.value() : null);
        }
        return out;
    }

    /** The candidate closest to {@code name} within the distance limit, the first one on ties; or null. */
    static String closest(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] a = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c == null) return null; // CPython gives up on a non-str name
            if (c.equals(name)) continue;
            byte[] b = c.getBytes(StandardCharsets.UTF_8);
            int max = (a.length + b.length + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(a, b, max);
            if (d > max) continue;
            if (best == null || d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        int la = 'A' <= a && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = 'A' <= b && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** The edit distance of the UTF-8 forms, or {@code max + 1} once it surely exceeds {@code max}. */
    static int distance(byte[] a, byte[] b, int max) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return max + 1;
        if (bSize < aSize) { // the shorter one indexes the row
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            ts = aSize;
            aSize = bSize;
            bSize = ts;
        }
        if ((bSize - aSize) * MOVE_COST > max) return max + 1;
        int[] row = new int[aSize];
        for (int i = 0; i < aSize; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                int substitute = distance + substitutionCost(code, a[aStart + ai]);
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) return max + 1;
        }
        return result;
    }
}
