package org.pyston.builtins.unicodedata;

import java.text.Normalizer;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code unicodedata} module over the JDK's Unicode tables ({@link Character},
 * {@link java.text.Normalizer}). The JDK 17 implements Unicode 13.0 where CPython 3.11 has 14.0.0,
 * so characters added in 14.0 are unassigned here. What the JDK does not expose is refused with
 * NotImplementedError rather than guessed: combining classes of marks, decompositions, East Asian
 * widths, numeric values of fractions. {@code ucd_3_2_0} (for IDNA/stringprep) answers from the
 * same current tables.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    /** Builds {@code unicodedata} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("unicodedata");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(UnicodedataModule.class, "unicodedata", d);
        d.putStr("unidata_version", PyStr.of("14.0.0"));
        d.putStr("ucd_3_2_0", new PyUcd("3.2.0"));
        d.putStr("UCD", PyUcd.TYPE);
        return m;
    }

    /** The code point of a one-character str argument, with the message of {@code fname}. */
    static int chr(String fname, Object o, boolean numbered) {
        if (o instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
            return s.value().codePointAt(0);
        }
        throw PyExceptions.typeError("%s() argument%s must be a unicode character, not %s", fname,
                numbered ? " 1" : "", TypeOps.typeName(o));
    }

    private static RuntimeException unsupported(String what) {
        return PyExceptions.withMessage(PyExceptions.NOT_IMPLEMENTED_ERROR,
                "unicodedata.%s is not available: the JDK does not expose this Unicode property", what);
    }

    // ---- names -----------------------------------------------------------------------------

    @PyMethod(required = 1)
    public static Object name(Object c, Object dflt) {
        String n = UnicodeNames.name(chr("name", c, true));
        if (n == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyExceptions.valueError("no such name");
        }
        return PyStr.of(n);
    }

    @PyMethod
    public static Object lookup(Object name) {
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("lookup() argument must be str, not %s", TypeOps.typeName(name));
        }
        int cp = UnicodeNames.lookup(s.value());
        if (cp < 0) {
            throw PyExceptions.create(PyExceptions.KEY_ERROR, PyStr.of("undefined character name '" + s.value() + "'"));
        }
        return PyStr.of(new String(Character.toChars(cp)));
    }

    // ---- properties ------------------------------------------------------------------------

    private static final String[] CATEGORIES = new String[31];

    static {
        CATEGORIES[Character.UNASSIGNED] = "Cn";
        CATEGORIES[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORIES[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORIES[Character.TITLECASE_LETTER] = "Lt";
        CATEGORIES[Character.MODIFIER_LETTER] = "Lm";
        CATEGORIES[Character.OTHER_LETTER] = "Lo";
        CATEGORIES[Character.NON_SPACING_MARK] = "Mn";
        CATEGORIES[Character.ENCLOSING_MARK] = "Me";
        CATEGORIES[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORIES[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORIES[Character.LETTER_NUMBER] = "Nl";
        CATEGORIES[Character.OTHER_NUMBER] = "No";
        CATEGORIES[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORIES[Character.LINE_SEPARATOR] = "Zl";
        CATEGORIES[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORIES[Character.CONTROL] = "Cc";
        CATEGORIES[Character.FORMAT] = "Cf";
        CATEGORIES[Character.PRIVATE_USE] = "Co";
        CATEGORIES[Character.SURROGATE] = "Cs";
        CATEGORIES[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORIES[Character.START_PUNCTUATION] = "Ps";
        CATEGORIES[Character.END_PUNCTUATION] = "Pe";
        CATEGORIES[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORIES[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORIES[Character.MATH_SYMBOL] = "Sm";
        CATEGORIES[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORIES[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORIES[Character.OTHER_SYMBOL] = "So";
        CATEGORIES[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORIES[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    private static final String[] BIDI = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON",
        "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    static String category(int cp) {
        return CATEGORIES[Character.getType(cp)];
    }

    @PyMethod
    public static Object category(Object c) {
        return PyStr.of(category(chr("category", c, false)));
    }

    @PyMethod
    public static Object bidirectional(Object c) {
        byte d = Character.getDirectionality(chr("bidirectional", c, false));
        return PyStr.of(d < 0 || d >= BIDI.length ? "" : BIDI[d]);
    }

    @PyMethod
    public static Object mirrored(Object c) {
        return new PyInt(Character.isMirrored(chr("mirrored", c, false)) ? 1 : 0);
    }

    @PyMethod
    public static Object combining(Object c) {
        int cp = chr("combining", c, false);
        if (!category(cp).startsWith("M")) {
            // only marks have a non-zero canonical combining class
            return new PyInt(0);
        }
        throw unsupported("combining() of a combining mark");
    }

    @PyMethod
    public static Object east_asian_width(Object c) {
        chr("east_asian_width", c, false);
        throw unsupported("east_asian_width()");
    }

    @PyMethod
    public static Object decomposition(Object c) {
        chr("decomposition", c, false);
        throw unsupported("decomposition()");
    }

    // ---- numeric values --------------------------------------------------------------------

    @PyMethod(required = 1)
    public static Object decimal(Object c, Object dflt) {
        int cp = chr("decimal", c, true);
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return new PyInt(Character.getNumericValue(cp));
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyExceptions.valueError("not a decimal");
    }

    @PyMethod(required = 1)
    public static Object digit(Object c, Object dflt) {
        int cp = chr("digit", c, true);
        int t = Character.getType(cp);
        int v = Character.getNumericValue(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || (t == Character.OTHER_NUMBER && isOtherDigit(cp))) {
            return new PyInt(v);
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyExceptions.valueError("not a digit");
    }

    /**
     * The characters of category No whose numeric type is Digit (superscript, subscript, circled,
     * parenthesized and full-stop digits, Ethiopic, Kharoshthi, Rumi and Brahmi digits ...): the
     * JDK gives their values but not that numeric type, which tells them from No numerals.
     */
    private static final int[][] OTHER_DIGITS = {
        {0x00B2, 0x00B3}, {0x00B9, 0x00B9}, {0x1369, 0x1371}, {0x19DA, 0x19DA}, {0x2070, 0x2070}, {0x2074, 0x2079},
        {0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
        {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792}, {0x10A40, 0x10A43},
        {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x1F100, 0x1F10A},
    };

    private static boolean isOtherDigit(int cp) {
        for (int[] r : OTHER_DIGITS) {
            if (cp >= r[0] && cp <= r[1]) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(required = 1)
    public static Object numeric(Object c, Object dflt) {
        int cp = chr("numeric", c, true);
        int v = Character.getNumericValue(cp);
        if (v == -2) {
            throw unsupported("numeric() of a fraction");
        }
        if (v == -1 && UnicodeNames.name(cp) != null && UnicodeNames.name(cp).startsWith("CJK ")) {
            // ideographs' numeric values come from Unihan, which the JDK does not carry
            throw unsupported("numeric() of an ideograph");
        }
        String cat = category(cp);
        if (v >= 0 && (cat.equals("Nd") || cat.equals("Nl") || cat.equals("No") || cat.equals("Lo"))) {
            return new PyFloat(v);
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyExceptions.valueError("not a numeric character");
    }

    // ---- normalization ---------------------------------------------------------------------

    private static Normalizer.Form form(Object f) {
        if (!(f instanceof PyStr s)) {
            throw PyExceptions.typeError("normalize() argument 1 must be str, not %s", TypeOps.typeName(f));
        }
        switch (s.value()) {
            case "NFC": return Normalizer.Form.NFC;
            case "NFD": return Normalizer.Form.NFD;
            case "NFKC": return Normalizer.Form.NFKC;
            case "NFKD": return Normalizer.Form.NFKD;
            default: throw PyExceptions.valueError("invalid normalization form");
        }
    }

    private static String text(String fname, Object o) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError("%s() argument 2 must be str, not %s", fname, TypeOps.typeName(o));
        }
        return s.value();
    }

    @PyMethod
    public static Object normalize(Object form, Object unistr) {
        Normalizer.Form f = form(form);
        return PyStr.of(Normalizer.normalize(text("normalize", unistr), f));
    }

    @PyMethod
    public static Object is_normalized(Object form, Object unistr) {
        Normalizer.Form f = form(form);
        return PyBool.of(Normalizer.isNormalized(text("is_normalized", unistr), f));
    }
}
