package org.pyston.builtins.text;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * The methods bytes and bytearray share (receiver typed {@code Object}: a PyBytes or PyByteArray,
 * already checked by the descriptor). Results have the receiver's type. Character classes are
 * ASCII only, as in CPython.
 */
public class BytesCommonMethods {
    protected BytesCommonMethods() {
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static String s(Object self) {
        return BytesSupport.latin1(BytesSupport.self(self));
    }

    @PyMethod(name = "__len__")
    public static Object len(Object self) {
        return BytesSupport.len(self);
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(Object self, Object key) {
        if (key instanceof PySlice sl) {
            byte[] b = BytesSupport.self(self);
            long[] r = sl.indices(b.length);
            int start = (int) r[0];
            int step = (int) r[2];
            int n = (int) r[3];
            byte[] out = new byte[n];
            for (int i = 0, j = start; i < n; i++, j += step) {
                out[i] = b[j];
            }
            return BytesSupport.make(self, out);
        }
        if (!org.pyston.builtins.number.IntMath.isInt(key) && TypeOps.typeOf(key).lookup("__index__") == null) {
            throw PyExceptions.typeError("%s indices must be integers or slices, not %s",
                    self instanceof PyBytes ? "byte" : "bytearray", TypeOps.typeName(key));
        }
        long i = UnaryOps.indexForSubscript(key);
        if (self instanceof PyBytes b) {
            long idx = i < 0 ? i + b.value.length : i;
            if (idx < 0 || idx >= b.value.length) {
                throw PyExceptions.indexError("index out of range");
            }
            return PyInt.valueOf(b.value[(int) idx] & 0xff);
        }
        PyByteArray a = (PyByteArray) self;
        synchronized (a) {
            int n = a.size();
            long idx = i < 0 ? i + n : i;
            if (idx < 0 || idx >= n) {
                throw PyExceptions.indexError("bytearray index out of range");
            }
            return PyInt.valueOf(a.get((int) idx));
        }
    }

    @PyMethod(name = "__iter__")
    public static Object iter(Object self) {
        Object v = org.pyston.builtins.object.PyInstance.unwrap(self);
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            return new org.pyston.builtins.container.BytesIterator(v);
        }
        byte[] b = BytesSupport.self(self);
        Object[] items = new Object[b.length];
        for (int i = 0; i < b.length; i++) {
            items[i] = PyInt.valueOf(b[i] & 0xff);
        }
        return IterOps.iter(PyTuple.wrap(items));
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(Object self, Object x) {
        if (!org.pyston.builtins.number.IntMath.isInt(x)) {
            BytesSupport.need(x);
        }
        return s(self).contains(BytesSupport.searchArg(x));
    }

    @PyMethod(name = "__add__")
    public static Object add(Object self, Object other) {
        byte[] o = BytesSupport.data(other);
        if (o == null) {
            throw PyExceptions.typeError("can't concat %s to %s", TypeOps.typeName(other), TypeOps.typeName(self));
        }
        byte[] a = BytesSupport.self(self);
        byte[] out = java.util.Arrays.copyOf(a, a.length + o.length);
        System.arraycopy(o, 0, out, a.length, o.length);
        return BytesSupport.make(self, out);
    }

    @PyMethod(name = "__mul__")
    public static Object mul(Object self, Object n) {
        if (!org.pyston.builtins.number.IntMath.isInt(n) && TypeOps.typeOf(n).lookup("__index__") == null) {
            throw PyExceptions.typeError("can't multiply sequence by non-int of type '%s'", TypeOps.typeName(n));
        }
        long k = Math.max(0, UnaryOps.indexAsLong(n));
        if (k == 1 && self instanceof PyBytes) {
            return self; // immutable: bytes * 1 is itself, as CPython's
        }
        byte[] a = BytesSupport.self(self);
        // k * length would overflow a long for huge k: compare by division
        if (a.length > 0 && k > Long.MAX_VALUE / a.length && !(self instanceof PyByteArray)) {
            throw PyExceptions.overflowError("repeated bytes are too long");
        }
        if (a.length > 0 && k > (Integer.MAX_VALUE - 8) / a.length) {
            throw PyExceptions.memoryError();
        }
        byte[] out = new byte[(int) (k * a.length)];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a, 0, out, i * a.length, a.length);
        }
        return BytesSupport.make(self, out);
    }

