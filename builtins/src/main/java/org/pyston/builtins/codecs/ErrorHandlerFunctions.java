package org.pyston.builtins.codecs;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The built-in error handlers as Python callables ({@code codecs.lookup_error('replace')}): given
 * a UnicodeEncodeError/DecodeError they return {@code (replacement, resume position)}, as
 * CPython's. The Java codecs apply the same rules internally without calling these.
 */
public final class ErrorHandlerFunctions {
    private ErrorHandlerFunctions() {
    }

    private static PyBaseException wrongType(Object exc) {
        return PyExceptions.typeError("don't know how to handle %s in error callback", TypeOps.typeName(exc));
    }

    /** An attribute of the exception, or (when it was made from Python without them) its constructor argument. */
    private static Object field(Object exc, String name) {
        Object v = AttributeOps.lookupAttr(exc, name);
        if (v != null) {
            return v;
        }
        int i = java.util.List.of("encoding", "object", "start", "end", "reason").indexOf(name);
        return org.pyston.builtins.ops.ItemOps.getItem(AttributeOps.getAttr(exc, "args"),
                org.pyston.builtins.number.PyInt.valueOf(i));
    }

    private static int attr(Object exc, String name) {
        return (int) UnaryOps.indexAsLong(field(exc, name));
    }

    private static boolean isEncode(Object exc) {
        return exc instanceof PyBaseException e && e.isInstance(PyExceptions.UNICODE_ENCODE_ERROR);
    }

    private static boolean isDecode(Object exc) {
        return exc instanceof PyBaseException e && e.isInstance(PyExceptions.UNICODE_DECODE_ERROR);
    }

    private static int[] codePoints(Object exc) {
        Object o = field(exc, "object");
        return ((PyStr) o).value().codePoints().toArray();
    }

    @PyMethod
    public static Object strict_errors(Object exc) {
        if (exc instanceof PyBaseException e) {
            throw e;
        }
        throw PyExceptions.typeError("codec must pass exception instance");
    }

    @PyMethod
    public static Object ignore_errors(Object exc) {
        if (!isEncode(exc) && !isDecode(exc)) {
            throw wrongType(exc);
        }
        return PyTuple.of(PyStr.EMPTY, field(exc, "end"));
    }

    @PyMethod
    public static Object replace_errors(Object exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        if (isEncode(exc)) {
            return PyTuple.of(PyStr.of("?".repeat(Math.max(0, end - start))), PyInt_(end));
        }
        if (isDecode(exc)) {
            return PyTuple.of(PyStr.of("\ufffd"), PyInt_(end));
        }
        throw wrongType(exc);
    }

    private static Object PyInt_(long v) {
        return org.pyston.builtins.number.PyInt.valueOf(v);
    }

    private static String hex(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }

    @PyMethod
    public static Object backslashreplace_errors(Object exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        StringBuilder sb = new StringBuilder();
        if (isEncode(exc)) {
            int[] cps = codePoints(exc);
            for (int i = start; i < end; i++) {
                sb.append(hex(cps[i]));
            }
        } else if (isDecode(exc)) {
            byte[] b = BytesSupport.need(field(exc, "object"));
            for (int i = start; i < end; i++) {
                sb.append(String.format("\\x%02x", b[i] & 0xff));
            }
        } else {
            throw wrongType(exc);
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt_(end));
    }

    @PyMethod
    public static Object xmlcharrefreplace_errors(Object exc) {
        if (!isEncode(exc)) {
            throw wrongType(exc);
        }
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        int[] cps = codePoints(exc);
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            sb.append("&#").append(cps[i]).append(';');
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt_(end));
    }

    /** Without the Unicode name database in Java here, names fall back to \\x/\\u escapes. */
    @PyMethod
    public static Object namereplace_errors(Object exc) {
        if (!isEncode(exc)) {
            throw wrongType(exc);
        }
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        int[] cps = codePoints(exc);
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            String name = Character.getName(cps[i]);
            sb.append(name != null ? "\\N{" + name + "}" : hex(cps[i]));
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt_(end));
    }

    @PyMethod
    public static Object surrogateescape_errors(Object exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        if (isDecode(exc)) {
            byte[] b = BytesSupport.need(field(exc, "object"));
            StringBuilder sb = new StringBuilder();
            for (int i = start; i < end; i++) {
                int v = b[i] & 0xff;
                if (v < 128) {
                    throw (PyBaseException) exc;
                }
                sb.append((char) (0xdc00 + v));
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt_(end));
        }
        if (isEncode(exc)) {
            int[] cps = codePoints(exc);
            byte[] out = new byte[end - start];
            for (int i = start; i < end; i++) {
                if (cps[i] < 0xdc80 || cps[i] > 0xdcff) {
                    throw (PyBaseException) exc;
                }
                out[i - start] = (byte) (cps[i] - 0xdc00);
            }
            return PyTuple.of(PyBytes.wrap(out), PyInt_(end));
        }
        throw wrongType(exc);
    }

    @PyMethod
    public static Object surrogatepass_errors(Object exc) {
        int start = attr(exc, "start");
        int end = attr(exc, "end");
        if (isEncode(exc)) {
            int[] cps = codePoints(exc);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = start; i < end; i++) {
                int c = cps[i];
                if (c < 0xd800 || c > 0xdfff) {
                    throw (PyBaseException) exc;
                }
                out.write(0xe0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            }
            return PyTuple.of(PyBytes.wrap(out.toByteArray()), PyInt_(end));
        }
        if (isDecode(exc)) {
            byte[] b = BytesSupport.need(field(exc, "object"));
            if (start + 3 <= b.length && (b[start] & 0xf0) == 0xe0) {
                int c = ((b[start] & 0x0f) << 12) | ((b[start + 1] & 0x3f) << 6) | (b[start + 2] & 0x3f);
                if (c >= 0xd800 && c <= 0xdfff) {
                    return PyTuple.of(PyStr.of(String.valueOf((char) c)), PyInt_(start + 3));
                }
            }
            throw (PyBaseException) exc;
        }
        throw wrongType(exc);
    }
}
