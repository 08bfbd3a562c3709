package org.pyston.builtins.imp;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyComplex;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyEllipsis;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * {@code marshal}: CPython's serialization format (version 4) for the values it covers: None,
 * bools, ints of any size, floats, complex numbers, str, bytes, tuples, lists, dicts, sets,
 * frozensets, Ellipsis and StopIteration. {@code loads} reads everything CPython writes for those
 * (including back-references); {@code dumps} writes them without back-references, which CPython
 * reads back. Code objects are JVM classes here, so they cannot be marshalled (ValueError, as
 * CPython's "unmarshallable object").
 */
public final class MarshalModule {
    private MarshalModule() {}

    private static final int VERSION = 4;
    private static final int FLAG_REF = 0x80;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("marshal");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(MarshalModule.class, "marshal", d);
        d.putStr("version", PyInt.valueOf(VERSION));
        return m;
    }

    @PyMethod(required = 1)
    public static Object dumps(Object value, Object version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value, 0);
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod(required = 2)
    public static Object dump(Object value, Object file, Object version) {
        CallOps.callMethod(file, "write", new Object[] {dumps(value, version)}, null);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object loads(Object bytes) {
        Reader r = new Reader(BytesSupport.need(bytes));
        return r.read();
    }

    @PyMethod
    public static Object load(Object file) {
        Object data = CallOps.callMethod(file, "read", new Object[0], null);
        return loads(data);
    }

    // ---- writing ------------------------------------------------------------------------------

    private static void write(ByteArrayOutputStream out, Object v, int depth) {
        if (depth > 2000) {
            throw PyExceptions.valueError("object too deeply nested to marshal");
        }
        if (v == PyNone.NONE) {
            out.write('N');
        } else if (v instanceof PyBool b) {
            out.write(b.value ? 'T' : 'F');
        } else if (v == PyEllipsis.ELLIPSIS) {
            out.write('.');
        } else if (v == PyExceptions.STOP_ITERATION) {
            out.write('S');
        } else if (v instanceof PyInt i) {
            if (i.value >= Integer.MIN_VALUE && i.value <= Integer.MAX_VALUE) {
                out.write('i');
                int32(out, (int) i.value);
            } else {
                longDigits(out, BigInteger.valueOf(i.value));
            }
        } else if (v instanceof PyBigInt b) {
            longDigits(out, b.value);
        } else if (v instanceof PyFloat f) {
            out.write('g');
            int64(out, Double.doubleToRawLongBits(f.value));
        } else if (v instanceof PyComplex c) {
            out.write('y');
            int64(out, Double.doubleToRawLongBits(c.real));
            int64(out, Double.doubleToRawLongBits(c.imag));
        } else if (v instanceof PyStr s) {
            byte[] b = s.value().getBytes(StandardCharsets.UTF_8);
            boolean ascii = b.length == s.value().length() && s.value().chars().allMatch(ch -> ch < 128);
            if (ascii && b.length < 256) {
                out.write('z');
                out.write(b.length);
            } else {
                b = encodeSurrogatePass(s.value());
                out.write(ascii ? 'a' : 'u');
                int32(out, b.length);
            }
            out.write(b, 0, b.length);
        } else if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof org.pyston.builtins.text.PyMemoryView) {
            byte[] b = BytesSupport.need(v);
            out.write('s');
            int32(out, b.length);
            out.write(b, 0, b.length);
        } else if (v instanceof PyTuple t) {
            if (t.items.length < 256) {
                out.write(')');
                out.write(t.items.length);
            } else {
                out.write('(');
                int32(out, t.items.length);
            }
            for (Object x : t.items) {
                write(out, x, depth + 1);
            }
        } else if (v instanceof PyList l) {
            Object[] items = l.toArray();
            out.write('[');
            int32(out, items.length);
            for (Object x : items) {
                write(out, x, depth + 1);
            }
        } else if (v instanceof PyDict d) {
            out.write('{');
            for (Object k : IterOps.toArray(d)) {
                write(out, k, depth + 1);
                write(out, d.get(k), depth + 1);
            }
            out.write('0');
        } else if (v instanceof PySet || v instanceof PyFrozenSet) {
            Object[] items = IterOps.toArray(v);
            out.write(v instanceof PySet ? '<' : '>');
            int32(out, items.length);
            for (Object x : items) {
                write(out, x, depth + 1);
            }
        } else {
            throw PyExceptions.valueError("unmarshallable object");
        }
    }

    /** CPython's 'l' form: 15-bit digits, least significant first, the sign on the count. */
    private static void longDigits(ByteArrayOutputStream out, BigInteger v) {
        out.write('l');
        BigInteger mag = v.abs();
        List<Integer> digits = new ArrayList<>();
        BigInteger mask = BigInteger.valueOf(0x7fff);
        while (mag.signum() > 0) {
            digits.add(mag.and(mask).intValue());
            mag = mag.shiftRight(15);
        }
        int32(out, v.signum() < 0 ? -digits.size() : digits.size());
        for (int d : digits) {
            out.write(d & 0xff);
            out.write(d >>> 8);
        }
    }

    private static byte[] encodeSurrogatePass(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                b.write(cp);
            } else if (cp < 0x800) {
                b.write(0xc0 | cp >> 6);
                b.write(0x80 | cp & 0x3f);
            } else if (cp < 0x10000) {
                b.write(0xe0 | cp >> 12);
                b.write(0x80 | cp >> 6 & 0x3f);
                b.write(0x80 | cp & 0x3f);
            } else {
                b.write(0xf0 | cp >> 18);
                b.write(0x80 | cp >> 12 & 0x3f);
                b.write(0x80 | cp >> 6 & 0x3f);
                b.write(0x80 | cp & 0x3f);
            }
        }
        return b.toByteArray();
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
    }

    private static void int64(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    /** Reads one value; keeps the back-reference table CPython's writer fills with FLAG_REF. */
    private static final class Reader {
        private final byte[] data;
        private int pos;
        private final List<Object> refs = new ArrayList<>();

        Reader(byte[] data) {
            this.data = data;
        }

        private RuntimeException eof() {
            return PyExceptions.create(PyExceptions.EOF_ERROR, PyStr.of("marshal data too short"));
        }

        private int u8() {
            if (pos >= data.length) {
                throw eof();
            }
            return data[pos++] & 0xff;
        }

        private int i32() {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v |= u8() << (8 * i);
            }
            return v;
        }

        private long i64() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v |= (long) u8() << (8 * i);
            }
            return v;
        }

        private byte[] bytes(int n) {
            if (n < 0 || pos + n > data.length) {
                throw eof();
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        /** Reserves a reference slot when the flag is set; filled by {@link #done}. */
        private int reserve(boolean flag) {
            if (!flag) {
                return -1;
            }
            refs.add(PyNone.NONE);
            return refs.size() - 1;
        }

        private Object done(int slot, Object v) {
            if (slot >= 0) {
                refs.set(slot, v);
            }
            return v;
        }

        Object read() {
            if (pos >= data.length) {
                throw PyExceptions.create(PyExceptions.EOF_ERROR, PyStr.of("EOF read where object expected"));
            }
            int code = u8();
            boolean flag = (code & FLAG_REF) != 0;
            int type = code & ~FLAG_REF;
            switch (type) {
                case '0':
                    throw PyExceptions.typeError("NULL object in marshal data for object");
                case 'N':
                    return PyNone.NONE;
                case 'T':
                    return PyBool.TRUE;
                case 'F':
                    return PyBool.FALSE;
                case '.':
                    return PyEllipsis.ELLIPSIS;
                case 'S':
                    return PyExceptions.STOP_ITERATION;
                case 'i':
                    return done(reserve(flag), PyInt.valueOf(i32()));
                case 'l': {
                    int slot = reserve(flag);
                    int n = i32();
                    BigInteger v = BigInteger.ZERO;
                    int count = Math.abs(n);
                    for (int i = 0; i < count; i++) {
                        int d = u8() | u8() << 8;
                        if (d > 0x7fff) {
                            throw PyExceptions.valueError("bad marshal data (digit out of range in long)");
                        }
                        v = v.or(BigInteger.valueOf(d).shiftLeft(15 * i));
                    }
                    return done(slot, PyInt.of(n < 0 ? v.negate() : v));
                }
                case 'g':
                    return done(reserve(flag), new PyFloat(Double.longBitsToDouble(i64())));
                case 'f': {
                    int n = u8();
                    return done(reserve(flag), new PyFloat(Double.parseDouble(new String(bytes(n), StandardCharsets.ISO_8859_1))));
                }
                case 'y': {
                    int slot = reserve(flag);
                    double re = Double.longBitsToDouble(i64());
                    return done(slot, new PyComplex(re, Double.longBitsToDouble(i64())));
                }
                case 'x': {
                    int slot = reserve(flag);
                    double re = Double.parseDouble(new String(bytes(u8()), StandardCharsets.ISO_8859_1));
                    return done(slot, new PyComplex(re, Double.parseDouble(new String(bytes(u8()), StandardCharsets.ISO_8859_1))));
                }
                case 's':
                    return done(reserve(flag), PyBytes.wrap(bytes(i32())));
                case 'u':
                case 't':
                    return done(reserve(flag), PyStr.of(decodeSurrogatePass(bytes(i32()))));
                case 'a':
                case 'A':
                    return done(reserve(flag), PyStr.of(new String(bytes(i32()), StandardCharsets.ISO_8859_1)));
                case 'z':
                case 'Z':
                    return done(reserve(flag), PyStr.of(new String(bytes(u8()), StandardCharsets.ISO_8859_1)));
                case ')':
                case '(': {
                    int n = type == ')' ? u8() : i32();
                    int slot = reserve(flag);
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = read();
                    }
                    return done(slot, PyTuple.wrap(items));
                }
                case '[': {
                    int n = i32();
                    PyList l = new PyList();
                    int slot = reserve(flag);
                    done(slot, l);
                    for (int i = 0; i < n; i++) {
                        l.append(read());
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict();
                    done(reserve(flag), d);
                    while (true) {
                        if (pos < data.length && data[pos] == '0') {
                            pos++;
                            return d;
                        }
                        Object k = read();
                        d.put(k, read());
                    }
                }
                case '<':
                case '>': {
                    int n = i32();
                    int slot = reserve(flag);
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = read();
                    }
                    Object set = CallOps.call(type == '<' ? PySet.TYPE : PyFrozenSet.TYPE,
                            new Object[] {PyTuple.wrap(items)}, null);
                    return done(slot, set);
                }
                case 'r': {
                    int i = i32();
                    if (i < 0 || i >= refs.size()) {
                        throw PyExceptions.valueError("bad marshal data (invalid reference)");
                    }
                    return refs.get(i);
                }
                case 'c':
                    throw PyExceptions.valueError("bad marshal data (code objects are not supported by this implementation)");
                default:
                    throw PyExceptions.valueError("bad marshal data (unknown type code)");
            }
        }

        private static String decodeSurrogatePass(byte[] b) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < b.length; ) {
                int c = b[i] & 0xff;
                int cp;
                int n;
                if (c < 0x80) {
                    cp = c;
                    n = 1;
                } else if (c >= 0xf0) {
                    cp = (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | b[i + 3] & 0x3f;
                    n = 4;
                } else if (c >= 0xe0) {
                    cp = (c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f;
                    n = 3;
                } else {
                    cp = (c & 0x1f) << 6 | b[i + 1] & 0x3f;
                    n = 2;
                }
                sb.appendCodePoint(cp);
                i += n;
            }
            return sb.toString();
        }
    }

}