    @PyMethod(name = "__rmul__")
    public static Object rmul(Object self, Object n) {
        return mul(self, n);
    }

    @PyMethod(name = "__mod__")
    public static Object mod(Object self, Object args) {
        return BytesSupport.make(self, BytesFormat.format(BytesSupport.self(self), args));
    }

    @PyMethod(name = "__rmod__")
    public static Object rmod(Object self, Object other) {
        return org.pyston.builtins.object.PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(required = 0, general = true)
    public static Object decode(Object self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("decode", args, kwnames, 2, new String[] {"encoding", "errors"}, 0);
        String enc = p[0] == null ? "utf-8" : Codecs.name(p[0], "decode");
        String err = p[1] == null ? "strict" : Codecs.name(p[1], "decode");
        return PyStr.of(Codecs.decode(BytesSupport.self(self), enc, err));
    }

    @PyMethod(general = true)
    public static Object hex(Object self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("hex", args, kwnames, 2, new String[] {"sep", "bytes_per_sep"}, 0);
        return PyStr.of(hexOf(BytesSupport.self(self), p[0], p[1]));
    }

    /** {@code b.hex(sep, bytes_per_sep)}. */
    public static String hexOf(byte[] b, Object sepObj, Object perObj) {
        String sep = null;
        if (sepObj != null) {
            if (sepObj instanceof PyStr ss) {
                sep = ss.value();
            } else {
                byte[] sb = sepObj instanceof PyBytes pb ? pb.value : null;
                if (sb == null) {
                    // CPython asks len(sep) first: length errors come before the type error
                    Object n = org.pyston.builtins.module.BuiltinsModule.len(sepObj);
                    if (!(n instanceof PyInt i && i.value == 1)) {
                        throw PyExceptions.valueError("sep must be length 1.");
                    }
                    throw PyExceptions.typeError("sep must be str or bytes.");
                }
                sep = BytesSupport.latin1(sb);
            }
            if (sep.length() != 1) {
                throw PyExceptions.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) > 0x7f) {
                throw PyExceptions.valueError("sep must be ASCII.");
            }
        }
        long per = perObj == null ? 1 : UnaryOps.indexAsLong(perObj);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            if (sep != null && i > 0 && per != 0) {
                long k = Math.abs(per);
                boolean boundary = per > 0 ? (b.length - i) % k == 0 : i % k == 0;
                if (boundary) {
                    out.append(sep);
                }
            }
            int c = b[i] & 0xff;
            out.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return out.toString();
    }

    @PyMethod
    public static Object join(Object self, Object iterable) {
        Object[] items = IterOps.toArray(iterable);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] sep = BytesSupport.self(self);
        for (int i = 0; i < items.length; i++) {
            byte[] b = BytesSupport.data(items[i]);
            if (b == null) {
                throw PyExceptions.typeError("sequence item %d: expected a bytes-like object, %s found", i,
                        TypeOps.typeName(items[i]));
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(b);
        }
        return BytesSupport.make(self, out.toByteArray());
    }

    // ---- searching -----------------------------------------------------------------------------

    private static int[] bounds(int n, Object start, Object end) {
        // clamped, as CPython's _PyEval_SliceIndex: a huge bound means "the end"
        long s = start == null || start == PyNone.NONE ? 0 : UnaryOps.indexClamped(start);
        long e = end == null || end == PyNone.NONE ? n : UnaryOps.indexClamped(end);
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        if (e < 0) {
            e = Math.max(0, e + n);
        }
        return new int[] {(int) Math.min(s, n + 1L), (int) Math.min(e, n)};
    }

