package org.pyston.builtins.csv;

import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _csv.writer}: formats rows with the dialect's quoting rules (CPython's join_append: quote
 * or escape delimiters, quote characters, escape characters and line-terminator characters) and
 * passes each line to the file's {@code write}.
 */
public final class PyCsvWriter implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("writer", "_csv", PyCsvWriter.class, PyCsvWriter.class);

    private final Object write;
    final PyCsvDialect dialect;

    PyCsvWriter(Object write, PyCsvDialect dialect) {
        this.write = write;
        this.dialect = dialect;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static boolean isNumber(Object o) {
        return IntMath.isInt(o) || o instanceof PyFloat
                || TypeOps.typeOf(o).lookup("__float__") != null || TypeOps.typeOf(o).lookup("__index__") != null;
    }

    /** One row as the line the dialect writes, terminator included. */
    String format(Object row) {
        PyCsvDialect d = dialect;
        Object it;
        try {
            it = IterOps.iter(row);
        } catch (RuntimeException e) {
            throw CsvModule.error("iterable expected, not %.200s", TypeOps.typeName(row));
        }
        StringBuilder line = new StringBuilder();
        int n = 0;
        for (Object f = IterOps.next(it); f != null; f = IterOps.next(it), n++) {
            if (n > 0) {
                line.appendCodePoint(d.delimiter);
            }
            boolean quoted = switch (d.quoting) {
                case PyCsvDialect.QUOTE_NONNUMERIC -> !isNumber(f);
                case PyCsvDialect.QUOTE_ALL -> true;
                default -> false;
            };
            String s = f == PyNone.NONE ? "" : f instanceof PyFloat ? Repr.repr(f) : Repr.str(f);
            appendField(line, s, quoted, n == 0 && s.isEmpty() && isLast(it, row));
        }
        line.append(d.lineterminator);
        return line.toString();
    }

    /** Whether {@code row} has exactly one item (CPython quotes a lone empty field so the line is not blank). */
    private static boolean isLast(Object it, Object row) {
        try {
            Object len = CallOps.callMethod(row, "__len__", new Object[0], null);
            return IntMath.isSmall(len) && IntMath.small(len) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void appendField(StringBuilder line, String s, boolean quoted, boolean loneEmpty) {
        PyCsvDialect d = dialect;
        StringBuilder body = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean wantEscape = false;
            if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0) {
                if (d.quoting == PyCsvDialect.QUOTE_NONE) {
                    wantEscape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) {
                            body.appendCodePoint(d.quotechar);
                        } else {
                            wantEscape = true;
                        }
                    } else if (c == d.escapechar) {
                        wantEscape = true;
                    }
                    if (!wantEscape) {
                        quoted = true;
                    }
                }
                if (wantEscape) {
                    if (d.escapechar < 0) {
                        throw CsvModule.error("need to escape, but no escapechar set");
                    }
                    body.appendCodePoint(d.escapechar);
                }
            }
            body.appendCodePoint(c);
        }
        if (loneEmpty) {
            if (d.quoting == PyCsvDialect.QUOTE_NONE) {
                throw CsvModule.error("single empty field record must be quoted");
            }
            quoted = true;
        }
        if (quoted) {
            line.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
        } else {
            line.append(body);
        }
    }

    @PyMethod
    public static Object writerow(PyCsvWriter self, Object row) {
        String line = self.format(row);
        return CallOps.call(self.write, new Object[] {PyStr.of(line)}, null);
    }

    @PyMethod
    public static Object writerows(PyCsvWriter self, Object rows) {
        Object it = IterOps.iter(rows);
        for (Object r = IterOps.next(it); r != null; r = IterOps.next(it)) {
            writerow(self, r);
        }
        return PyNone.NONE;
    }

    @PyGetter("dialect")
    public static Object dialect(PyCsvWriter self) {
        return self.dialect;
    }
}
