package org.pyston.builtins.csv;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _csv.reader}: turns the lines an iterator yields into lists of fields with CPython's state
 * machine (quoted fields spanning lines, escapes, doubled quotes, strict mode, QUOTE_NONNUMERIC
 * conversion to float) and its error messages.
 */
public final class PyCsvReader implements PyIterator {
    public static final PyType TYPE = PyType.builtinInModule("reader", "_csv", PyCsvReader.class, ReaderMethods.class);

    /** The end of a line, distinct from every character (NUL is data in 3.11). */
    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final Object lines;
    final PyCsvDialect dialect;
    long lineNum;
    private State state;
    private List<Object> fields;
    private final StringBuilder field = new StringBuilder();
    private boolean numericField;

    PyCsvReader(Object lines, PyCsvDialect dialect) {
        this.lines = lines;
        this.dialect = dialect;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public synchronized Object nextOrNull() {
        fields = new ArrayList<>();
        field.setLength(0);
        numericField = false;
        state = State.START_RECORD;
        do {
            Object line = IterOps.next(lines);
            if (line == null) {
                if (field.length() != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw CsvModule.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                return null;
            }
            if (!(line instanceof PyStr s)) {
                throw CsvModule.error("iterator should return strings, not %.200s (the file should be opened in text mode)",
                        TypeOps.typeName(line));
            }
            lineNum++;
            String v = s.value();
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                i += Character.charCount(c);
                process(c);
            }
            process(EOL);
        } while (state != State.START_RECORD);
        List<Object> out = fields;
        fields = null;
        return PyList.of(out.toArray());
    }

    private void saveField() {
        String f = field.toString();
        field.setLength(0);
        if (numericField) {
            numericField = false;
            fields.add(CallOps.call(PyFloat.TYPE, new Object[] {PyStr.of(f)}, null));
        } else {
            fields.add(PyStr.of(f));
        }
    }

    private void addChar(int c) {
        if (field.length() >= CsvModule.fieldLimit()) {
            throw CsvModule.error("field larger than field limit (%d)", CsvModule.fieldLimit());
        }
        field.appendCodePoint(c);
    }

    private boolean lineEnd(int c) {
        return c == '\n' || c == '\r' || c == EOL;
    }

    private void process(int c) {
        PyCsvDialect d = dialect;
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    return;
                }
                if (c == '\n' || c == '\r') {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
                return;
            case START_FIELD:
                startField(c);
                return;
            case ESCAPED_CHAR:
                if (c == '\n' || c == '\r') {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                state = State.IN_FIELD;
                inField(c);
                return;
            case IN_FIELD:
                inField(c);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && d.quoting != PyCsvDialect.QUOTE_NONE) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (d.quoting != PyCsvDialect.QUOTE_NONE && c == d.quotechar) {
                    addChar(c);
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (lineEnd(c)) {
                    saveField();
                    state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                } else if (!d.strict) {
                    addChar(c);
                    state = State.IN_FIELD;
                } else {
                    throw CsvModule.error("'%s' expected after '%s'", new String(Character.toChars(d.delimiter)),
                            new String(Character.toChars(d.quotechar)));
                }
                return;
            case EAT_CRNL:
                if (c == '\n' || c == '\r') {
                    return;
                }
                if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw CsvModule.error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
            default:
                throw new IllegalStateException(state.name());
        }
    }

    private void startField(int c) {
        PyCsvDialect d = dialect;
        if (lineEnd(c)) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.quotechar && d.quoting != PyCsvDialect.QUOTE_NONE) {
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return;
        } else if (c == d.delimiter) {
            saveField();
        } else {
            if (d.quoting == PyCsvDialect.QUOTE_NONNUMERIC) {
                numericField = true;
            }
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c) {
        PyCsvDialect d = dialect;
        if (lineEnd(c)) {
            saveField();
            state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c);
        }
    }

    /** The reader's attributes; {@code __iter__}/{@code __next__} come from IteratorMethods. */
    public static final class ReaderMethods {
        private ReaderMethods() {}

        @org.pyston.builtins.object.PyMethod(name = "__iter__")
        public static Object iter(Object self) {
            return self;
        }

        @org.pyston.builtins.object.PyMethod(name = "__next__")
        public static Object next(Object self) {
            return org.pyston.builtins.container.IteratorMethods.next(self);
        }

        @PyGetter("dialect")
        public static Object dialect(PyCsvReader self) {
            return self.dialect;
        }

        @PyGetter("line_num")
        public static Object lineNum(PyCsvReader self) {
            return new PyInt(self.lineNum);
        }
    }
}
