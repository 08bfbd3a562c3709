package org.pyston.builtins.text;

import org.pyston.builtins.object.PyInstance;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.FloatFormatter;
import org.pyston.builtins.format.FormatSpec;
import org.pyston.builtins.format.IntFormatter;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.number.PyInt;

/** {@code format(value, spec)} and {@code str.format}: the format mini-language drivers. */
public final class Formatting {
    private Formatting() {
    }

    /** {@code format(value, spec)}. */
    public static String format(Object value, String spec) {
        try {
            if (value instanceof PyStr s) {
                return spec.isEmpty() ? s.value() : FormatSpec.formatString(s.value(), FormatSpec.parseForStr(spec));
            }
            if (value instanceof PyBool b && spec.isEmpty()) {
                return Repr.str(b);
            }
            if (IntMath.isInt(value)) {
                return spec.isEmpty() ? IntMath.toDecimal(IntMath.big(value))
                        : IntFormatter.format(IntMath.big(value), FormatSpec.parseForInt(spec), "int", IntMath.maxStrDigits());
            }
            if (value instanceof PyFloat f) {
                return FloatFormatter.format(f.value, spec);
            }
        } catch (IllegalArgumentException e) {
            throw PyExceptions.valueError("%s", e.getMessage());
        }
        return ((PyStr) PyInstance.unwrap(callFormat(value, spec))).value();
    }

    /**
     * {@code format(value, spec)} as CPython's PyObject_Format: what {@code __format__} returned,
     * which may be an instance of a str subclass.
     */
    public static Object formatObject(Object value, String spec) {
        if (value instanceof PyStr || value instanceof PyBool || IntMath.isInt(value) || value instanceof PyFloat) {
            return PyStr.of(format(value, spec));
        }
        return callFormat(value, spec);
    }

    private static Object callFormat(Object value, String spec) {
        Object r = CallOps.callSpecial(value, "__format__", new Object[] {PyStr.of(spec)}, null);
        if (r instanceof PyStr || PyInstance.unwrap(r) instanceof PyStr) {
            return r;
        }
        throw PyExceptions.typeError("__format__ must return a str, not %s", TypeOps.typeName(r));
    }

    /** {@code fmt.format(*args, **kwargs)}. */
    public static String strFormat(String fmt, Object[] args, String[] kwnames) {
        return strFormat(fmt, args, kwnames, null);
    }

    /** {@code fmt.format_map(mapping)} when {@code mapping} is non-null (names are looked up in it). */
    public static String strFormat(String fmt, Object[] args, String[] kwnames, Object mapping) {
        return render(fmt, args, kwnames, mapping, new FieldNumbering(), 2);
    }

    /**
     * How the replacement fields of one {@code format} call were numbered so far: shared by the
     * nested fields of format specs ({@code '{:{}}'}), which continue the automatic count.
     */
    private static final class FieldNumbering {
        /** The next automatic field number. */
        int next;
        /** A field was numbered explicitly ({@code {0}}). */
        boolean manual;
        /** A field was numbered automatically ({@code {}}). */
        boolean automatic;
    }