    private static int findImpl(Object self, Object sub, Object start, Object end, boolean right) {
        String h = s(self);
        String n = BytesSupport.searchArg(sub);
        int[] r = bounds(h.length(), start, end);
        if (r[1] - r[0] < n.length()) {
            return -1;
        }
        String region = h.substring(Math.min(r[0], h.length()), r[1]);
        int i = right ? region.lastIndexOf(n) : region.indexOf(n);
        return i < 0 ? -1 : i + r[0];
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object find(Object self, Object sub, Object start, Object end) {
        return PyInt.valueOf(findImpl(self, sub, start, end, false));
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object rfind(Object self, Object sub, Object start, Object end) {
        return PyInt.valueOf(findImpl(self, sub, start, end, true));
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object index(Object self, Object sub, Object start, Object end) {
        int i = findImpl(self, sub, start, end, false);
        if (i < 0) {
            throw PyExceptions.valueError("subsection not found");
        }
        return PyInt.valueOf(i);
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object rindex(Object self, Object sub, Object start, Object end) {
        int i = findImpl(self, sub, start, end, true);
        if (i < 0) {
            throw PyExceptions.valueError("subsection not found");
        }
        return PyInt.valueOf(i);
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object count(Object self, Object sub, Object start, Object end) {
        String h = s(self);
        String n = BytesSupport.searchArg(sub);
        int[] r = bounds(h.length(), start, end);
        if (r[1] - r[0] < n.length()) {
            return PyInt.valueOf(0);
        }
        String region = h.substring(r[0], r[1]);
        if (n.isEmpty()) {
            return PyInt.valueOf(region.length() + 1);
        }
        int c = 0;
        for (int i = region.indexOf(n); i >= 0; i = region.indexOf(n, i + n.length())) {
            c++;
        }
        return PyInt.valueOf(c);
    }

    private static boolean affix(Object self, Object x, Object start, Object end, boolean prefix, String name) {
        String h = s(self);
        int[] r = bounds(h.length(), start, end);
        if (r[0] > h.length()) {
            return false;
        }
        String region = r[1] < r[0] ? "" : h.substring(r[0], r[1]);
        if (r[1] < r[0]) {
            return false;
        }
        Object[] cands = x instanceof PyTuple t ? t.items : new Object[] {x};
        for (Object c : cands) {
            byte[] b = BytesSupport.data(c);
            if (b == null) {
                if (x instanceof PyTuple) {
                    throw PyExceptions.typeError("a bytes-like object is required, not '%s'", TypeOps.typeName(c));
                }
                throw PyExceptions.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name,
                        TypeOps.typeName(c));
            }
            String n = BytesSupport.latin1(b);
            if (prefix ? region.startsWith(n) : region.endsWith(n)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(required = 1, tupleArity = true)
    public static boolean startswith(Object self, Object x, Object start, Object end) {
        return affix(self, x, start, end, true, "startswith");
    }

    @PyMethod(required = 1, tupleArity = true)
    public static boolean endswith(Object self, Object x, Object start, Object end) {
        return affix(self, x, start, end, false, "endswith");
    }

    @PyMethod
    public static Object removeprefix(Object self, Object p) {
        String h = s(self);
        String n = BytesSupport.latin1(BytesSupport.need(p));
        return BytesSupport.make(self, h.startsWith(n) ? h.substring(n.length()) : h);
    }

    @PyMethod
    public static Object removesuffix(Object self, Object p) {
        String h = s(self);
        String n = BytesSupport.latin1(BytesSupport.need(p));
        return BytesSupport.make(self, h.endsWith(n) && !n.isEmpty() ? h.substring(0, h.length() - n.length()) : h);
    }

    // ---- splitting, stripping ------------------------------------------------------------------

    @PyMethod(general = true)
    public static Object split(Object self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("split", args, kwnames, 2, new String[] {"sep", "maxsplit"}, 0);
        return BytesSupport.list(self, splitParts(s(self), p[0], p[1], false));
    }

    @PyMethod(general = true)
    public static Object rsplit(Object self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("rsplit", args, kwnames, 2, new String[] {"sep", "maxsplit"}, 0);
        return BytesSupport.list(self, splitParts(s(self), p[0], p[1], true));
    }

    static List<String> splitParts(String s, Object sepObj, Object maxObj, boolean fromRight) {
        long max = maxObj == null ? -1 : UnaryOps.indexAsLong(maxObj);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        List<String> parts = new ArrayList<>();
        if (sepObj == null || sepObj == PyNone.NONE) {
            int n = s.length();
            if (!fromRight) {
                int i = 0;
                while (true) {
                    while (i < n && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (parts.size() == max) {
                        parts.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(s.charAt(j))) {
                        j++;
                    }
                    parts.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int i = n;
                while (true) {
                    while (i > 0 && isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (parts.size() == max) {
                        parts.add(s.substring(0, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(s.charAt(j - 1))) {
                        j--;
                    }
                    parts.add(s.substring(j, i));
                    i = j;
                }
                java.util.Collections.reverse(parts);
            }
            return parts;
        }
        String sep = BytesSupport.latin1(BytesSupport.need(sepObj));
        if (sep.isEmpty()) {
            throw PyExceptions.valueError("empty separator");
        }
        if (!fromRight) {
            int i = 0;
            while (parts.size() < max) {
                int j = s.indexOf(sep, i);
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(i, j));
                i = j + sep.length();
            }
            parts.add(s.substring(i));
        } else {
            int i = s.length();
            while (parts.size() < max) {
                int j = i - sep.length() < 0 ? -1 : s.lastIndexOf(sep, i - sep.length());
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(j + sep.length(), i));
                i = j;
            }
            parts.add(s.substring(0, i));
            java.util.Collections.reverse(parts);
        }
        return parts;
    }

    @PyMethod(general = true)
    public static Object splitlines(Object self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("splitlines", args, kwnames, 1, new String[] {"keepends"}, 0);
        boolean keep = p[0] != null && Truth.isTrue(p[0]);
        String s = s(self);
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            parts.add(s.substring(i, keep ? j : eol));
            i = j;
        }
        return BytesSupport.list(self, parts);
    }

    private static Object strip(Object self, Object chars, boolean left, boolean right) {
        String s = s(self);
        String cs = BytesSupport.charsArg(chars);
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j && (cs == null ? isSpace(s.charAt(i)) : cs.indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
        }
        if (right) {
            while (j > i && (cs == null ? isSpace(s.charAt(j - 1)) : cs.indexOf(s.charAt(j - 1)) >= 0)) {
                j--;
            }
        }
        return BytesSupport.make(self, s.substring(i, j));
    }

    @PyMethod(required = 0)
    public static Object strip(Object self, Object chars) {
        return strip(self, chars, true, true);
    }

    @PyMethod(required = 0)
    public static Object lstrip(Object self, Object chars) {
        return strip(self, chars, true, false);
    }

    @PyMethod(required = 0)
    public static Object rstrip(Object self, Object chars) {
        return strip(self, chars, false, true);
    }

    @PyMethod
    public static Object partition(Object self, Object sep) {
        String s = s(self);
        String p = BytesSupport.latin1(BytesSupport.need(sep));
        if (p.isEmpty()) {
            throw PyExceptions.valueError("empty separator");
        }
        int i = s.indexOf(p);
        if (i < 0) {
            return BytesSupport.triple(self, s, "", "");
        }
        return BytesSupport.triple(self, s.substring(0, i), p, s.substring(i + p.length()));
    }

    @PyMethod
    public static Object rpartition(Object self, Object sep) {
        String s = s(self);
        String p = BytesSupport.latin1(BytesSupport.need(sep));
        if (p.isEmpty()) {
            throw PyExceptions.valueError("empty separator");
        }
        int i = s.lastIndexOf(p);
        if (i < 0) {
            return BytesSupport.triple(self, "", "", s);
        }
        return BytesSupport.triple(self, s.substring(0, i), p, s.substring(i + p.length()));
    }

    @PyMethod(required = 2)
    public static Object replace(Object self, Object old, Object new_, Object count) {
        String s = s(self);
        String o = BytesSupport.latin1(BytesSupport.need(old));
        String n = BytesSupport.latin1(BytesSupport.need(new_));
        long max = count == null ? -1 : UnaryOps.indexAsLong(count);
        return BytesSupport.make(self, TextAlgorithms.replace(s, o, n, max));
    }

    // ---- case and classes ----------------------------------------------------------------------

    private static Object mapChars(Object self, java.util.function.IntUnaryOperator f) {
        byte[] b = BytesSupport.self(self).clone();
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) f.applyAsInt(b[i] & 0xff);
        }
        return BytesSupport.make(self, b);
    }

    @PyMethod
    public static Object lower(Object self) {
        return mapChars(self, c -> isUpper(c) ? c + 32 : c);
    }

    @PyMethod
    public static Object upper(Object self) {
        return mapChars(self, c -> isLower(c) ? c - 32 : c);
    }

    @PyMethod
    public static Object swapcase(Object self) {
        return mapChars(self, c -> isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c);
    }

    @PyMethod
    public static Object capitalize(Object self) {
        byte[] b = BytesSupport.self(self).clone();
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            b[i] = (byte) (i == 0 ? (isLower(c) ? c - 32 : c) : (isUpper(c) ? c + 32 : c));
        }
        return BytesSupport.make(self, b);
    }

    @PyMethod
    public static Object title(Object self) {
        byte[] b = BytesSupport.self(self).clone();
        boolean prevCased = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            if (isAlpha(c)) {
                b[i] = (byte) (prevCased ? (isUpper(c) ? c + 32 : c) : (isLower(c) ? c - 32 : c));
                prevCased = true;
            } else {
                prevCased = false;
            }
        }
        return BytesSupport.make(self, b);
    }

    private static boolean all(Object self, java.util.function.IntPredicate p) {
        byte[] b = BytesSupport.self(self);
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            if (!p.test(x & 0xff)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    public static boolean isalpha(Object self) {
        return all(self, BytesCommonMethods::isAlpha);
    }

    @PyMethod
    public static boolean isdigit(Object self) {
        return all(self, BytesCommonMethods::isDigit);
    }

    @PyMethod
    public static boolean isalnum(Object self) {
        return all(self, c -> isAlpha(c) || isDigit(c));
    }

    @PyMethod
    public static boolean isspace(Object self) {
        return all(self, BytesCommonMethods::isSpace);
    }

    @PyMethod
    public static boolean isascii(Object self) {
        for (byte x : BytesSupport.self(self)) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    public static boolean islower(Object self) {
        boolean cased = false;
        for (byte x : BytesSupport.self(self)) {
            if (isUpper(x)) {
                return false;
            }
            cased |= isLower(x);
        }
        return cased;
    }

    @PyMethod
    public static boolean isupper(Object self) {
        boolean cased = false;
        for (byte x : BytesSupport.self(self)) {
            if (isLower(x)) {
                return false;
            }
            cased |= isUpper(x);
        }
        return cased;
    }

    @PyMethod
    public static boolean istitle(Object self) {
        boolean cased = false;
        boolean prevCased = false;
        for (byte x : BytesSupport.self(self)) {
            if (isUpper(x)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (isLower(x)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    // ---- padding -------------------------------------------------------------------------------

    private static char fill(Object f, String name) {
        if (f == null) {
            return ' ';
        }
        byte[] b = BytesSupport.data(f);
        if (b == null || b.length != 1) {
            throw PyExceptions.typeError("%s() argument 2 must be a byte string of length 1, not %s", name,
                    b == null ? TypeOps.typeName(f) : TypeOps.typeName(f));
        }
        return (char) (b[0] & 0xff);
    }

    @PyMethod(required = 1)
    public static Object center(Object self, Object width, Object fillchar) {
        return BytesSupport.make(self, TextAlgorithms.pad(s(self), UnaryOps.indexAsLong(width), fill(fillchar, "center"), 'c'));
    }

    @PyMethod(required = 1)
    public static Object ljust(Object self, Object width, Object fillchar) {
        return BytesSupport.make(self, TextAlgorithms.pad(s(self), UnaryOps.indexAsLong(width), fill(fillchar, "ljust"), '<'));
    }

    @PyMethod(required = 1)
    public static Object rjust(Object self, Object width, Object fillchar) {
        return BytesSupport.make(self, TextAlgorithms.pad(s(self), UnaryOps.indexAsLong(width), fill(fillchar, "rjust"), '>'));
    }

    @PyMethod
    public static Object zfill(Object self, Object width) {
        return BytesSupport.make(self, TextAlgorithms.zfill(s(self), UnaryOps.indexAsLong(width)));
    }

    @PyMethod(general = true)
    public static Object expandtabs(Object self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("expandtabs", args, kwnames, 1, new String[] {"tabsize"}, 0);
        return BytesSupport.make(self, TextAlgorithms.expandTabs(s(self), p[0] == null ? 8 : UnaryOps.indexAsLong(p[0])));
    }

    /** {@code translate(table, /, delete=b'')}: delete may be given by keyword. */
    @PyMethod(general = true)
    public static Object translate(Object self, Object[] args, String[] kwnames) {
        if (args.length - (kwnames == null ? 0 : kwnames.length) < 1) {
            throw PyExceptions.typeError("translate() takes at least 1 positional argument (0 given)");
        }
        Object[] p = ArgParser.parse("translate", args, kwnames, 2, new String[] {"", "delete"}, 1);
        return translate(self, p[0], p[1]);
    }

    private static Object translate(Object self, Object table, Object delete) {
        byte[] t = table == PyNone.NONE ? null : BytesSupport.need(table);
        if (t != null && t.length != 256) {
            throw PyExceptions.valueError("translation table must be 256 characters long");
        }
        String del = delete == null ? "" : BytesSupport.latin1(BytesSupport.need(delete));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte x : BytesSupport.self(self)) {
            int c = x & 0xff;
            if (del.indexOf(c) >= 0) {
                continue;
            }
            out.write(t == null ? c : t[c]);
        }
        return BytesSupport.make(self, out.toByteArray());
    }

    @PyMethod(isStatic = true)
    public static Object maketrans(Object from, Object to) {
        byte[] f = BytesSupport.need(from);
        byte[] t = BytesSupport.need(to);
        if (f.length != t.length) {
            throw PyExceptions.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            table[f[i] & 0xff] = t[i];
        }
        return PyBytes.wrap(table);
    }

    @PyMethod(name = "__getnewargs__")
    public static Object getnewargs(Object self) {
        return PyTuple.of(PyBytes.wrap(BytesSupport.self(self).clone()));
    }

    // ---- comparison ----------------------------------------------------------------------------

    private static Object cmp(Object self, Object other, int op) {
        byte[] o = other instanceof PyBytes || other instanceof PyByteArray ? BytesSupport.data(other) : null;
        if (o == null) {
            return org.pyston.builtins.object.PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = java.util.Arrays.compareUnsigned(BytesSupport.self(self), o);
        boolean r;
        switch (op) {
            case 0: r = c < 0; break;
            case 1: r = c <= 0; break;
            case 2: r = c == 0; break;
            case 3: r = c != 0; break;
            case 4: r = c > 0; break;
            default: r = c >= 0; break;
        }
        return org.pyston.builtins.number.PyBool.of(r);
    }

    @PyMethod(name = "__lt__")
    public static Object lt(Object self, Object o) {
        return cmp(self, o, 0);
    }

    @PyMethod(name = "__le__")
    public static Object le(Object self, Object o) {
        return cmp(self, o, 1);
    }

    @PyMethod(name = "__eq__")
    public static Object eq(Object self, Object o) {
        return cmp(self, o, 2);
    }

    @PyMethod(name = "__ne__")
    public static Object ne(Object self, Object o) {
        return cmp(self, o, 3);
    }

    @PyMethod(name = "__gt__")
    public static Object gt(Object self, Object o) {
        return cmp(self, o, 4);
    }

    @PyMethod(name = "__ge__")
    public static Object ge(Object self, Object o) {
        return cmp(self, o, 5);
    }
}
