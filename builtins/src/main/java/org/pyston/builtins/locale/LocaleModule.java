package org.pyston.builtins.locale;

import java.util.Collections;
import java.util.Map;
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
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _locale} module for the only locales the runtime implements: "C" (also "POSIX") and
 * "C.UTF-8", as glibc reports them (with CPython's PEP 538 start-up state: LC_CTYPE "C.UTF-8", the
 * rest "C"). Any other locale name fails as an unavailable locale does ({@code locale.Error:
 * unsupported locale setting}); conventions, nl_langinfo items, collation and encoding are the C
 * locale's with UTF-8. Message catalogs (gettext) are absent: messages are returned untranslated.
 */
public final class LocaleModule {
    private LocaleModule() {}

    /** glibc's categories, in the order of its composite LC_ALL string; the first six are Python's. */
    private static final String[] CATEGORY_NAMES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
        "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    private static final int LC_ALL = 6;
    private static final int CHAR_MAX = 127;
    private static final int CODESET = 14;

    /** nl_langinfo items and their values in the C locale. */
    private static final Object[][] LANGINFO = {
        {"RADIXCHAR", 65536, "."}, {"THOUSEP", 65537, ""}, {"CRNCYSTR", 262159, "-"},
        {"YESEXPR", 327680, "^[yY]"}, {"NOEXPR", 327681, "^[nN]"},
        {"D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"}, {"D_FMT", 131113, "%m/%d/%y"}, {"T_FMT", 131114, "%H:%M:%S"},
        {"T_FMT_AMPM", 131115, "%I:%M:%S %p"}, {"AM_STR", 131110, "AM"}, {"PM_STR", 131111, "PM"},
        {"ERA", 131116, ""}, {"ERA_D_FMT", 131118, ""}, {"ALT_DIGITS", 131119, ""}, {"ERA_D_T_FMT", 131120, ""},
        {"ERA_T_FMT", 131121, ""}, {"_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"},
    };
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** One interpreter's locale: the name set for each glibc category, and locale.Error. */
    private static final class State {
        final String[] names = new String[CATEGORY_NAMES.length];
        final PyType error;

        State(PyType error) {
            this.error = error;
            java.util.Arrays.fill(names, "C");
            names[0] = "C.UTF-8";
        }
    }

    private static final Map<Interpreter, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    /** Builds {@code _locale} for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_locale");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(LocaleModule.class, "_locale", d);
        State s = new State(BinasciiModule.newException("Error", "locale", PyExceptions.EXCEPTION));
        STATES.put(interp, s);
        d.putStr("Error", s.error);
        for (int i = 0; i < 6; i++) {
            d.putStr(CATEGORY_NAMES[i], new PyInt(i));
        }
        d.putStr("LC_ALL", new PyInt(LC_ALL));
        d.putStr("CHAR_MAX", new PyInt(CHAR_MAX));
        d.putStr("CODESET", new PyInt(CODESET));
        for (Object[] item : LANGINFO) {
            d.putStr((String) item[0], new PyInt((Integer) item[1]));
        }
        for (int i = 0; i < 7; i++) {
            d.putStr("DAY_" + (i + 1), new PyInt(131079 + i));
            d.putStr("ABDAY_" + (i + 1), new PyInt(131072 + i));
        }
        for (int i = 0; i < 12; i++) {
            d.putStr("MON_" + (i + 1), new PyInt(131098 + i));
            d.putStr("ABMON_" + (i + 1), new PyInt(131086 + i));
        }
        return m;
    }

    private static State state() {
        State s = STATES.get(Interpreter.current());
        if (s == null) {
            throw PyExceptions.runtimeError("_locale is not initialised in this interpreter");
        }
        return s;
    }

    /** The canonical name of a locale we implement, or null. */
    private static String known(String name) {
        switch (name) {
            case "C":
            case "POSIX":
                return "C";
            case "C.UTF-8":
            case "C.utf8":
            case "C.UTF8":
            case "C.utf-8":
                return "C.UTF-8";
            default:
                return null;
        }
    }

