package org.pyston.builtins.struct;

import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyMemoryView;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _struct.Struct}: a compiled format ({@link StructFormat}) and the pack/unpack methods
 * that use it. The format is set by {@code __init__}, as in CPython 3.11.
 */
public final class PyStruct implements PyObject {
    /** {@code _struct.Struct}. */
    public static final PyType TYPE = PyType.builtinSubclassableInModule("Struct", "_struct", PyStruct.class,
            PyStruct.class);

    /** The compiled format; replaced as a whole by {@code __init__}. */
    volatile StructFormat fmt;
    /** The {@code struct.error} class of the interpreter whose module made this (or the first one). */
    final PyType error;

    PyStruct(PyType error) {
        this.error = error;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The format text of {@code o} (str or bytes), with CPython's TypeError otherwise. */
    static String formatText(Object o) {
        Object u = PyInstance.unwrap(o);
        if (u instanceof PyStr s) {
            return s.value();
        }
        if (u instanceof PyBytes b) {
            return BytesSupport.latin1(b.value);
        }
        throw PyExceptions.typeError("Struct() argument 1 must be a str or bytes object, not %s", TypeOps.typeName(o));
    }

    StructFormat fmt() {
        StructFormat f = fmt;
        if (f == null) {
            fmt = f = StructFormat.parse("", error);
        }
        return f;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyStruct(StructModule.errorType());
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyStruct self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("Struct", args, kwnames, 1, new String[] {"format"}, 1);
        self.fmt = StructFormat.parse(formatText(a[0]), self.error);
        return PyNone.NONE;
    }

    @PyGetter("format")
    public static Object format(Object self) {
        return PyStr.of(((PyStruct) PyInstance.unwrap(self)).fmt().format);
    }

    @PyGetter("size")
    public static Object size(Object self) {
        return PyInt.valueOf(((PyStruct) PyInstance.unwrap(self)).fmt().size);
    }

    // ---- pack ------------------------------------------------------------------------------------

    /** Packs {@code args[from:]}; "NAME expected N items for packing (got M)" otherwise. */
    static byte[] pack(StructFormat f, String name, Object[] args, int from) {
        if (args.length - from != f.count) {
            throw f.error("%s expected %d items for packing (got %d)", name, f.count, args.length - from);
        }
        byte[] out = new byte[f.size];
        f.pack(args, from, out, 0);
        return out;
    }

    @PyMethod(general = true)
    public static Object pack(PyStruct self, Object[] args, String[] kwnames) {
        noKeywords("pack", kwnames);
        return PyBytes.wrap(pack(self.fmt(), "pack", args, 0));
    }

    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("%s() takes no keyword arguments", name);
        }
    }

    /** {@code pack_into(buffer, offset, *v)} with CPython's offset checks. */
    static void packInto(StructFormat f, Object[] args, int from) {
        if (args.length - from < 1) {
            throw f.error("pack_into expected buffer argument");
        }
        if (args.length - from < 2) {
            throw f.error("pack_into expected offset argument");
        }
        Object buffer = args[from];
        Object target = PyInstance.unwrap(buffer);
        int len;
        if (target instanceof PyByteArray ba) {
            len = ba.size();
        } else if (target instanceof PyMemoryView mv && !mv.isReadonly()) {
            len = mv.nbytes();
        } else {
            String what = BytesSupport.data(target) != null ? TypeOps.typeName(buffer) : TypeOps.typeName(buffer);
            throw PyExceptions.typeError("argument must be read-write bytes-like object, not %s", what);
        }
        long offset = UnaryOps.indexAsLong(args[from + 1]);
        if (args.length - from - 2 != f.count) {
            throw f.error("pack_into expected %d items for packing (got %d)", f.count, args.length - from - 2);
        }
        if (offset < 0) {
            if (offset + f.size > 0) {
                throw f.error("no space to pack %d bytes at offset %d", f.size, offset);
            }
            if (offset + len < 0) {
                throw f.error("offset %d out of range for %d-byte buffer", offset, len);
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw f.error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                    + "(actual buffer size is %d)", f.size + offset, f.size, offset, len);
        }
        byte[] out = new byte[f.size];
        f.pack(args, from + 2, out, 0);
        if (target instanceof PyByteArray ba) {
            ba.replace((int) offset, (int) offset + f.size, out);
        } else if (target instanceof PyMemoryView mv) {
            mv.writeBytes((int) offset, out);
        } else {
            ItemOps.setItem(target, new PySlice(PyInt.valueOf(offset), PyInt.valueOf(offset + f.size), PyNone.NONE),
                    PyBytes.wrap(out));
        }
    }

    @PyMethod(name = "pack_into", general = true)
    public static Object packInto(PyStruct self, Object[] args, String[] kwnames) {
        noKeywords("pack_into", kwnames);
        packInto(self.fmt(), args, 0);
        return PyNone.NONE;
    }

    // ---- unpack ----------------------------------------------------------------------------------

    static Object unpack(StructFormat f, Object buffer) {
        byte[] data = BytesSupport.need(PyInstance.unwrap(buffer));
        if (data.length != f.size) {
            throw f.error("unpack requires a buffer of %d bytes", f.size);
        }
        return f.unpack(data, 0);
    }

    static Object unpackFrom(StructFormat f, Object buffer, Object offsetArg) {
        byte[] data = BytesSupport.need(PyInstance.unwrap(buffer));
        long offset = offsetArg == null ? 0 : UnaryOps.indexAsLong(offsetArg);
        int len = data.length;
        if (offset < 0) {
            if (offset + len < 0) {
                throw f.error("offset %d out of range for %d-byte buffer", offset, len);
            }
            if (offset + f.size > 0) {
                throw f.error("not enough data to unpack %d bytes at offset %d", f.size, offset);
            }
            offset += len;
        }
        if (len - offset < f.size) {
            throw f.error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                    + "(actual buffer size is %d)", f.size + offset, f.size, offset, len);
        }
        return f.unpack(data, (int) offset);
    }

    static Object iterUnpack(StructFormat f, Object buffer) {
        byte[] data = BytesSupport.need(PyInstance.unwrap(buffer));
        if (f.size == 0) {
            throw f.error("cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % f.size != 0) {
            throw f.error("iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
        }
        return new UnpackIterator(f, data);
    }

    @PyMethod
    public static Object unpack(PyStruct self, Object buffer) {
        return unpack(self.fmt(), buffer);
    }

    @PyMethod(name = "unpack_from", general = true)
    public static Object unpackFrom(PyStruct self, Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("unpack_from", args, kwnames, 2, new String[] {"buffer", "offset"}, 1);
        return unpackFrom(self.fmt(), a[0], a[1]);
    }

    @PyMethod(name = "iter_unpack")
    public static Object iterUnpack(PyStruct self, Object buffer) {
        return iterUnpack(self.fmt(), buffer);
    }

    @PyMethod(name = "__sizeof__")
    public static Object sizeof(PyStruct self) {
        return PyInt.valueOf(40 + 16L * (self.fmt().count + 1));
    }
}
