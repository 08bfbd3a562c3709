package org.pyston.builtins.csv;

import java.util.Arrays;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _csv.Dialect}: the validated, immutable formatting parameters of a reader or writer. Built
 * from an optional base (a registered name, or any object whose attributes are read) overridden by
 * keyword arguments, with CPython's defaults and messages. A character parameter that is unset
 * (None) is -1.
 */
public final class PyCsvDialect implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("Dialect", "_csv", PyCsvDialect.class, PyCsvDialect.class);

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;

    static final String[] NAMES = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
        "quoting", "skipinitialspace", "strict"};

    final int delimiter;
    final boolean doublequote;
    final int escapechar;
    final String lineterminator;
    final int quotechar;
    final int quoting;
    final boolean skipinitialspace;
    final boolean strict;

    private PyCsvDialect(int delimiter, boolean doublequote, int escapechar, String lineterminator, int quotechar,
                         int quoting, boolean skipinitialspace, boolean strict) {
        this.delimiter = delimiter;
        this.doublequote = doublequote;
        this.escapechar = escapechar;
        this.lineterminator = lineterminator;
        this.quotechar = quotechar;
        this.quoting = quoting;
        this.skipinitialspace = skipinitialspace;
        this.strict = strict;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * The dialect for {@code base} (null, a registered name, a Dialect, or any object with the
     * attributes) overridden by {@code kw} (values in {@link #NAMES} order after "dialect", null when
     * absent).
     */
    static PyCsvDialect of(Object base, Object[] kw) {
        if (base instanceof PyStr name) {
            base = CsvModule.lookupDialect(name);
        }
        boolean anyKw = false;
        for (Object o : kw) {
            anyKw |= o != null;
        }
        if (base instanceof PyCsvDialect d && !anyKw) {
            return d;
        }
        Object[] v = new Object[kw.length];
        for (int i = 0; i < kw.length; i++) {
            v[i] = kw[i];
            if (v[i] == null && base != null) {
                v[i] = AttributeOps.lookupAttr(base, NAMES[i + 1]);
            }
        }
        int delimiter = v[0] == null ? ',' : character("delimiter", v[0], false);
        boolean doublequote = v[1] == null || Truth.isTrue(v[1]);
        int escapechar = v[2] == null ? -1 : character("escapechar", v[2], true);
        String lineterminator = "\r\n";
        if (v[3] != null) {
            if (!(v[3] instanceof PyStr s)) {
                throw PyExceptions.typeError("\"lineterminator\" must be a string");
            }
            lineterminator = s.value();
        }
        int quotechar = v[4] == null ? '"' : character("quotechar", v[4], true);
        int quoting = QUOTE_MINIMAL;
        if (v[5] != null) {
            if (!IntMath.isInt(v[5])) {
                throw PyExceptions.typeError("\"quoting\" must be an integer");
            }
            long q = IntMath.isSmall(v[5]) ? IntMath.small(v[5]) : -1;
            if (q < QUOTE_MINIMAL || q > QUOTE_NONE) {
                throw PyExceptions.typeError("bad \"quoting\" value");
            }
            quoting = (int) q;
        } else if (v[4] == PyNone.NONE) {
            // quotechar=None without a quoting mode means no quoting (3.11)
            quoting = QUOTE_NONE;
        }
        boolean skip = v[6] != null && Truth.isTrue(v[6]);
        boolean strict = v[7] != null && Truth.isTrue(v[7]);
        if (quotechar == -1 && quoting != QUOTE_NONE) {
            throw PyExceptions.typeError("quotechar must be set if quoting enabled");
        }
        if (lineterminator == null) {
            throw PyExceptions.typeError("lineterminator must be set");
        }
        return new PyCsvDialect(delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skip, strict);
    }

    /** A one-character parameter as its code point; -1 for None where {@code noneOk}. */
    private static int character(String name, Object o, boolean noneOk) {
        if (o == PyNone.NONE && noneOk) {
            return -1;
        }
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError(noneOk && !name.equals("quotechar") ? "\"%s\" must be string or None, not %s"
                    : "\"%s\" must be string, not %s", name, TypeOps.typeName(o));
        }
        if (s.value().codePointCount(0, s.value().length()) != 1) {
            throw PyExceptions.typeError("\"%s\" must be a 1-character string", name);
        }
        return s.value().codePointAt(0);
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] rest = Arrays.copyOfRange(args, 1, args.length);
        Object[] p = CsvModule.parseDialectArgs("Dialect", rest, kwnames, 1);
        return of(p[0], Arrays.copyOfRange(p, 1, p.length));
    }

    private static Object charOrNone(int c) {
        return c < 0 ? PyNone.NONE : PyStr.of(new String(Character.toChars(c)));
    }

    @PyGetter("delimiter")
    public static Object delimiter(PyCsvDialect self) {
        return charOrNone(self.delimiter);
    }

    @PyGetter("doublequote")
    public static Object doublequote(PyCsvDialect self) {
        return PyBool.of(self.doublequote);
    }

    @PyGetter("escapechar")
    public static Object escapechar(PyCsvDialect self) {
        return charOrNone(self.escapechar);
    }

    @PyGetter("lineterminator")
    public static Object lineterminator(PyCsvDialect self) {
        return PyStr.of(self.lineterminator);
    }

    @PyGetter("quotechar")
    public static Object quotechar(PyCsvDialect self) {
        return charOrNone(self.quotechar);
    }

    @PyGetter("quoting")
    public static Object quoting(PyCsvDialect self) {
        return new PyInt(self.quoting);
    }

    @PyGetter("skipinitialspace")
    public static Object skipinitialspace(PyCsvDialect self) {
        return PyBool.of(self.skipinitialspace);
    }

    @PyGetter("strict")
    public static Object strict(PyCsvDialect self) {
        return PyBool.of(self.strict);
    }
}