    /** The locale "" selects: the environment's LC_ALL, then the category's variable, then LANG. */
    private static String fromEnvironment(int category) {
        String[] vars = {"LC_ALL", category == LC_ALL ? null : CATEGORY_NAMES[category], "LANG"};
        for (String v : vars) {
            String value = v == null ? null : System.getenv(v);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "C";
    }

    private static String query(State s, int category) {
        if (category != LC_ALL) {
            return s.names[category];
        }
        boolean same = true;
        for (String n : s.names) {
            same &= n.equals(s.names[0]);
        }
        if (same) {
            return s.names[0];
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CATEGORY_NAMES.length; i++) {
            b.append(i == 0 ? "" : ";").append(CATEGORY_NAMES[i]).append('=').append(s.names[i]);
        }
        return b.toString();
    }

    @PyMethod(required = 1)
    public static Object setlocale(Object categoryObj, Object locale) {
        if (!IntMath.isInt(categoryObj)) {
            throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(categoryObj));
        }
        long category = IntMath.isSmall(categoryObj) ? IntMath.small(categoryObj) : -1;
        State s = state();
        if (category < 0 || category > LC_ALL) {
            throw PyExceptions.withMessage(s.error, locale == null || locale == PyNone.NONE ? "locale query failed"
                    : "unsupported locale setting");
        }
        synchronized (s) {
            if (locale == null || locale == PyNone.NONE) {
                return PyStr.of(query(s, (int) category));
            }
            if (!(locale instanceof PyStr l)) {
                throw PyExceptions.typeError("setlocale() argument 2 must be str or None, not %s", TypeOps.typeName(locale));
            }
            String requested = l.value().isEmpty() ? fromEnvironment((int) category) : l.value();
            String name = known(requested);
            if (name == null) {
                throw PyExceptions.withMessage(s.error, "unsupported locale setting");
            }
            if (category == LC_ALL) {
                java.util.Arrays.fill(s.names, name);
            } else {
                s.names[(int) category] = name;
            }
            return PyStr.of(query(s, (int) category));
        }
    }

    @PyMethod
    public static Object localeconv() {
        PyDict d = new PyDict();
        String[] empty = {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"};
        for (String k : empty) {
            d.putStr(k, PyStr.of(""));
        }
        d.putStr("mon_grouping", PyList.of());
        d.putStr("positive_sign", PyStr.of(""));
        d.putStr("negative_sign", PyStr.of(""));
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
            "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.putStr(k, new PyInt(CHAR_MAX));
        }
        d.putStr("decimal_point", PyStr.of("."));
        d.putStr("thousands_sep", PyStr.of(""));
        d.putStr("grouping", PyList.of());
        return d;
    }

    @PyMethod
    public static Object nl_langinfo(Object key) {
        long k = IntMath.isSmall(key) ? IntMath.small(key) : -1;
        if (k == CODESET) {
            return PyStr.of(state().names[0].equals("C") ? "ANSI_X3.4-1968" : "UTF-8");
        }
        for (Object[] item : LANGINFO) {
            if ((Integer) item[1] == k) {
                return PyStr.of((String) item[2]);
            }
        }
        if (k >= 131072 && k < 131079) {
            return PyStr.of(DAYS[(int) k - 131072].substring(0, 3));
        }
        if (k >= 131079 && k < 131086) {
            return PyStr.of(DAYS[(int) k - 131079]);
        }
        if (k >= 131086 && k < 131098) {
            return PyStr.of(MONTHS[(int) k - 131086].substring(0, 3));
        }
        if (k >= 131098 && k < 131110) {
            return PyStr.of(MONTHS[(int) k - 131098]);
        }
        throw PyExceptions.valueError("unsupported langinfo constant");
    }

    @PyMethod
    public static Object getencoding() {
        return PyStr.of("UTF-8");
    }

    private static String str(String fname, int pos, Object o) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError("%s() argument %d must be str, not %s", fname, pos, TypeOps.typeName(o));
        }
        return s.value();
    }

    @PyMethod
    public static Object strcoll(Object a, Object b) {
        // the C locale collates by code point
        String x = str("strcoll", 1, a);
        String y = str("strcoll", 2, b);
        int c = compareCodePoints(x, y);
        return new PyInt(Integer.signum(c));
    }

    private static int compareCodePoints(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    @PyMethod
    public static Object strxfrm(Object s) {
        return PyStr.of(str("strxfrm", 1, s));
    }

    @PyMethod
    public static Object gettext(Object msg) {
        return msg;
    }

    @PyMethod
    public static Object dgettext(Object domain, Object msg) {
        return msg;
    }

    @PyMethod
    public static Object dcgettext(Object domain, Object msg, Object category) {
        return msg;
    }

    @PyMethod(required = 0)
    public static Object textdomain(Object domain) {
        return domain == null || domain == PyNone.NONE ? PyStr.of("messages") : domain;
    }

    @PyMethod
    public static Object bindtextdomain(Object domain, Object dir) {
        return dir == PyNone.NONE ? PyStr.of("/usr/share/locale") : dir;
    }

    @PyMethod
    public static Object bind_textdomain_codeset(Object domain, Object codeset) {
        return codeset;
    }
}
