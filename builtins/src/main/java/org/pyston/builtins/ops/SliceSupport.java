package org.pyston.builtins.ops;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.text.PyStr;

/** Slicing of arrays and strings, slice assignment and deletion on lists. */
final class SliceSupport {
    private SliceSupport() {
    }

    static Object[] slice(Object[] items, PySlice s) {
        long[] r = s.indices(items.length);
        int start = (int) r[0];
        int step = (int) r[2];
        int len = (int) r[3];
        Object[] out = new Object[len];
        if (step == 1) {
            System.arraycopy(items, start, out, 0, len);
        } else {
            for (int i = 0, j = start; i < len; i++, j += step) {
                out[i] = items[j];
            }
        }
        return out;
    }

    static PyStr sliceStr(PyStr s, PySlice sl) {
        long[] r = sl.indices(s.length());
        int start = (int) r[0];
        int step = (int) r[2];
        int len = (int) r[3];
        if (step == 1) {
            return s.substring(start, start + len);
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0, j = start; i < len; i++, j += step) {
            sb.appendCodePoint(s.codePointAt(j));
        }
        return PyStr.of(sb.toString());
    }

    static void assign(PyList l, PySlice s, Object value) {
        Object[] vals;
        if (value == l) {
            vals = l.toArray().clone();
        } else {
            try {
                vals = IterOps.toArray(value);
            } catch (org.pyston.builtins.exception.PyBaseException e) {
                if (e.isInstance(PyExceptions.TYPE_ERROR) && TypeOps.typeOf(value).lookup("__iter__") == null
                        && TypeOps.typeOf(value).lookup("__getitem__") == null) {
                    throw PyExceptions.typeError("can only assign an iterable");
                }
                throw e;
            }
        }
        synchronized (l) {
            long[] r = s.indices(l.size());
            int start = (int) r[0];
            int step = (int) r[2];
            int len = (int) r[3];
            if (step == 1) {
                int stop = Math.max(start, (int) r[1]);
                l.replaceRange(start, stop, vals);
                return;
            }
            if (vals.length != len) {
                throw PyExceptions.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                        vals.length, len);
            }
            for (int i = 0, j = start; i < len; i++, j += step) {
                l.set(j, vals[i]);
            }
        }
    }

    static void delete(PyList l, PySlice s) {
        synchronized (l) {
            long[] r = s.indices(l.size());
            int start = (int) r[0];
            int step = (int) r[2];
            int len = (int) r[3];
            if (len == 0) {
                return;
            }
            if (step == 1) {
                l.replaceRange(start, start + len, new Object[0]);
                return;
            }
            Object[] items = l.toArray();
            boolean[] drop = new boolean[items.length];
            for (int i = 0, j = start; i < len; i++, j += step) {
                drop[j] = true;
            }
            Object[] out = new Object[items.length - len];
            int o = 0;
            for (int i = 0; i < items.length; i++) {
                if (!drop[i]) {
                    out[o++] = items[i];
                }
            }
            l.setAll(out);
        }
    }
}