    /**
     * Renders {@code fmt}; {@code depth} is CPython's recursion budget (2 at the top, one less for
     * each level of format spec holding replacement fields).
     */
    private static String render(String fmt, Object[] args, String[] kwnames, Object mapping,
                                 FieldNumbering numbering, int depth) {
        if (depth <= 0) {
            throw PyExceptions.valueError("Max string recursion exceeded");
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PyExceptions.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 == n) {
                throw PyExceptions.valueError("Single '{' encountered in format string");
            }
            // CPython's parse_field: the name ends at '}', ':' or '!' outside [...]; then an
            // optional conversion, then a format spec whose nested braces must balance
            int j = i + 1;
            char end = 0;
            boolean ended = false;
            while (j < n) {
                end = fmt.charAt(j++);
                if (end == '{') {
                    throw PyExceptions.valueError("unexpected '{' in field name");
                }
                if (end == '[') {
                    while (j < n && fmt.charAt(j) != ']') {
                        j++;
                    }
                    continue;
                }
                if (end == '}' || end == ':' || end == '!') {
                    ended = true;
                    break;
                }
            }
            String field = fmt.substring(i + 1, ended ? j - 1 : j);
            String spec = "";
            char conv = 0;
            if (ended && (end == '!' || end == ':')) {
                boolean specFollows = true;
                if (end == '!') {
                    if (j >= n) {
                        throw PyExceptions.valueError("end of string while looking for conversion specifier");
                    }
                    conv = fmt.charAt(j++);
                    if (j < n) {
                        char d = fmt.charAt(j++);
                        if (d == '}') {
                            specFollows = false;
                        } else if (d != ':') {
                            throw PyExceptions.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                if (specFollows) {
                    int specStart = j;
                    int count = 1;
                    boolean closed = false;
                    while (j < n) {
                        char d = fmt.charAt(j++);
                        if (d == '{') {
                            count++;
                        } else if (d == '}' && --count == 0) {
                            closed = true;
                            break;
                        }
                    }
                    if (!closed) {
                        throw PyExceptions.valueError("unmatched '{' in format spec");
                    }
                    spec = fmt.substring(specStart, j - 1);
                }
            } else if (!ended) {
                throw PyExceptions.valueError("expected '}' before end of string");
            }
            i = j;
            int k = 0;
            while (k < field.length() && field.charAt(k) != '.' && field.charAt(k) != '[') {
                k++;
            }
            String first = field.substring(0, k);
            Object value;
            if (first.isEmpty()) {
                if (numbering.manual) {
                    throw PyExceptions.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                numbering.automatic = true;
                int idx = numbering.next++;
                if (mapping != null) {
                    throw PyExceptions.valueError("Format string contains positional fields");
                }
                if (idx >= npos) {
                    throw PyExceptions.indexError("Replacement index %d out of range for positional args tuple", idx);
                }
                value = args[idx];
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (numbering.automatic) {
                    throw PyExceptions.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                numbering.manual = true;
                if (mapping != null) {
                    throw PyExceptions.valueError("Format string contains positional fields");
                }
                long idx;
                try {
                    idx = Long.parseLong(first);
                } catch (NumberFormatException e) {
                    throw PyExceptions.valueError("Too many decimal digits in format string");
                }
                if (idx >= npos) {
                    throw PyExceptions.indexError("Replacement index %d out of range for positional args tuple", idx);
                }
                value = args[(int) idx];
            } else if (mapping != null) {
                value = org.pyston.builtins.ops.ItemOps.getItem(mapping, PyStr.of(first));
            } else {
                value = null;
                for (int q = 0; q < nkw; q++) {
                    if (kwnames[q].equals(first)) {
                        value = args[npos + q];
                    }
                }
                if (value == null) {
                    throw PyExceptions.keyError(PyStr.of(first));
                }
            }
            while (k < field.length()) {
                if (field.charAt(k) == '.') {
                    int e = k + 1;
                    while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') {
                        e++;
                    }
                    if (e == k + 1) {
                        throw PyExceptions.valueError("Empty attribute in format string");
                    }
                    value = AttributeOps.getAttr(value, field.substring(k + 1, e));
                    k = e;
                } else if (field.charAt(k) != '[') {
                    throw PyExceptions.valueError("Only '.' or '[' may follow ']' in format field specifier");
                } else {
                    int e = field.indexOf(']', k);
                    if (e < 0) {
                        throw PyExceptions.valueError("Missing ']' in format string");
                    }
                    if (e == k + 1) {
                        throw PyExceptions.valueError("Empty attribute in format string");
                    }
                    String key = field.substring(k + 1, e);
                    Object keyObj = !key.isEmpty() && key.chars().allMatch(Character::isDigit)
                            ? PyInt.valueOf(Long.parseLong(key)) : PyStr.of(key);
                    value = ItemOps.getItem(value, keyObj);
                    k = e + 1;
                }
            }
            if (conv == 'r') {
                value = PyStr.of(Repr.repr(value));
            } else if (conv == 'a') {
                value = PyStr.of(org.pyston.builtins.format.StrRepr.escapeNonAscii(Repr.repr(value)));
            } else if (conv == 's') {
                value = PyStr.of(Repr.str(value));
            } else if (conv != 0) {
                throw PyExceptions.valueError("Unknown conversion specifier %c", conv);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, args, kwnames, mapping, numbering, depth - 1);
            }
            out.append(format(value, spec));
        }
        return out.toString();
    }

    static boolean unused(PyTuple t) {
        return t == null;
    }
}
