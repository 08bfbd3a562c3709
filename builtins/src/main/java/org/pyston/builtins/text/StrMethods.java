package org.pyston.builtins.text;

import java.nio.charset.StandardCharsets;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.StrRepr;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/** Methods of {@code str}. Positions are code point indices. */
public final class StrMethods extends org.pyston.builtins.container.ContainerSlots.StrSlots {
    private StrMethods() {
    }

    /** {@code repr(s)}: CPython's quoting and escapes. */
    public static String reprOf(String s) {
        return StrRepr.repr(s);
    }

    /** Python's {@code str.isspace} for one character. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == 0x85 || c == 0xa0 || c == 0x2007 || c == 0x202f;
    }

    private static String str(Object o, String what) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof org.pyston.builtins.object.PyInstance inst && inst.builtinValue() instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s", what.replace("%T", TypeOps.typeName(o)));
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (kwnames == null && args.length == 2) {
            return Repr.strObject(args[1]); // str(x), the common call, without the argument parser
        }
        Object[] p = ArgParser.parse("str", java.util.Arrays.copyOfRange(args, 1, args.length), kwnames, 3,
                new String[] {"object", "encoding", "errors"}, 0);
        if (p[0] == null) {
            return PyStr.EMPTY;
        }
        if (p[1] != null || p[2] != null) {
            byte[] b = BytesSupport.data(p[0]);
            if (b == null) {
                if (p[0] instanceof PyStr) {
                    throw PyExceptions.typeError("decoding str is not supported");
                }
                throw PyExceptions.typeError("decoding to str: need a bytes-like object, %s found", TypeOps.typeName(p[0]));
            }
            String enc = p[1] == null ? "utf-8" : str(p[1], "str() argument 'encoding' must be str, not %T");
            String err = p[2] == null ? "strict" : str(p[2], "str() argument 'errors' must be str, not %T");
            return PyStr.of(Codecs.decode(b, enc, err));
        }
        return Repr.strObject(p[0]);
    }

    @PyMethod
    public static Object join(PyStr self, Object iterable) {
        Object it;
        try {
            it = IterOps.iter(iterable);
        } catch (org.pyston.builtins.exception.PyBaseException e) {
            // only a failing iter() is reported so; a TypeError the iteration raises propagates
            if (e.isInstance(PyExceptions.TYPE_ERROR)) {
                throw PyExceptions.typeError("can only join an iterable");
            }
            throw e;
        }
        Object[] items = IterOps.toArray(it);
        if (items.length == 1 && items[0] instanceof PyStr only && only.getClass() == PyStr.class) {
            return only; // CPython returns a lone exact str itself
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(self.value());
            }
            Object item = items[i];
            if (item instanceof org.pyston.builtins.object.PyInstance inst && inst.builtinValue() instanceof PyStr v) {
                item = v; // an instance of a str subclass (a StrEnum member) joins by its value
            }
            if (!(item instanceof PyStr s)) {
                throw PyExceptions.typeError("sequence item %d: expected str instance, %s found", i,
                        TypeOps.typeName(items[i]));
            }
            sb.append(s.value());
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod(general = true)
    public static Object split(PyStr self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("split", args, kwnames, 2, new String[] {"sep", "maxsplit"}, 0);
        return splitImpl(self.value(), p[0], p[1], false);
    }

    @PyMethod(general = true)
    public static Object rsplit(PyStr self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("rsplit", args, kwnames, 2, new String[] {"sep", "maxsplit"}, 0);
        return splitImpl(self.value(), p[0], p[1], true);
    }

    private static Object splitImpl(String s, Object sepObj, Object maxObj, boolean fromRight) {
        long max = maxObj == null ? -1 : UnaryOps.indexAsLong(maxObj);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        PyList out = new PyList();
        if (sepObj == null || sepObj == PyNone.NONE) {
            java.util.ArrayList<String> parts = new java.util.ArrayList<>();
            if (!fromRight) {
                int i = 0;
                int n = s.length();
                while (true) {
                    while (i < n && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (parts.size() == max) {
                        parts.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(s.charAt(j))) {
                        j++;
                    }
                    parts.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int i = s.length();
                while (true) {
                    while (i > 0 && isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (parts.size() == max) {
                        parts.add(s.substring(0, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(s.charAt(j - 1))) {
                        j--;
                    }
                    parts.add(s.substring(j, i));
                    i = j;
                }
                java.util.Collections.reverse(parts);
            }
            for (String part : parts) {
                out.append(PyStr.of(part));
            }
            return out;
        }
        String sep = str(sepObj, "must be str or None, not %T");
        if (sep.isEmpty()) {
            throw PyExceptions.valueError("empty separator");
        }
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        if (!fromRight) {
            int i = 0;
            while (parts.size() < max) {
                int j = s.indexOf(sep, i);
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(i, j));
                i = j + sep.length();
            }
            parts.add(s.substring(i));
        } else {
            int i = s.length();
            while (parts.size() < max) {
                int j = s.lastIndexOf(sep, i - sep.length());
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(j + sep.length(), i));
                i = j;
            }
            parts.add(s.substring(0, i));
            java.util.Collections.reverse(parts);
        }
        for (String part : parts) {
            out.append(PyStr.of(part));
        }
        return out;
    }

    @PyMethod(general = true)
    public static Object splitlines(PyStr self, Object[] args, String[] kwnames) {
        Object keepends = ArgParser.parse("splitlines", args, kwnames, 1, new String[] {"keepends"}, 0)[0];
        boolean keep = keepends != null && org.pyston.builtins.ops.Truth.isTrue(keepends);
        PyList out = new PyList();
        String s = self.value();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.append(PyStr.of(s.substring(i, keep ? j : eol)));
            i = j;
        }
        return out;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static String stripChars(Object chars) {
        if (chars == null || chars == PyNone.NONE) {
            return null;
        }
        return str(chars, "strip arg must be None or str");
    }

    private static boolean strippable(String chars, char c) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    @PyMethod(required = 0)
    public static Object strip(PyStr self, Object chars) {
        String cs = stripChars(chars);
        String s = self.value();
        int b = 0;
        int e = s.length();
        while (b < e && strippable(cs, s.charAt(b))) {
            b++;
        }
        while (e > b && strippable(cs, s.charAt(e - 1))) {
            e--;
        }
        return b == 0 && e == s.length() ? self : PyStr.of(s.substring(b, e));
    }

    @PyMethod(required = 0)
    public static Object lstrip(PyStr self, Object chars) {
        String cs = stripChars(chars);
        String s = self.value();
        int b = 0;
        while (b < s.length() && strippable(cs, s.charAt(b))) {
            b++;
        }
        return b == 0 ? self : PyStr.of(s.substring(b));
    }

    @PyMethod(required = 0)
    public static Object rstrip(PyStr self, Object chars) {
        String cs = stripChars(chars);
        String s = self.value();
        int e = s.length();
        while (e > 0 && strippable(cs, s.charAt(e - 1))) {
            e--;
        }
        return e == s.length() ? self : PyStr.of(s.substring(0, e));
    }

    private static int[] bounds(PyStr self, Object start, Object end) {
        int n = self.length();
        long s = start == null || start == PyNone.NONE ? 0 : UnaryOps.indexClamped(start);
        long e = end == null || end == PyNone.NONE ? n : UnaryOps.indexClamped(end);
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        if (e < 0) {
            e = Math.max(0, e + n);
        }
        e = Math.min(e, n);
        return new int[] {(int) Math.min(s, n + 1L), (int) e};
    }

    private static boolean affix(PyStr self, Object prefix, Object start, Object end, boolean starts, String name) {
        int[] b = bounds(self, start, end);
        if (b[0] > self.length() || b[1] < b[0]) {
            return false; // even for an empty affix, as CPython's tailmatch
        }
        // compared in place: `text.startswith(p, pos)` in a scanning loop must not copy the rest of text
        int cs = self.charOffset(b[0]);
        int ce = self.charOffset(b[1]);
        if (prefix instanceof PyTuple t) {
            for (Object o : t.items) {
                String p = str(o, "tuple for " + name + " must only contain str, not %T");
                if (regionAffix(self.value(), cs, ce, p, starts)) {
                    return true;
                }
            }
            return false;
        }
        if (!(org.pyston.builtins.object.PyInstance.unwrap(prefix) instanceof PyStr p)) {
            throw PyExceptions.typeError("%s first arg must be str or a tuple of str, not %s", name,
                    TypeOps.typeName(prefix));
        }
        return regionAffix(self.value(), cs, ce, p.value(), starts);
    }

    /** Whether {@code s[cs:ce]} (char offsets) starts (or ends) with {@code p}. */
    private static boolean regionAffix(String s, int cs, int ce, String p, boolean starts) {
        if (p.length() > ce - cs) {
            return false;
        }
        return s.startsWith(p, starts ? cs : ce - p.length());
    }

