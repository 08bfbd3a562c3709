package org.pyston.builtins.json;

import org.pyston.builtins.container.ListMethods;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _json.make_encoder}: the one-shot encoder json.dumps uses when {@code indent} is None.
 * Called as {@code encoder(obj, _current_indent_level)} it returns a one-item list holding the whole
 * document, built as CPython's encoder_listencode_obj does: the same dispatch on exact types and
 * their subclasses, circular-reference markers keyed by identity, key conversion and sorting,
 * float and int text from their types' own {@code __repr__}, and the same errors.
 */
public final class PyJsonEncoder implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("make_encoder", "_json", PyJsonEncoder.class,
            PyJsonEncoder.class);

    private final Object markers;
    private final Object defaultFn;
    private final Object encoder;
    /** 0: call {@link #encoder}; 1: encode_basestring_ascii; 2: encode_basestring. */
    private final int fastEncode;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;

    private PyJsonEncoder(Object markers, Object defaultFn, Object encoder, int fastEncode, String keySeparator,
                          String itemSeparator, boolean sortKeys, boolean skipKeys, boolean allowNan) {
        this.markers = markers;
        this.defaultFn = defaultFn;
        this.encoder = encoder;
        this.fastEncode = fastEncode;
        this.keySeparator = keySeparator;
        this.itemSeparator = itemSeparator;
        this.sortKeys = sortKeys;
        this.skipKeys = skipKeys;
        this.allowNan = allowNan;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static String separator(String what, Object o) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError("make_encoder() argument %s must be str, not %s", what, TypeOps.typeName(o));
        }
        return s.value();
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Object[] p = ArgParser.parse("make_encoder", rest, kwnames, 9, new String[] {"markers", "default", "encoder",
            "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}, 9);
        if (p[0] != PyNone.NONE && !(p[0] instanceof PyDict)) {
            throw PyExceptions.typeError("make_encoder() argument 1 must be dict or None, not %.200s",
                    TypeOps.typeName(p[0]));
        }
        int fast = 0;
        if (p[2] instanceof org.pyston.builtins.function.PyBuiltinFunction f) {
            String n = f.getName();
            fast = n.equals("encode_basestring_ascii") ? 1 : n.equals("encode_basestring") ? 2 : 0;
        }
        return new PyJsonEncoder(p[0], p[1], p[2], fast, separator("5", p[4]), separator("6", p[5]),
                Truth.isTrue(p[6]), Truth.isTrue(p[7]), Truth.isTrue(p[8]));
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(PyJsonEncoder self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("_iterencode", args, kwnames, 2, new String[] {"obj", "_current_indent_level"}, 2);
        StringBuilder out = new StringBuilder();
        self.encodeObj(out, p[0]);
        return PyList.of(PyStr.of(out.toString()));
    }

    private void encodeString(StringBuilder out, Object s) {
        Object r = switch (fastEncode) {
            case 1 -> JsonModule.encode_basestring_ascii(s);
            case 2 -> JsonModule.encode_basestring(s);
            default -> CallOps.call(encoder, new Object[] {s}, null);
        };
        if (!(r instanceof PyStr rs)) {
            throw PyExceptions.typeError("encoder() must return a string, not %.80s", TypeOps.typeName(r));
        }
        out.append(rs.value());
    }

    private String floatText(Object f) {
        double d = f instanceof PyFloat pf ? pf.value : ((PyFloat) CallOps.call(PyFloat.TYPE, new Object[] {f}, null)).value;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            if (!allowNan) {
                throw PyExceptions.valueError("Out of range float values are not JSON compliant");
            }
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }
        return ((PyStr) CallOps.callWithSelf(PyFloat.TYPE.lookup("__repr__"), f, new Object[0], null)).value();
    }

    private static String intText(Object i) {
        return ((PyStr) CallOps.callWithSelf(PyInt.TYPE.lookup("__repr__"), i, new Object[0], null)).value();
    }

    /** Records {@code o} in the markers by its id(), failing on a cycle; returns the key to remove. */
    private Object mark(Object o) {
        if (markers == PyNone.NONE) {
            return null;
        }
        Object ident = org.pyston.builtins.module.BuiltinsModule.id(o);
        PyDict m = (PyDict) markers;
        if (m.get(ident) != null) {
            throw PyExceptions.valueError("Circular reference detected");
        }
        m.put(ident, o);
        return ident;
    }

    private void unmark(Object ident) {
        if (ident != null) {
            ((PyDict) markers).remove(ident);
        }
    }

    private void encodeObj(StringBuilder out, Object o) {
        if (o == PyNone.NONE) {
            out.append("null");
        } else if (o == PyBool.TRUE) {
            out.append("true");
        } else if (o == PyBool.FALSE) {
            out.append("false");
        } else if (o instanceof PyStr || TypeOps.isInstance(o, PyStr.TYPE)) {
            encodeString(out, o);
        } else if (IntMath.isInt(o) || TypeOps.isInstance(o, PyInt.TYPE)) {
            out.append(intText(o));
        } else if (o instanceof PyFloat || TypeOps.isInstance(o, PyFloat.TYPE)) {
            out.append(floatText(o));
        } else if (o instanceof PyList || o instanceof PyTuple || TypeOps.isInstance(o, PyList.TYPE)
                || TypeOps.isInstance(o, PyTuple.TYPE)) {
            encodeList(out, o);
        } else if (o instanceof PyDict || TypeOps.isInstance(o, PyDict.TYPE)) {
            encodeDict(out, o);
        } else {
            Object ident = mark(o);
            Object replacement = CallOps.call(defaultFn, new Object[] {o}, null);
            ThreadState ts = ThreadState.current();
            ts.enterCall();
            try {
                encodeObj(out, replacement);
            } finally {
                ts.exitCall();
            }
            unmark(ident);
        }
    }

    private void encodeList(StringBuilder out, Object seq) {
        Object[] items = IterOps.toArray(seq);
        if (items.length == 0) {
            out.append("[]");
            return;
        }
        Object ident = mark(seq);
        out.append('[');
        ThreadState ts = ThreadState.current();
        ts.enterCall();
        try {
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(itemSeparator);
                }
                encodeObj(out, items[i]);
            }
        } finally {
            ts.exitCall();
        }
        unmark(ident);
        out.append(']');
    }

    private void encodeDict(StringBuilder out, Object dct) {
        Object[] items;
        if (dct instanceof PyDict d) {
            Object[][] e = d.entries();
            items = new Object[e.length];
            for (int i = 0; i < e.length; i++) {
                items[i] = PyTuple.of(e[i][0], e[i][1]);
            }
        } else {
            items = IterOps.toArray(CallOps.callMethod(dct, "items", new Object[0], null));
        }
        if (items.length == 0) {
            out.append("{}");
            return;
        }
        Object ident = mark(dct);
        out.append('{');
        if (sortKeys) {
            ListMethods.sortArray(items, null, false);
        }
        ThreadState ts = ThreadState.current();
        ts.enterCall();
        try {
            boolean first = true;
            for (Object item : items) {
                Object[] kv = IterOps.toArray(item);
                Object key = kv[0];
                Object kstr;
                if (key instanceof PyStr || TypeOps.isInstance(key, PyStr.TYPE)) {
                    kstr = key;
                } else if (key instanceof PyFloat || TypeOps.isInstance(key, PyFloat.TYPE)) {
                    kstr = PyStr.of(floatText(key));
                } else if (key == PyBool.TRUE || key == PyBool.FALSE || key == PyNone.NONE) {
                    kstr = PyStr.of(key == PyBool.TRUE ? "true" : key == PyBool.FALSE ? "false" : "null");
                } else if (IntMath.isInt(key) || TypeOps.isInstance(key, PyInt.TYPE)) {
                    kstr = PyStr.of(intText(key));
                } else if (skipKeys) {
                    continue;
                } else {
                    throw PyExceptions.typeError("keys must be str, int, float, bool or None, not %.100s",
                            TypeOps.typeName(key));
                }
                if (!first) {
                    out.append(itemSeparator);
                }
                first = false;
                encodeString(out, kstr);
                out.append(keySeparator);
                encodeObj(out, kv[1]);
            }
        } finally {
            ts.exitCall();
        }
        unmark(ident);
        out.append('}');
    }
}
