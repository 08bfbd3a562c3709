package org.pyston.builtins.codecs;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.io.NativeDecoder;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.Codecs;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _codecs} module: the codec and error-handler registries ({@link CodecRegistry}) and
 * the functions the {@code encodings} package's codecs call, each with CPython's
 * {@code (data, errors, final)} arguments and {@code (result, consumed)} results.
 */
public final class CodecsModule {
    private CodecsModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_codecs");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(CodecsModule.class, "_codecs", d);
        DeclarationScanner.scanModule(EscapeCodecs.class, "_codecs", d);
        DeclarationScanner.scanModule(Utf7Codec.class, "_codecs", d);
        PyDict handlers = new PyDict();
        DeclarationScanner.scanModule(ErrorHandlerFunctions.class, "_codecs", handlers);
        CodecRegistry r = CodecRegistry.of(interp);
        for (String name : ErrorHandlers.BUILT_IN) {
            Object fn = handlers.getStr(name + "_errors");
            if (fn != null && r.errorHandlers.getStr(name) == null) {
                r.errorHandlers.putStr(name, fn);
            }
        }
        return m;
    }

    static String str(Object o, String fn, String what) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s() argument '%s' must be str, not %s", fn, what, TypeOps.typeName(o));
    }

    static String errors(Object o, String fn) {
        return o == null || o == PyNone.NONE ? "strict" : str(o, fn, "errors");
    }

    @PyMethod
    public static Object register(Object fn) {
        if (!org.pyston.builtins.module.BuiltinsModule.callable(fn)) {
            throw PyExceptions.typeError("argument must be callable");
        }
        CodecRegistry r = CodecRegistry.of(Interpreter.current());
        synchronized (r) {
            r.searchFunctions.add(fn);
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object unregister(Object fn) {
        CodecRegistry r = CodecRegistry.of(Interpreter.current());
        synchronized (r) {
            r.searchFunctions.removeIf(f -> f == fn);
            r.cache.clear();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object lookup(Object encoding) {
        return CodecRegistry.lookup(str(encoding, "lookup", "encoding"));
    }

    @PyMethod
    public static Object _forget_codec(Object encoding) {
        CodecRegistry r = CodecRegistry.of(Interpreter.current());
        r.cache.remove(PyStr.of(CodecRegistry.normalize(str(encoding, "_forget_codec", "encoding"))));
        return PyNone.NONE;
    }

    @PyMethod
    public static Object lookup_error(Object name) {
        String n = str(name, "lookup_error", "name");
        Object h = CodecRegistry.of(Interpreter.current()).errorHandlers.getStr(n);
        if (h == null) {
            throw PyExceptions.withMessage(PyExceptions.LOOKUP_ERROR, "unknown error handler name '%s'", n);
        }
        return h;
    }

    @PyMethod
    public static Object register_error(Object name, Object handler) {
        String n = str(name, "register_error", "errors");
        if (!org.pyston.builtins.module.BuiltinsModule.callable(handler)) {
            throw PyExceptions.typeError("handler must be callable");
        }
        CodecRegistry.of(Interpreter.current()).errorHandlers.putStr(n, handler);
        return PyNone.NONE;
    }

    private static String javaCodec(String encoding) {
        try {
            String c = Codecs.canonical(encoding);
            return NativeDecoder.supports(c) ? c : null;
        } catch (PyBaseException e) {
            return null;
        }
    }

    @PyMethod(general = true)
    public static Object encode(Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("encode", args, kwnames, 3,
                new String[] {"obj", "encoding", "errors"}, 1);
        String enc = p[1] == null ? "utf-8" : str(p[1], "encode", "encoding");
        String errors = errors(p[2], "encode");
        String j = javaCodec(enc);
        if (j != null && p[0] instanceof PyStr s && ErrorHandlers.isBuiltIn(errors)) {
            return PyBytes.wrap(Codecs.encode(s.value(), j, errors));
        }
        Object info = CodecRegistry.lookup(enc);
        Object r = CallOps.call(ItemOps.getItem(info, PyInt.valueOf(0)), new Object[] {p[0], PyStr.of(errors)}, null);
        if (!(TypeOps.typeOf(r).isSubtype(PyTuple.TYPE)) || ItemOps.len(r) != 2) {
            throw PyExceptions.typeError("encoder must return a tuple (object, integer)");
        }
        return ItemOps.getItem(r, PyInt.valueOf(0));
    }

    @PyMethod(general = true)
    public static Object decode(Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("decode", args, kwnames, 3,
                new String[] {"obj", "encoding", "errors"}, 1);
        String enc = p[1] == null ? "utf-8" : str(p[1], "decode", "encoding");
        String errors = errors(p[2], "decode");
        String j = javaCodec(enc);
        byte[] data = BytesSupport.data(p[0]);
        if (j != null && data != null && ErrorHandlers.isBuiltIn(errors)) {
            return PyStr.of(Codecs.decode(data, j, errors));
        }
        Object info = CodecRegistry.lookup(enc);
        Object r = CallOps.call(ItemOps.getItem(info, PyInt.valueOf(1)), new Object[] {p[0], PyStr.of(errors)}, null);
        if (!(TypeOps.typeOf(r).isSubtype(PyTuple.TYPE)) || ItemOps.len(r) != 2) {
            throw PyExceptions.typeError("decoder must return a tuple (object,integer)");
        }
        return ItemOps.getItem(r, PyInt.valueOf(0));
    }

    /** {@code str.encode} with a codec of the registry (cp1252, koi8_r ...). */
    public static byte[] registryEncode(String s, String encoding, String errors) {
        Object info = CodecRegistry.lookup(encoding);
        Object r = CallOps.call(ItemOps.getItem(info, PyInt.valueOf(0)), new Object[] {PyStr.of(s), PyStr.of(errors)}, null);
        Object v = ItemOps.getItem(r, PyInt.valueOf(0));
        byte[] b = v instanceof PyBytes pb ? pb.value : null;
        if (b == null) {
            throw PyExceptions.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                    encoding, TypeOps.typeName(v));
        }
        return b;
    }

    /** {@code bytes.decode} with a codec of the registry. */
    public static String registryDecode(byte[] b, String encoding, String errors) {
        Object info = CodecRegistry.lookup(encoding);
        Object r = CallOps.call(ItemOps.getItem(info, PyInt.valueOf(1)), new Object[] {PyBytes.wrap(b), PyStr.of(errors)}, null);
        Object v = ItemOps.getItem(r, PyInt.valueOf(0));
        if (!(v instanceof PyStr s)) {
            throw PyExceptions.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                    encoding, TypeOps.typeName(v));
        }
        return s.value();
    }

    // ---- the Java codecs, as the encodings package calls them ----------------------------------------

    private static Object encodeWith(String codec, Object s, Object errors, String fn) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("%s() argument 1 must be str, not %s", fn, TypeOps.typeName(s));
        }
        byte[] b = Codecs.encode(str.value(), codec, errors(errors, fn));
        return PyTuple.of(PyBytes.wrap(b), PyInt.valueOf(str.length()));
    }

    private static Object decodeWith(String codec, Object data, Object errors, Object fin, String fn) {
        byte[] b = BytesSupport.data(data);
        if (b == null) {
            throw PyExceptions.typeError("a bytes-like object is required, not '%s'", TypeOps.typeName(data));
        }
        NativeDecoder d = new NativeDecoder(codec, errors(errors, fn));
        boolean f = fin != null && Truth.isTrue(fin);
        String s = d.decode(b, f);
        return PyTuple.of(PyStr.of(s), PyInt.valueOf(b.length - d.pending()));
    }

    @PyMethod(required = 1)
    public static Object utf_8_encode(Object s, Object errors) {
        return encodeWith("utf-8", s, errors, "utf_8_encode");
    }

    @PyMethod(required = 1)
    public static Object utf_8_decode(Object data, Object errors, Object fin) {
        return decodeWith("utf-8", data, errors, fin, "utf_8_decode");
    }

    @PyMethod(required = 1)
    public static Object latin_1_encode(Object s, Object errors) {
        return encodeWith("latin-1", s, errors, "latin_1_encode");
    }

    @PyMethod(required = 1)
    public static Object latin_1_decode(Object data, Object errors, Object fin) {
        return decodeWith("latin-1", data, errors, PyNone.NONE, "latin_1_decode");
    }

    @PyMethod(required = 1)
    public static Object ascii_encode(Object s, Object errors) {
        return encodeWith("ascii", s, errors, "ascii_encode");
    }

    @PyMethod(required = 1)
    public static Object ascii_decode(Object data, Object errors, Object fin) {
        return decodeWith("ascii", data, errors, PyNone.NONE, "ascii_decode");
    }

    @PyMethod(required = 1)
    public static Object utf_16_encode(Object s, Object errors, Object byteorder) {
        long bo = byteorder == null ? 0 : UnaryOps.indexAsLong(byteorder);
        return encodeWith(bo == 0 ? "utf-16" : bo < 0 ? "utf-16-le" : "utf-16-be", s, errors, "utf_16_encode");
    }

    @PyMethod(required = 1)
    public static Object utf_16_le_encode(Object s, Object errors) {
        return encodeWith("utf-16-le", s, errors, "utf_16_le_encode");
    }

    @PyMethod(required = 1)
    public static Object utf_16_be_encode(Object s, Object errors) {
        return encodeWith("utf-16-be", s, errors, "utf_16_be_encode");
    }

    @PyMethod(required = 1)
    public static Object utf_16_decode(Object data, Object errors, Object fin) {
        return decodeWith("utf-16", data, errors, fin, "utf_16_decode");
    }

    @PyMethod(required = 1)
    public static Object utf_16_le_decode(Object data, Object errors, Object fin) {
        return decodeWith("utf-16-le", data, errors, fin, "utf_16_le_decode");
    }

    @PyMethod(required = 1)
    public static Object utf_16_be_decode(Object data, Object errors, Object fin) {
        return decodeWith("utf-16-be", data, errors, fin, "utf_16_be_decode");
    }

    /** {@code (str, consumed, byteorder)}: the byte order found by the BOM (-1 little, 1 big, 0 none yet). */
    @PyMethod(required = 1)
    public static Object utf_16_ex_decode(Object data, Object errors, Object byteorder, Object fin) {
        return exDecode("utf-16", 2, data, errors, byteorder, fin);
    }

    @PyMethod(required = 1)
    public static Object utf_32_encode(Object s, Object errors, Object byteorder) {
        long bo = byteorder == null ? 0 : UnaryOps.indexAsLong(byteorder);
        return encodeWith(bo == 0 ? "utf-32" : bo < 0 ? "utf-32-le" : "utf-32-be", s, errors, "utf_32_encode");
    }

    @PyMethod(required = 1)
    public static Object utf_32_le_encode(Object s, Object errors) {
        return encodeWith("utf-32-le", s, errors, "utf_32_le_encode");
    }

    @PyMethod(required = 1)
    public static Object utf_32_be_encode(Object s, Object errors) {
        return encodeWith("utf-32-be", s, errors, "utf_32_be_encode");
    }

    @PyMethod(required = 1)
    public static Object utf_32_decode(Object data, Object errors, Object fin) {
        return decodeWith("utf-32", data, errors, fin, "utf_32_decode");
    }

    @PyMethod(required = 1)
    public static Object utf_32_le_decode(Object data, Object errors, Object fin) {
        return decodeWith("utf-32-le", data, errors, fin, "utf_32_le_decode");
    }

    @PyMethod(required = 1)
    public static Object utf_32_be_decode(Object data, Object errors, Object fin) {
        return decodeWith("utf-32-be", data, errors, fin, "utf_32_be_decode");
    }

    @PyMethod(required = 1)
    public static Object utf_32_ex_decode(Object data, Object errors, Object byteorder, Object fin) {
        return exDecode("utf-32", 4, data, errors, byteorder, fin);
    }

    private static Object exDecode(String base, int unit, Object data, Object errors, Object byteorder, Object fin) {
        byte[] b = BytesSupport.need(data);
        long bo = byteorder == null ? 0 : UnaryOps.indexAsLong(byteorder);
        String codec = base;
        if (bo == 0 && b.length >= unit) {
            boolean le = (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && (unit == 2 || (b[2] == 0 && b[3] == 0));
            boolean be = unit == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                    : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff;
            bo = le ? -1 : be ? 1 : 0;
        } else if (bo != 0) {
            codec = base + (bo < 0 ? "-le" : "-be");
        }
        Object r = decodeWith(codec, data, errors, fin, base.replace('-', '_') + "_ex_decode");
        return PyTuple.of(ItemOps.getItem(r, PyInt.valueOf(0)), ItemOps.getItem(r, PyInt.valueOf(1)), PyInt.valueOf(bo));
    }

    // ---- charmap ---------------------------------------------------------------------------------

    /** {@code charmap_build(decoding_table)}: the encoding map, here a dict from code point to byte. */
    @PyMethod
    public static Object charmap_build(Object table) {
        String t = str(table, "charmap_build", "map");
        PyDict d = new PyDict();
        int i = 0;
        for (int k = 0; k < t.length(); ) {
            int c = t.codePointAt(k);
            k += Character.charCount(c);
            if (c != 0xfffe) {
                d.put(PyInt.valueOf(c), PyInt.valueOf(i));
            }
            i++;
        }
        return d;
    }

    @PyMethod(required = 1)
    public static Object charmap_encode(Object s, Object errors, Object mapping) {
        String str = str(s, "charmap_encode", "str");
        String errs = errors(errors, "charmap_encode");
        if (mapping == null || mapping == PyNone.NONE) {
            return encodeWith("latin-1", s, errors, "charmap_encode");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int[] cps = str.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            Object v = mapped(mapping, cps[i]);
            if (v != null && v != PyNone.NONE) {
                putMapped(out, v);
                continue;
            }
            int j = i + 1;
            while (j < cps.length) {
                Object w = mapped(mapping, cps[j]);
                if (w != null && w != PyNone.NONE) {
                    break;
                }
                j++;
            }
            switch (errs) {
                case "ignore":
                    break;
                case "replace":
                case "xmlcharrefreplace":
                case "backslashreplace":
                    for (int k = i; k < j; k++) {
                        String rep = errs.equals("replace") ? "?" : errs.equals("xmlcharrefreplace") ? "&#" + cps[k] + ";"
                                : cps[k] < 0x100 ? String.format("\\x%02x", cps[k])
                                : cps[k] < 0x10000 ? String.format("\\u%04x", cps[k]) : String.format("\\U%08x", cps[k]);
                        for (char ch : rep.toCharArray()) {
                            Object w = mapped(mapping, ch);
                            if (w == null || w == PyNone.NONE) {
                                throw encodeError(str, i, j);
                            }
                            putMapped(out, w);
                        }
                    }
                    break;
                default:
                    if (!errs.equals("strict")) {
                        ErrorHandlers.check(errs);
                    }
                    throw encodeError(str, i, i + 1);
            }
            i = j - 1;
        }
        return PyTuple.of(PyBytes.wrap(out.toByteArray()), PyInt.valueOf(cps.length));
    }

    private static Object mapped(Object mapping, int cp) {
        if (mapping instanceof PyDict d) {
            return d.get(PyInt.valueOf(cp));
        }
        try {
            return ItemOps.getItem(mapping, PyInt.valueOf(cp));
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.LOOKUP_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static void putMapped(java.io.ByteArrayOutputStream out, Object v) {
        if (IntMath.isInt(v)) {
            long b = UnaryOps.indexAsLong(v);
            if (b < 0 || b > 255) {
                throw PyExceptions.typeError("character mapping must be in range(256)");
            }
            out.write((int) b);
            return;
        }
        byte[] b = BytesSupport.data(v);
        if (b == null) {
            throw PyExceptions.typeError("character mapping must return integer, bytes or None, not %s",
                    TypeOps.typeName(v));
        }
        out.write(b, 0, b.length);
    }

    private static PyBaseException encodeError(String s, int start, int end) {
        return Codecs.encodeError("charmap", s, start, end, "character maps to <undefined>", s.codePoints().toArray());
    }

    @PyMethod(required = 1)
    public static Object charmap_decode(Object data, Object errors, Object mapping) {
        byte[] b = BytesSupport.need(data);
        String errs = errors(errors, "charmap_decode");
        if (mapping == null || mapping == PyNone.NONE) {
            return decodeWith("latin-1", data, errors, PyNone.NONE, "charmap_decode");
        }
        StringBuilder sb = new StringBuilder(b.length);
        String table = mapping instanceof PyStr s ? s.value() : null;
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xff;
            String out = null;
            if (table != null) {
                if (v < table.length() && table.charAt(v) != '\ufffe') {
                    out = String.valueOf(table.charAt(v));
                }
            } else {
                Object m = mapped(mapping, v);
                if (m != null && m != PyNone.NONE) {
                    if (m instanceof PyStr ms) {
                        out = ms.value().equals("\ufffe") ? null : ms.value();
                    } else if (IntMath.isInt(m)) {
                        long c = UnaryOps.indexAsLong(m);
                        if (c < 0 || c > 0x10ffff) {
                            throw PyExceptions.typeError("character mapping must be in range(0x110000)");
                        }
                        out = c == 0xfffe ? null : new String(Character.toChars((int) c));
                    } else {
                        throw PyExceptions.typeError("character mapping must return integer, None or str");
                    }
                }
            }
            if (out != null) {
                sb.append(out);
                continue;
            }
            switch (errs) {
                case "ignore":
                    break;
                case "replace":
                    sb.append('\ufffd');
                    break;
                case "backslashreplace":
                    sb.append(String.format("\\x%02x", v));
                    break;
                case "surrogateescape":
                    sb.append((char) (0xdc00 + v));
                    break;
                default:
                    if (!errs.equals("strict")) {
                        ErrorHandlers.check(errs);
                    }
throw Codecs.decodeError("charmap", b, i, i + 1, "character maps to <undefined>");
            }
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt.valueOf(b.length));
    }

    @PyMethod(required = 1)
    public static Object readbuffer_encode(Object data, Object errors) {
        byte[] b = data instanceof PyStr s ? Codecs.encode(s.value(), "utf-8", "strict") : BytesSupport.need(data);
        return PyTuple.of(PyBytes.wrap(b), PyInt.valueOf(b.length));
    }
}