    @PyMethod(required = 1, tupleArity = true)
    public static boolean startswith(PyStr self, Object prefix, Object start, Object end) {
        return affix(self, prefix, start, end, true, "startswith");
    }

    @PyMethod(required = 1, tupleArity = true)
    public static boolean endswith(PyStr self, Object suffix, Object start, Object end) {
        return affix(self, suffix, start, end, false, "endswith");
    }

    private static int findImpl(PyStr self, Object sub, Object start, Object end, boolean reverse) {
        String needle = str(sub, "must be str, not %T");
        int[] b = bounds(self, start, end);
        if (b[0] > b[1]) {
            return -1;
        }
        int cs = self.charOffset(b[0]);
        int ce = self.charOffset(b[1]);
        // searched in place (no copy of the region): `text.find(x, pos)` in a loop stays linear
        int r;
        if (reverse) {
            r = ce - needle.length() < cs ? -1 : self.value().lastIndexOf(needle, ce - needle.length());
            if (r < cs) r = -1;
        } else {
            r = self.value().indexOf(needle, cs);
            if (r >= 0 && r + needle.length() > ce) r = -1;
        }
        return r < 0 ? -1 : self.codePointIndex(r);
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object find(PyStr self, Object sub, Object start, Object end) {
        return PyInt.valueOf(findImpl(self, sub, start, end, false));
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object rfind(PyStr self, Object sub, Object start, Object end) {
        return PyInt.valueOf(findImpl(self, sub, start, end, true));
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object index(PyStr self, Object sub, Object start, Object end) {
        int r = findImpl(self, sub, start, end, false);
        if (r < 0) {
            throw PyExceptions.valueError("substring not found");
        }
        return PyInt.valueOf(r);
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object rindex(PyStr self, Object sub, Object start, Object end) {
        int r = findImpl(self, sub, start, end, true);
        if (r < 0) {
            throw PyExceptions.valueError("substring not found");
        }
        return PyInt.valueOf(r);
    }

    @PyMethod(required = 1, tupleArity = true)
    public static Object count(PyStr self, Object sub, Object start, Object end) {
        String needle = str(sub, "must be str, not %T");
        int[] b = bounds(self, start, end);
        if (b[0] > b[1]) {
            return PyInt.valueOf(0);
        }
        String region = self.value().substring(self.charOffset(b[0]), self.charOffset(b[1]));
        if (needle.isEmpty()) {
            return PyInt.valueOf(region.codePointCount(0, region.length()) + 1);
        }
        int c = 0;
        int i = 0;
        while ((i = region.indexOf(needle, i)) >= 0) {
            c++;
            i += needle.length();
        }
        return PyInt.valueOf(c);
    }

    @PyMethod(required = 2)
    public static Object replace(PyStr self, Object old, Object replacement, Object count) {
        String o = str(old, "replace() argument 1 must be str, not %T");
        String r = str(replacement, "replace() argument 2 must be str, not %T");
        long max = count == null ? -1 : UnaryOps.indexAsLong(count);
        if (max == 0 || (!o.isEmpty() && self.value().indexOf(o) < 0)) {
            // Nothing to replace: CPython returns the str itself, and code keys on that identity
            // (pickle memoizes the result of replace() by id() of the original string).
            return self;
        }
        if (max < 0) {
            return PyStr.of(self.value().replace(o, r));
        }
        StringBuilder sb = new StringBuilder();
        String s = self.value();
        int i = 0;
        long done = 0;
        if (o.isEmpty()) {
            int k = 0;
            while (k <= s.length() && done < max) {
                sb.append(r);
                done++;
                if (k < s.length()) {
                    int cp = s.codePointAt(k);
                    sb.appendCodePoint(cp);
                    k += Character.charCount(cp);
                } else {
                    k++;
                }
            }
            if (k < s.length()) {
                sb.append(s, k, s.length());
            }
            return PyStr.of(sb.toString());
        }
        while (done < max) {
            int j = s.indexOf(o, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(r);
            i = j + o.length();
            done++;
        }
        sb.append(s.substring(i));
        return PyStr.of(sb.toString());
    }

    @PyMethod
    public static Object upper(PyStr self) {
        return PyStr.of(self.value().toUpperCase(java.util.Locale.ROOT));
    }

    @PyMethod
    public static Object lower(PyStr self) {
        String s = self.value();
        if (s.indexOf('\u03a3') < 0) {
            return PyStr.of(s.toLowerCase(java.util.Locale.ROOT));
        }
        StringBuilder sb = new StringBuilder(s.length());
        appendLower(sb, s, 0, s.length());
        return PyStr.of(sb.toString());
    }

    /**
     * Appends the full lower case of {@code s[from:to]}; a capital sigma becomes final (U+03C2) in
     * CPython's Final_Sigma context, judged on the whole of {@code s} (Java's own rule differs when
     * a cased combining mark such as U+0345 follows).
     */
    static void appendLower(StringBuilder sb, String s, int from, int to) {
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            if (c == 0x3A3) {
                sb.append(finalSigma(s, i) ? '\u03c2' : '\u03c3');
            } else {
                sb.append(new String(Character.toChars(c)).toLowerCase(java.util.Locale.ROOT));
            }
            i += Character.charCount(c);
        }
    }

    /** CPython's handle_capital_sigma: \p{cased}\p{case-ignorable}* U+03A3 !(\p{case-ignorable}* \p{cased}). */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !cased(c)) {
            return false;
        }
        for (j = i + 1; j < s.length(); ) {
            c = s.codePointAt(j);
            if (!caseIgnorable(c)) {
                return !cased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    private static boolean cased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter, MidNumLet, Single_Quote. */
    private static boolean caseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (c) {
            case 0x27: case 0x2E: case 0x3A: case 0xB7: case 0x387: case 0x55F: case 0x5F4: case 0x2018: case 0x2019:
            case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
                return true;
            default:
                return false;
        }
    }

    /** Appends the title case of {@code c}: the one-character mapping, else from the full upper case (ß → Ss, ῒ → Ϊ̀). */
    private static void appendTitle(StringBuilder sb, int c) {
        String one = new String(Character.toChars(c));
        if (Character.isTitleCase(c) || Character.toTitleCase(c) != c
                || one.toUpperCase(java.util.Locale.ROOT).length() == one.length()) {
            sb.appendCodePoint(Character.toTitleCase(c));
        } else {
            // the full upper case with what follows its first cased letter lowered (ﬁ → Fi, ŉ → ʼN)
            String up = one.toUpperCase(java.util.Locale.ROOT);
            int k = 0;
            while (k < up.length() && !cased(up.codePointAt(k))) {
                k += Character.charCount(up.codePointAt(k));
            }
            if (k < up.length()) {
                k += Character.charCount(up.codePointAt(k));
            }
            // an iota subscript that upper-cased to a capital iota stays a subscript (ᾲ → Ὰͅ)
            sb.append(up, 0, k).append(up.substring(k).replace('\u0399', '\u0345').toLowerCase(java.util.Locale.ROOT));
        }
    }

    @PyMethod
    public static Object swapcase(PyStr self) {
        String s = self.value();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (Character.isUpperCase(c)) {
                appendLower(sb, s, i, i + n);
            } else if (Character.isLowerCase(c)) {
                sb.append(s.substring(i, i + n).toUpperCase(java.util.Locale.ROOT));
            } else {
                sb.append(s, i, i + n);
            }
            i += n;
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    public static Object title(PyStr self) {
        String s = self.value();
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            if (prevCased) {
                appendLower(sb, s, i, i + n);
            } else {
                appendTitle(sb, c);
            }
            i += n;
            prevCased = cased(c);
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod
    public static Object capitalize(PyStr self) {
        String s = self.value();
        if (s.isEmpty()) {
            return self;
        }
        int c = s.codePointAt(0);
        StringBuilder sb = new StringBuilder();
        appendTitle(sb, c);
        appendLower(sb, s, Character.charCount(c), s.length());
        return PyStr.of(sb.toString());
    }

    private interface CodePointTest {
        boolean test(int c);
    }

    private static boolean all(PyStr self, CodePointTest t) {
        String s = self.value();
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!t.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    @PyMethod
    public static boolean isdigit(PyStr self) {
        return all(self, StrMethods::isDigitChar);
    }

    /** Unicode Numeric_Type Decimal or Digit (superscripts, circled digits ...). */
    static boolean isDigitChar(int c) {
        if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
            return true;
        }
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    @PyMethod
    public static boolean isdecimal(PyStr self) {
        return all(self, c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    @PyMethod
    public static boolean isnumeric(PyStr self) {
        return all(self, c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                || Character.getType(c) == Character.LETTER_NUMBER);
    }

    @PyMethod
    public static boolean isalpha(PyStr self) {
        return all(self, Character::isLetter);
    }

    @PyMethod
    public static boolean isalnum(PyStr self) {
        return all(self, c -> Character.isLetter(c) || Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                || Character.getType(c) == Character.LETTER_NUMBER);
    }

    @PyMethod
    public static boolean isspace(PyStr self) {
        return all(self, StrMethods::isSpace);
    }

    @PyMethod
    public static boolean isidentifier(PyStr self) {
        String s = self.value();
        return !s.isEmpty() && (Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')
                && s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    @PyMethod
    public static boolean isupper(PyStr self) {
        String s = self.value();
        return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase);
    }

    @PyMethod
    public static boolean islower(PyStr self) {
        String s = self.value();
        return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase);
    }

    @PyMethod(general = true)
    public static Object format(PyStr self, Object[] args, String[] kwnames) {
        return PyStr.of(Formatting.strFormat(self.value(), args, kwnames));
    }

    @PyMethod
    public static Object zfill(PyStr self, Object width) {
        long w = UnaryOps.indexAsLong(width);
        String s = self.value();
        int n = self.length();
        if (w <= n) {
            return self;
        }
        String pad = "0".repeat((int) (w - n));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return PyStr.of(s.charAt(0) + pad + s.substring(1));
        }
        return PyStr.of(pad + s);
    }

    private static String fillChar(Object fill) {
        if (fill == null) {
            return " ";
        }
        if (!(org.pyston.builtins.object.PyInstance.unwrap(fill) instanceof PyStr f)) {
            throw PyExceptions.typeError("The fill character must be a unicode character, not %s", TypeOps.typeName(fill));
        }
        if (f.length() != 1) {
            throw PyExceptions.typeError("The fill character must be exactly one character long");
        }
        return f.value();
    }

    @PyMethod(required = 1)
    public static Object center(PyStr self, Object width, Object fill) {
        long w = UnaryOps.indexAsLong(width);
        int n = self.length();
        if (w <= n) {
            return self;
        }
        String f = fillChar(fill);
        long marg = w - n;
        long left = marg / 2 + (marg & w & 1);
        return PyStr.of(f.repeat((int) left) + self.value() + f.repeat((int) (marg - left)));
    }

    @PyMethod(required = 1)
    public static Object ljust(PyStr self, Object width, Object fill) {
        long w = UnaryOps.indexAsLong(width);
        int n = self.length();
        return w <= n ? self : PyStr.of(self.value() + fillChar(fill).repeat((int) (w - n)));
    }

    @PyMethod(required = 1)
    public static Object rjust(PyStr self, Object width, Object fill) {
        long w = UnaryOps.indexAsLong(width);
        int n = self.length();
        return w <= n ? self : PyStr.of(fillChar(fill).repeat((int) (w - n)) + self.value());
    }

    @PyMethod
    public static Object partition(PyStr self, Object sep) {
        String p = str(sep, "must be str, not %T");
        if (p.isEmpty()) {
            throw PyExceptions.valueError("empty separator");
        }
        int i = self.value().indexOf(p);
        if (i < 0) {
            return PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(self.value().substring(0, i)), sep, PyStr.of(self.value().substring(i + p.length())));
    }

    @PyMethod
    public static Object rpartition(PyStr self, Object sep) {
        String p = str(sep, "must be str, not %T");
        if (p.isEmpty()) {
            throw PyExceptions.valueError("empty separator");
        }
        int i = self.value().lastIndexOf(p);
        if (i < 0) {
            return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self);
        }
        return PyTuple.of(PyStr.of(self.value().substring(0, i)), sep, PyStr.of(self.value().substring(i + p.length())));
    }

    @PyMethod(general = true)
    public static Object encode(PyStr self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("encode", args, kwnames, 2, new String[] {"encoding", "errors"}, 0);
        String enc = p[0] == null ? "utf-8" : str(p[0], "encode() argument 'encoding' must be str, not %T");
        String err = p[1] == null ? "strict" : str(p[1], "encode() argument 'errors' must be str, not %T");
        return PyBytes.wrap(Codecs.encode(self.value(), enc, err));
    }

    @PyMethod(name = "__len__")
    public static Object len(PyStr self) {
        return PyInt.valueOf(self.length());
    }

    @PyMethod(name = "__getitem__")
    public static Object getitem(PyStr self, Object key) {
        return ItemOps.getItem(self, key);
    }

    @PyMethod(name = "__contains__")
    public static boolean contains(PyStr self, Object x) {
        return org.pyston.builtins.ops.CompareOps.contains(self, x);
    }

    @PyMethod(name = "__iter__")
    public static Object iter(PyStr self) {
        return IterOps.iter(self);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyStr self) {
        return PyStr.of(reprOf(self.value()));
    }

    @PyMethod(name = "__str__")
    public static Object str_(PyStr self) {
        return self;
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyStr self) {
        return new PyInt(Hashing.hash(self));
    }

    /** {@code str.__format__}: an empty spec gives {@code str(self)}, so a subclass's {@code __str__} counts. */
    @PyMethod(name = "__format__", wholeSelf = true)
    public static Object format_(Object self, Object spec) {
        String sp = str(spec, "format spec must be str, not %T");
        if (sp.isEmpty() && !(self instanceof PyStr)) {
            return PyStr.of(org.pyston.builtins.ops.Repr.str(self));
        }
        return PyStr.of(Formatting.format(org.pyston.builtins.object.PyInstance.unwrap(self), sp));
    }

    @PyMethod(name = "__mod__")
    public static Object mod(PyStr self, Object args) {
        return PyStr.of(PercentFormatter.format(self.value(), args));
    }

    // ---- 3.x additions: casefold, expandtabs, format_map, isascii, isprintable, istitle,
    //      maketrans/translate, removeprefix/removesuffix

    @PyMethod
    public static Object casefold(PyStr self) {
        StringBuilder sb = new StringBuilder();
        self.value().codePoints().forEach(c -> {
            if (c == 0xdf) {
                sb.append("ss");
            } else if (c == 0x3c2) {
                sb.append('\u03c3');
            } else {
                sb.append(new String(Character.toChars(c)).toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT));
            }
        });
        return PyStr.of(sb.toString());
    }

    @PyMethod(general = true)
    public static Object expandtabs(PyStr self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("expandtabs", args, kwnames, 1, new String[] {"tabsize"}, 0);
        return PyStr.of(TextAlgorithms.expandTabs(self.value(), p[0] == null ? 8 : UnaryOps.indexAsLong(p[0])));
    }

    @PyMethod
    public static Object format_map(PyStr self, Object mapping) {
        return PyStr.of(Formatting.strFormat(self.value(), new Object[0], null, mapping));
    }

    @PyMethod
    public static boolean isascii(PyStr self) {
        String v = self.value();
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    public static boolean isprintable(PyStr self) {
        return self.value().codePoints().allMatch(org.pyston.builtins.format.UnicodeProperties::isPrintable);
    }

    @PyMethod
    public static boolean istitle(PyStr self) {
        boolean cased = false;
        boolean prevCased = false;
        for (int c : self.value().codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (Character.isLowerCase(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    @PyMethod
    public static Object removeprefix(PyStr self, Object prefix) {
        String p = str(prefix, "removeprefix() argument must be str, not %T");
        return self.value().startsWith(p) && !p.isEmpty() ? PyStr.of(self.value().substring(p.length())) : self;
    }

    @PyMethod
    public static Object removesuffix(PyStr self, Object suffix) {
        String p = str(suffix, "removesuffix() argument must be str, not %T");
        return self.value().endsWith(p) && !p.isEmpty() ? PyStr.of(self.value().substring(0, self.value().length() - p.length())) : self;
    }

    @PyMethod(isStatic = true, required = 1)
    public static Object maketrans(Object x, Object y, Object z) {
        org.pyston.builtins.container.PyDict d = new org.pyston.builtins.container.PyDict();
        if (y == null) {
            if (!(x instanceof org.pyston.builtins.container.PyDict src)) {
                throw PyExceptions.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Object[] e : src.entries()) {
                Object k = e[0];
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyExceptions.valueError("string keys in translate table must be of length 1");
                    }
                    k = PyInt.valueOf(ks.codePointAt(0));
                } else if (!org.pyston.builtins.number.IntMath.isInt(k)) {
                    throw PyExceptions.typeError("keys in translate table must be strings or integers");
                }
                d.put(k, e[1]);
            }
            return d;
        }
        String a = str(x, "maketrans() argument 1 must be str, not %T");
        String b = str(y, "maketrans() argument 2 must be str, not %T");
        int[] ac = a.codePoints().toArray();
        int[] bc = b.codePoints().toArray();
        if (ac.length != bc.length) {
            throw PyExceptions.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < ac.length; i++) {
            d.put(PyInt.valueOf(ac[i]), PyInt.valueOf(bc[i]));
        }
        if (z != null) {
            String c = str(z, "maketrans() argument 3 must be str, not %T");
            c.codePoints().forEach(cp -> d.put(PyInt.valueOf(cp), PyNone.NONE));
        }
        return d;
    }

    @PyMethod
    public static Object translate(PyStr self, Object table) {
        StringBuilder sb = new StringBuilder();
        for (int c : self.value().codePoints().toArray()) {
            Object r;
            try {
                r = ItemOps.getItem(table, PyInt.valueOf(c));
            } catch (org.pyston.builtins.exception.PyBaseException e) {
                if (e.isInstance(PyExceptions.LOOKUP_ERROR)) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                continue;
            }
            if (org.pyston.builtins.object.PyInstance.unwrap(r) instanceof PyStr rs) {
                sb.append(rs.value());
            } else if (org.pyston.builtins.number.IntMath.isInt(r)) {
                long v = org.pyston.builtins.number.IntMath.small(r);
                if (v < 0 || v > 0x10ffff) {
                    throw PyExceptions.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) v);
            } else {
                throw PyExceptions.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }
}
