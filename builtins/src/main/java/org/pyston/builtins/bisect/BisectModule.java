package org.pyston.builtins.bisect;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code _bisect} module: binary search and insertion in a sorted sequence, with the optional
 * {@code key} of 3.10+ (applied to the sequence's items, not to {@code x}, in bisect; insort
 * applies it to {@code x} too), CPython's argument checks and comparison order.
 */
public final class BisectModule {
    private BisectModule() {
    }

    /** Builds {@code _bisect}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_bisect");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(BisectModule.class, "_bisect", d);
        d.putStr("bisect", d.getStr("bisect_right"));
        d.putStr("insort", d.getStr("insort_right"));
        return m;
    }

    private static final String[] NAMES = {"a", "x", "lo", "hi", "key"};

    /** The insertion point of {@code x} in {@code a[lo:hi]}; {@code right}: after equal items. */
    private static long search(Object a, Object x, long lo, long hi, Object key, boolean right) {
        if (lo < 0) {
            throw PyExceptions.valueError("lo must be non-negative");
        }
        if (hi == -1) {
            hi = ItemOps.len(a);
        }
        Object seq = PyInstance.unwrap(a);
        PyList list = seq instanceof PyList l && a == l ? l : null;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = list != null && mid < list.size() ? list.get((int) mid) : ItemOps.getItem(a, PyInt.valueOf(mid));
            if (key != null) {
                item = CallOps.call(key, new Object[] {item}, null);
            }
            boolean goLeft = right ? CompareOps.ltBool(x, item) : !CompareOps.ltBool(item, x);
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static long hiValue(Object hi) {
        return hi == null || hi == PyNone.NONE ? -1 : UnaryOps.indexAsLong(hi);
    }

    /** The arguments; clinic's "positional" wording, since key is keyword-only. */
    private static Object[] parse(String name, Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 4) {
            throw PyExceptions.typeError("%s() takes at most 4 positional arguments (%d given)", name, npos);
        }
        return ArgParser.parse(name, args, kwnames, 4, NAMES, 2);
    }

    private static Object bisect(String name, Object[] args, String[] kwnames, boolean right) {
        Object[] p = parse(name, args, kwnames);
        long lo = p[2] == null ? 0 : UnaryOps.indexAsLong(p[2]);
        Object key = p[4] == PyNone.NONE ? null : p[4];
        return PyInt.valueOf(search(p[0], p[1], lo, hiValue(p[3]), key, right));
    }

    private static Object insort(String name, Object[] args, String[] kwnames, boolean right) {
        Object[] p = parse(name, args, kwnames);
        long lo = p[2] == null ? 0 : UnaryOps.indexAsLong(p[2]);
        Object key = p[4] == PyNone.NONE ? null : p[4];
        Object x = p[1];
        Object kx = key == null ? x : CallOps.call(key, new Object[] {x}, null);
        long index = search(p[0], kx, lo, hiValue(p[3]), key, right);
        if (p[0] instanceof PyList l) {
            l.insert((int) index, x);
        } else {
            CallOps.callMethod(p[0], "insert", new Object[] {PyInt.valueOf(index), x}, null);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "bisect_right", general = true)
    public static Object bisectRight(Object[] args, String[] kwnames) {
        return bisect("bisect_right", args, kwnames, true);
    }

    @PyMethod(name = "bisect_left", general = true)
    public static Object bisectLeft(Object[] args, String[] kwnames) {
        return bisect("bisect_left", args, kwnames, false);
    }

    @PyMethod(name = "insort_right", general = true)
    public static Object insortRight(Object[] args, String[] kwnames) {
        return insort("insort_right", args, kwnames, true);
    }

    @PyMethod(name = "insort_left", general = true)
    public static Object insortLeft(Object[] args, String[] kwnames) {
        return insort("insort_left", args, kwnames, false);
    }
}
