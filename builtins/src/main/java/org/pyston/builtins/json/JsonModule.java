package org.pyston.builtins.json;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _json} speedups that the json package picks up one by one: {@code scanstring} (the
 * string literal scanner of the decoder) and {@code encode_basestring(_ascii)} (string quoting of
 * the encoder), with CPython's results and JSONDecodeError messages. {@code make_encoder} ({@link PyJsonEncoder})
 * serves json.dumps without indent; {@code make_scanner} ({@link PyJsonScanner}) serves json.loads.
 */
public final class JsonModule {
    private JsonModule() {}

    /** Builds {@code _json} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_json");
        DeclarationScanner.scanModule(JsonModule.class, "_json", m.getDict());
        m.getDict().putStr("make_encoder", PyJsonEncoder.TYPE);
        m.getDict().putStr("make_scanner", PyJsonScanner.TYPE);
        return m;
    }

    /**
     * {@code json.decoder.JSONDecodeError(msg, doc, pos)}, taken from the already imported
     * json.decoder as CPython 3.11 does; without it CPython fails with a SystemError, and so do we.
     */
    static RuntimeException decodeError(String msg, PyStr doc, int pos) {
        Object mod = Interpreter.current().getModules().get(PyStr.of("json.decoder"));
        Object cls = mod == null ? null : AttributeOps.lookupAttr(mod, "JSONDecodeError");
        if (cls == null) {
            throw PyExceptions.withMessage(PyExceptions.SYSTEM_ERROR,
                    "<built-in function scanstring> returned NULL without setting an exception");
        }
        Object exc = CallOps.call(cls, new Object[] {PyStr.of(msg), doc, new PyInt(pos)}, null);
        throw PyExceptions.raise(exc, null);
    }

    @PyMethod(required = 2)
    public static Object scanstring(Object string, Object endObj, Object strictObj) {
        if (!(string instanceof PyStr doc)) {
            throw PyExceptions.typeError("first argument must be a string, not %.80s", TypeOps.typeName(string));
        }
        long endCp = UnaryOps.indexAsLong(endObj);
        boolean strict = strictObj == null || Truth.isTrue(strictObj);
        int lenCp = doc.length();
        if (endCp < 0 || endCp > lenCp) {
            throw PyExceptions.valueError("end is out of bounds");
        }
        int[] endOut = new int[1];
        PyStr value = scanString(doc, doc.charOffset((int) endCp), strict, endOut);
        return PyTuple.of(value, new PyInt(doc.codePointIndex(endOut[0])));
    }

    /**
     * The string literal whose opening quote is just before char offset {@code end} of {@code doc}; stores
     * the char offset after its closing quote in {@code endOut[0]}. Shared with {@link PyJsonScanner}.
     */
    static PyStr scanString(PyStr doc, int end, boolean strict, int[] endOut) {
        String s = doc.value();
        int len = s.length();
        // scan by char: quotes, backslashes and control characters are never halves of surrogate pairs
        int begin = end - 1;
        StringBuilder out = null;
        while (true) {
            int next = end;
            char c = 0;
            for (; next < len; next++) {
                c = s.charAt(next);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw decodeError("Invalid control character at", doc, doc.codePointIndex(next));
                }
            }
            if (next >= len || (c != '"' && c != '\\')) {
                throw decodeError("Unterminated string starting at", doc, doc.codePointIndex(begin));
            }
            if (c == '"' && out == null) {
                endOut[0] = next + 1;
                return PyStr.of(s.substring(end, next));
            }
            if (out == null) {
                out = new StringBuilder();
            }
            out.append(s, end, next);
            next++;
            if (c == '"') {
                end = next;
                break;
            }
            if (next == len) {
                throw decodeError("Unterminated string starting at", doc, doc.codePointIndex(begin));
            }
            char e = s.charAt(next);
            if (e != 'u') {
                end = next + 1;
                char r;
                switch (e) {
                    case '"': r = '"'; break;
                    case '\\': r = '\\'; break;
                    case '/': r = '/'; break;
                    case 'b': r = '\b'; break;
                    case 'f': r = '\f'; break;
                    case 'n': r = '\n'; break;
                    case 'r': r = '\r'; break;
                    case 't': r = '\t'; break;
                    default:
                        throw decodeError("Invalid \\escape", doc, doc.codePointIndex(end - 2));
                }
                out.append(r);
                continue;
            }
            next++;
            end = next + 4;
            if (end >= len) {
                throw decodeError("Invalid \\uXXXX escape", doc, doc.codePointIndex(next - 1));
            }
            int u = hex4(s, next, doc, end);
            next = end;
            if (Character.isHighSurrogate((char) u) && end + 6 < len && s.charAt(next) == '\\' && s.charAt(next + 1) == 'u') {
                int u2 = hex4(s, next + 2, doc, end + 6);
                if (Character.isLowSurrogate((char) u2)) {
                    out.appendCodePoint(Character.toCodePoint((char) u, (char) u2));
                    end += 6;
                    continue;
                }
            }
            out.append((char) u);
        }
        endOut[0] = end;
        return PyStr.of(out.toString());
    }

    /** Four hex digits at {@code s[at, at+4)}; the error position is {@code stop - 5}, as CPython reports it. */
    private static int hex4(String s, int at, PyStr doc, int stop) {
        int v = 0;
        for (int i = at; i < at + 4; i++) {
            char ch = s.charAt(i);
            int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                    : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
            if (d < 0) {
                throw decodeError("Invalid \\uXXXX escape", doc, doc.codePointIndex(stop - 5));
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static String string(Object o) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError("first argument must be a string, not %.80s", TypeOps.typeName(o));
        }
        return s.value();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void appendUnicodeEscape(StringBuilder b, char c) {
        b.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
    }

    /** The short escape of {@code c}, or null. */
    private static String shortEscape(char c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\b': return "\\b";
            case '\f': return "\\f";
            default: return null;
        }
    }

    @PyMethod
    public static Object encode_basestring_ascii(Object s) {
        String v = string(s);
        StringBuilder b = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            String esc = shortEscape(c);
            if (esc != null) {
                b.append(esc);
            } else if (c < 0x20 || c > 0x7e) {
                // a non-BMP character is two chars here: each becomes its \\u escape, the surrogate pair
                appendUnicodeEscape(b, c);
            } else {
                b.append(c);
            }
        }
        return PyStr.of(b.append('"').toString());
    }

    @PyMethod
    public static Object encode_basestring(Object s) {
        String v = string(s);
        StringBuilder b = new StringBuilder(v.length() + 2).append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            String esc = shortEscape(c);
            if (esc != null) {
                b.append(esc);
            } else if (c < 0x20) {
                appendUnicodeEscape(b, c);
            } else {
                b.append(c);
            }
        }
        return PyStr.of(b.append('"').toString());
    }
}
