package org.pyston.builtins.csv;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;

import org.pyston.builtins.binascii.BinasciiModule;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _csv} module that {@code csv} is built on: reader, writer, Dialect, the per-interpreter
 * dialect registry and field size limit, the QUOTE_* constants and {@code _csv.Error}.
 */
public final class CsvModule {
    private CsvModule() {}

    /** One interpreter's module state (CPython's _csvstate). */
    private static final class State {
        final PyType error;
        final PyDict dialects = new PyDict();
        volatile long fieldLimit = 128 * 1024;

        State(PyType error) {
            this.error = error;
        }
    }

    private static final Map<Interpreter, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    /** Builds {@code _csv} for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_csv");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(CsvModule.class, "_csv", d);
        State s = new State(BinasciiModule.newException("Error", "_csv", PyExceptions.EXCEPTION));
        STATES.put(interp, s);
        d.putStr("Error", s.error);
        d.putStr("Dialect", PyCsvDialect.TYPE);
        d.putStr("Reader", PyCsvReader.TYPE);
        d.putStr("Writer", PyCsvWriter.TYPE);
        d.putStr("_dialects", s.dialects);
        d.putStr("__version__", PyStr.of("1.0"));
        d.putStr("QUOTE_MINIMAL", new PyInt(PyCsvDialect.QUOTE_MINIMAL));
        d.putStr("QUOTE_ALL", new PyInt(PyCsvDialect.QUOTE_ALL));
        d.putStr("QUOTE_NONNUMERIC", new PyInt(PyCsvDialect.QUOTE_NONNUMERIC));
        d.putStr("QUOTE_NONE", new PyInt(PyCsvDialect.QUOTE_NONE));
        return m;
    }

    private static State state() {
        State s = STATES.get(Interpreter.current());
        if (s == null) {
            throw PyExceptions.runtimeError("_csv is not initialised in this interpreter");
        }
        return s;
    }

    static RuntimeException error(String format, Object... args) {
        return PyExceptions.withMessage(state().error, format, args);
    }

    static long fieldLimit() {
        return state().fieldLimit;
    }

    static PyCsvDialect lookupDialect(Object name) {
        Object d = state().dialects.get(name);
        if (d == null) {
            throw error("unknown dialect");
        }
        return (PyCsvDialect) d;
    }

    /** Binds {@code (dialect=None, delimiter=..., ..., strict=...)}, rejecting other keywords as CPython. */
    static Object[] parseDialectArgs(String fname, Object[] args, String[] kwnames, int maxPositional) {
        String[] names = PyCsvDialect.NAMES;
        int nkw = kwnames == null ? 0 : kwnames.length;
        for (int k = 0; k < nkw; k++) {
            boolean known = false;
            for (String n : names) {
                known |= n.equals(kwnames[k]);
            }
            if (!known) {
                throw PyExceptions.typeError("'%s' is an invalid keyword argument for this function", kwnames[k]);
            }
        }
        return ArgParser.parse(fname, args, kwnames, maxPositional, names, 0);
    }

    /** Binds {@code (first, dialect=None, **fmtparams)}: index 0 is the first argument. */
    private static Object[] withFirst(String fname, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyExceptions.typeError("expected at least 1 argument, got 0");
        }
        Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Object[] p = parseDialectArgs(fname, rest, kwnames, 1);
        Object[] out = new Object[p.length + 1];
        out[0] = args[0];
        System.arraycopy(p, 0, out, 1, p.length);
        return out;
    }

    private static PyCsvDialect dialectOf(Object[] p) {
        // no dialect: the defaults (which are excel's), without a registry look-up, as CPython
        return PyCsvDialect.of(p[1], java.util.Arrays.copyOfRange(p, 2, p.length));
    }

    @PyMethod(general = true)
    public static Object reader(Object[] args, String[] kwnames) {
        Object[] p = withFirst("reader", args, kwnames);
        Object it = IterOps.iter(p[0]);
        return new PyCsvReader(it, dialectOf(p));
    }

    @PyMethod(general = true)
    public static Object writer(Object[] args, String[] kwnames) {
        Object[] p = withFirst("writer", args, kwnames);
        Object write = AttributeOps.lookupAttr(p[0], "write");
        if (write == null) {
            throw PyExceptions.typeError("argument 1 must have a \"write\" method");
        }
        return new PyCsvWriter(write, dialectOf(p));
    }

    @PyMethod(general = true)
    public static Object register_dialect(Object[] args, String[] kwnames) {
        Object[] p = withFirst("register_dialect", args, kwnames);
        if (!(p[0] instanceof PyStr)) {
            throw PyExceptions.typeError("dialect name must be a string");
        }
        PyCsvDialect d = PyCsvDialect.of(p[1], java.util.Arrays.copyOfRange(p, 2, p.length));
        state().dialects.put(p[0], d);
        return PyNone.NONE;
    }

    @PyMethod
    public static Object unregister_dialect(Object name) {
        if (state().dialects.remove(name) == null) {
            throw error("unknown dialect");
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object get_dialect(Object name) {
        return lookupDialect(name);
    }

    @PyMethod
    public static Object list_dialects() {
        return PyList.of(state().dialects.keysArray());
    }

    @PyMethod(general = true)
    public static Object field_size_limit(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("field_size_limit", args, kwnames, 1, new String[] {"new_limit"}, 0);
        State s = state();
        long old = s.fieldLimit;
        if (p[0] != null) {
            if (!IntMath.isInt(p[0])) {
                throw PyExceptions.typeError("limit must be an integer");
            }
            if (!IntMath.isSmall(p[0])) {
                throw PyExceptions.overflowError("Python int too large to convert to C long");
            }
            s.fieldLimit = IntMath.small(p[0]);
        }
        return new PyInt(old);
    }
}
