package org.pyston.builtins.exception;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError as CPython's: their args are
 * {@code (encoding, object, start, end, reason)} (translate: no encoding), checked by
 * {@code __init__}, kept as writable attributes, and {@code str()} is computed from those
 * attributes each time (so assigning {@code e.end} changes the message).
 */
final class UnicodeErrors {
    private UnicodeErrors() {}

    private static boolean isTranslate(PyBaseException e) {
        return e.isInstance(PyExceptions.UNICODE_TRANSLATE_ERROR);
    }

    private static boolean isCodecError(PyBaseException e) {
        return e.isInstance(PyExceptions.UNICODE_ENCODE_ERROR) || e.isInstance(PyExceptions.UNICODE_DECODE_ERROR)
                || isTranslate(e);
    }

    /** __init__'s argument check (CPython's "UOnnU" / "UnnU" formats). */
    static void checkArgs(PyBaseException e) {
        if (!isCodecError(e)) return;
        Object[] a = e.getArgs().items;
        boolean translate = isTranslate(e);
        int want = translate ? 4 : 5;
        if (a.length != want) {
            throw PyExceptions.typeError("function takes exactly %d arguments (%d given)", want, a.length);
        }
        int i = 0;
        if (!translate) requireStr(a, i++);
        if (e.isInstance(PyExceptions.UNICODE_DECODE_ERROR)) {
            Object o = PyInstance.unwrap(a[i]);
            if (!(o instanceof PyBytes) && !(o instanceof org.pyston.builtins.text.PyByteArray)) {
                throw PyExceptions.typeError("a bytes-like object is required, not '%s'", TypeOps.typeName(a[i]));
            }
            i++;
        } else {
            requireStr(a, i++);
        }
        UnaryOps.indexAsLong(a[i++]);
        UnaryOps.indexAsLong(a[i++]);
        requireStr(a, i);
    }

    private static void requireStr(Object[] a, int i) {
        if (!(PyInstance.unwrap(a[i]) instanceof PyStr)) {
            throw PyExceptions.typeError("argument %d must be str, not %s", i + 1, TypeOps.typeName(a[i]));
        }
    }

    /** The attributes from well-formed args (absent otherwise: an exception made by __new__ alone). */
    static void initAttributes(PyBaseException e) {
        if (!isCodecError(e)) return;
        PyTuple args = e.getArgs();
        Object[] a = args.items;
        boolean translate = isTranslate(e);
        if (a.length != (translate ? 4 : 5)) return;
        int i = 0;
        e.setAttribute("encoding", translate ? PyNone.NONE : a[i++]);
        Object obj = a[i++];
        if (PyInstance.unwrap(obj) instanceof org.pyston.builtins.text.PyByteArray ba) {
            obj = PyBytes.wrap(ba.toBytes());
        }
        e.setAttribute("object", obj);
        e.setAttribute("start", a[i++]);
        e.setAttribute("end", a[i++]);
        e.setAttribute("reason", a[i]);
    }

    /** str(e), or null when the attributes are not there (then BaseException's). */
    static String str(PyBaseException e) {
        if (!isCodecError(e)) return null;
        Object obj = e.getAttribute("object");
        if (obj == null || obj == PyNone.NONE) return null;
        long start = UnaryOps.indexAsLong(e.getAttribute("start"));
        long end = UnaryOps.indexAsLong(e.getAttribute("end"));
        String reason = Repr.str(e.getAttribute("reason"));
        if (isTranslate(e) || e.isInstance(PyExceptions.UNICODE_ENCODE_ERROR)) {
            PyStr s = (PyStr) PyInstance.unwrap(obj);
            String prefix = isTranslate(e) ? "" : "'" + Repr.str(e.getAttribute("encoding")) + "' codec ";
            String verb = isTranslate(e) ? "translate" : "encode";
            if (start < s.length() && start >= 0 && end == start + 1) {
                int c = s.codePointAt((int) start);
                String ch = c <= 0xff ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                return String.format("%scan't %s character '%s' in position %d: %s", prefix, verb, ch, start, reason);
            }
            return String.format("%scan't %s characters in position %d-%d: %s", prefix, verb, start, end - 1, reason);
        }
        byte[] b = ((PyBytes) PyInstance.unwrap(obj)).value;
        String enc = Repr.str(e.getAttribute("encoding"));
        if (start < b.length && start >= 0 && end == start + 1) {
            return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[(int) start] & 0xff,
                    start, reason);
        }
        return String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, reason);
    }
}
