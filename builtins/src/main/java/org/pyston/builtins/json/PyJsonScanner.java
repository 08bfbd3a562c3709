package org.pyston.builtins.json;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.FloatParser;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _json.make_scanner}: the decoder's {@code scan_once(string, idx)}, which json.loads calls
 * through JSONDecoder.raw_decode. Built from a JSONDecoder (its strict flag and hooks), it returns
 * {@code (value, end)} or raises {@code StopIteration(idx)} when no JSON value starts at idx, as
 * CPython's scan_once_unicode does: the same grammar, the same error messages and positions (a
 * failed nested value propagates as StopIteration, which raw_decode reports as "Expecting value"),
 * object keys memoized so that equal keys share one str, and the default {@code int}/{@code float}
 * parsed without a call. Positions inside are char offsets of the Java string; they become code
 * point indexes only where Python sees them.
 */
public final class PyJsonScanner implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("Scanner", "_json", PyJsonScanner.class,
            PyJsonScanner.class);

    private final boolean strict;
    private final Object objectHook;
    private final Object objectPairsHook;
    private final Object parseFloat;
    private final Object parseInt;
    private final Object parseConstant;
    /** Interning of object keys during one call; cleared when the call ends. */
    private final PyDict memo = new PyDict();

    private PyJsonScanner(Object context) {
        this.strict = Truth.isTrue(AttributeOps.getAttr(context, "strict"));
        this.objectHook = AttributeOps.getAttr(context, "object_hook");
        this.objectPairsHook = AttributeOps.getAttr(context, "object_pairs_hook");
        this.parseFloat = AttributeOps.getAttr(context, "parse_float");
        this.parseInt = AttributeOps.getAttr(context, "parse_int");
        this.parseConstant = AttributeOps.getAttr(context, "parse_constant");
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Object[] p = ArgParser.parse("make_scanner", rest, kwnames, 1, new String[] {"context"}, 1);
        return new PyJsonScanner(p[0]);
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(PyJsonScanner self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("scan_once", args, kwnames, 2, new String[] {"string", "idx"}, 2);
        if (!(p[0] instanceof PyStr doc)) {
            throw PyExceptions.typeError("first argument must be a string, not %.80s", TypeOps.typeName(p[0]));
        }
        long idx = UnaryOps.indexAsLong(p[1]);
        if (idx < 0) {
            throw PyExceptions.valueError("idx cannot be negative");
        }
        if (idx >= doc.length()) {
            throw PyExceptions.stopIteration(new PyInt(idx));
        }
        int[] next = new int[1];
        try {
            Object value = self.scanOnce(doc, doc.charOffset((int) idx), next);
            return PyTuple.of(value, new PyInt(doc.codePointIndex(next[0])));
        } finally {
            self.memo.clear();
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static int skipWhitespace(String s, int i) {
        while (i < s.length() && isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static RuntimeException stop(PyStr doc, int at) {
        return PyExceptions.stopIteration(new PyInt(doc.codePointIndex(at)));
    }

    /** The value starting at char offset {@code i}; its end goes to {@code next[0]}. */
    private Object scanOnce(PyStr doc, int i, int[] next) {
        String s = doc.value();
        if (i >= s.length()) {
            throw stop(doc, i);
        }
        switch (s.charAt(i)) {
            case '"':
                return JsonModule.scanString(doc, i + 1, strict, next);
            case '{':
                return nested(doc, i + 1, next, true);
            case '[':
                return nested(doc, i + 1, next, false);
            case 'n':
                if (s.startsWith("null", i)) {
                    next[0] = i + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (s.startsWith("true", i)) {
                    next[0] = i + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (s.startsWith("false", i)) {
                    next[0] = i + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (s.startsWith("NaN", i)) {
                    return constant("NaN", i, next);
                }
                break;
            case 'I':
                if (s.startsWith("Infinity", i)) {
                    return constant("Infinity", i, next);
                }
                break;
            case '-':
                if (s.startsWith("-Infinity", i)) {
                    return constant("-Infinity", i, next);
                }
                break;
            default:
                break;
        }
        return number(doc, i, next);
    }

    private Object constant(String name, int i, int[] next) {
        next[0] = i + name.length();
        return CallOps.call(parseConstant, new Object[] {PyStr.of(name)}, null);
    }

    /** An object or array: counts as a Python call level, as CPython's recursion check does. */
    private Object nested(PyStr doc, int i, int[] next, boolean object) {
        ThreadState ts = ThreadState.current();
        try {
            ts.enterCall();
        } catch (RuntimeException e) {
            throw PyExceptions.recursionError("maximum recursion depth exceeded while decoding a JSON "
                    + (object ? "object" : "array") + " from a unicode string");
        }
        try {
            return object ? parseObject(doc, i, next) : parseArray(doc, i, next);
        } finally {
            ts.exitCall();
        }
    }

    private Object parseObject(PyStr doc, int i, int[] next) {
        String s = doc.value();
        int n = s.length();
        boolean pairsHook = objectPairsHook != PyNone.NONE;
        PyList pairs = pairsHook ? new PyList() : null;
        PyDict dict = pairsHook ? null : new PyDict();
        i = skipWhitespace(s, i);
        if (i >= n || s.charAt(i) != '}') {
            while (true) {
                if (i >= n || s.charAt(i) != '"') {
                    throw JsonModule.decodeError("Expecting property name enclosed in double quotes", doc,
                            doc.codePointIndex(i));
                }
                Object key = JsonModule.scanString(doc, i + 1, strict, next);
                Object known = memo.get(key);
                if (known != null) {
                    key = known;
                } else {
                    memo.put(key, key);
                }
                i = skipWhitespace(s, next[0]);
                if (i >= n || s.charAt(i) != ':') {
                    throw JsonModule.decodeError("Expecting ':' delimiter", doc, doc.codePointIndex(i));
                }
                i = skipWhitespace(s, i + 1);
                Object value = scanOnce(doc, i, next);
                if (pairsHook) {
                    pairs.append(PyTuple.of(key, value));
                } else {
                    dict.put(key, value);
                }
                i = skipWhitespace(s, next[0]);
                if (i < n && s.charAt(i) == '}') {
                    break;
                }
                if (i >= n || s.charAt(i) != ',') {
                    throw JsonModule.decodeError("Expecting ',' delimiter", doc, doc.codePointIndex(i));
                }
                i = skipWhitespace(s, i + 1);
            }
        }
        next[0] = i + 1;
        if (pairsHook) {
            return CallOps.call(objectPairsHook, new Object[] {pairs}, null);
        }
        if (objectHook != PyNone.NONE) {
            return CallOps.call(objectHook, new Object[] {dict}, null);
        }
        return dict;
    }

    private Object parseArray(PyStr doc, int i, int[] next) {
        String s = doc.value();
        int n = s.length();
        PyList list = new PyList();
        i = skipWhitespace(s, i);
        if (i >= n || s.charAt(i) != ']') {
            while (true) {
                list.append(scanOnce(doc, i, next));
                i = skipWhitespace(s, next[0]);
                if (i < n && s.charAt(i) == ']') {
                    break;
                }
                if (i >= n || s.charAt(i) != ',') {
                    throw JsonModule.decodeError("Expecting ',' delimiter", doc, doc.codePointIndex(i));
                }
                i = skipWhitespace(s, i + 1);
            }
        }
        next[0] = i + 1;
        return list;
    }

    private static boolean isDigit(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?} at {@code start}, else StopIteration. */
    private Object number(PyStr doc, int start, int[] next) {
        String s = doc.value();
        int i = start;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        if (!isDigit(s, i)) {
            throw stop(doc, start);
        }
        if (s.charAt(i) == '0') {
            i++;
        } else {
            while (isDigit(s, i)) {
                i++;
            }
        }
        boolean isFloat = false;
        if (i < s.length() && s.charAt(i) == '.' && isDigit(s, i + 1)) {
            isFloat = true;
            i += 2;
            while (isDigit(s, i)) {
                i++;
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < s.length() && (s.charAt(e) == '-' || s.charAt(e) == '+')) {
                e++;
            }
            if (isDigit(s, e)) {
                while (isDigit(s, e)) {
                    e++;
                }
                isFloat = true;
                i = e;
            }
        }
        next[0] = i;
        String text = s.substring(start, i);
        if (isFloat) {
            if (parseFloat == PyFloat.TYPE) {
                return new PyFloat(FloatParser.parse(text));
            }
            return CallOps.call(parseFloat, new Object[] {PyStr.of(text)}, null);
        }
        if (parseInt == PyInt.TYPE && text.length() <= 18) {
            return PyInt.valueOf(Long.parseLong(text));
        }
        // long literals go through int() itself (its digit limit and big-int parsing)
        return CallOps.call(parseInt, new Object[] {PyStr.of(text)}, null);
    }
}
