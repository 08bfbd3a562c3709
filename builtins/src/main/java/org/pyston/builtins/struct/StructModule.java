package org.pyston.builtins.struct;

import java.util.concurrent.ConcurrentHashMap;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _struct} module under {@code struct}: the module-level functions compile their
 * format once and keep it in a cache ({@code _clearcache()} empties it), as CPython does.
 * {@code struct.error} is a built-in exception type, shared like the other built-in types.
 */
public final class StructModule {
    private StructModule() {
    }

    /** {@code struct.error}. */
    static final PyType ERROR = PyType.builtinSubclassableInModule("error", "struct", PyBaseException.class, null,
            PyExceptions.EXCEPTION);

    /** Compiled formats by format text; formats do not depend on the interpreter. */
    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_CACHE = 100;

    static PyType errorType() {
        return ERROR;
    }

    /** Builds {@code _struct}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_struct");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(StructModule.class, "_struct", d);
        d.putStr("Struct", PyStruct.TYPE);
        d.putStr("error", ERROR);
        d.putStr("__doc__", PyStr.of("Functions to convert between Python values and C structs.\n"
                + "Python bytes objects are used to hold the data representing the C struct\n"
                + "and also as format strings (explained below) to describe the layout of data\n"
                + "in the C struct."));
        return m;
    }

    private static StructFormat format(Object fmt) {
        String text = PyStruct.formatText(fmt);
        StructFormat f = CACHE.get(text);
        if (f == null) {
            f = StructFormat.parse(text, ERROR);
            if (CACHE.size() >= MAX_CACHE) {
                CACHE.clear();
            }
            CACHE.put(text, f);
        }
        return f;
    }

    private static StructFormat leading(String name, Object[] args, String[] kwnames) {
        PyStruct.noKeywords(name, kwnames);
        if (args.length == 0) {
            throw PyExceptions.typeError("missing format argument");
        }
        return format(args[0]);
    }

    @PyMethod(general = true)
    public static Object pack(Object[] args, String[] kwnames) {
        StructFormat f = leading("pack", args, kwnames);
        return PyBytes.wrap(PyStruct.pack(f, "pack", args, 1));
    }

    @PyMethod(name = "pack_into", general = true)
    public static Object packInto(Object[] args, String[] kwnames) {
        StructFormat f = leading("pack_into", args, kwnames);
        PyStruct.packInto(f, args, 1);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object unpack(Object format, Object buffer) {
        return PyStruct.unpack(format(format), buffer);
    }

    @PyMethod(name = "unpack_from", general = true)
    public static Object unpackFrom(Object[] args, String[] kwnames) {
        Object[] a = ArgParser.parse("unpack_from", args, kwnames, 3, new String[] {"format", "buffer", "offset"}, 2);
        return PyStruct.unpackFrom(format(a[0]), a[1], a[2]);
    }

    @PyMethod(name = "iter_unpack")
    public static Object iterUnpack(Object format, Object buffer) {
        return PyStruct.iterUnpack(format(format), buffer);
    }

    @PyMethod
    public static Object calcsize(Object format) {
        return PyInt.valueOf(format(format).size);
    }

    @PyMethod(name = "_clearcache")
    public static Object clearCache() {
        CACHE.clear();
        return PyNone.NONE;
    }
}
