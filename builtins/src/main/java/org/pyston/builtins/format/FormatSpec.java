package org.pyston.builtins.format;

/**
 * A parsed standard format specifier ({@code [[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]}), as CPython's {@code parse_internal_render_format_spec}.
 *
 * <p>Fields: {@code fill} is a code point (space unless given, or {@code '0'} when the
 * {@code 0} flag is used without an explicit fill); {@code align} is one of {@code <>=^}
 * or {@code '\0'} when not given (formatters resolve it: strings default to {@code '<'},
 * numbers to {@code '='} with the {@code 0} flag and {@code '>'} otherwise, exactly as
 * CPython does); {@code sign} is {@code '+'}, {@code '-'}, {@code ' '} or {@code '\0'};
 * {@code width} and {@code precision} are -1 when absent; {@code grouping} is {@code ','},
 * {@code '_'} or {@code '\0'}; {@code type} is the given type or the caller's default
 * ({@code '\0'} for float).
 *
 * <p>Errors: CPython raises ValueError; this throws {@link IllegalArgumentException} with
 * CPython's exact message. Widths and precisions above {@code Integer.MAX_VALUE} (accepted
 * by CPython up to {@code sys.maxsize}) are clamped to {@code Integer.MAX_VALUE}; float
 * formatting reports such a precision as CPython's "precision too big".
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate,
                         boolean zeroPad, int width, char grouping, int precision, char type) {

    /** Default type of {@code str.__format__}. */
    public static final char STR_DEFAULT_TYPE = 's';
    /** Default type of {@code int.__format__}. */
    public static final char INT_DEFAULT_TYPE = 'd';
    /** Default type of {@code float.__format__} (none). */
    public static final char FLOAT_DEFAULT_TYPE = '\0';

    /**
     * Parses {@code spec} for an object whose type has {@code defaultType} (see the
     * constants) and whose type name ({@code type(obj).__name__}) is {@code typeName}, used
     * in error messages. Also performs CPython's grouping-versus-type validation.
     */
    public static FormatSpec parse(String spec, char defaultType, String typeName) {
        int end = spec.length();
        int pos = 0;
        int fill = ' ';
        char align = '\0';
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        int first = end > 0 ? spec.codePointAt(0) : -1;
        int firstLen = first >= 0 ? Character.charCount(first) : 0;
        if (end - firstLen >= 1 && first >= 0 && isAlign(spec.charAt(firstLen))) {
            align = spec.charAt(firstLen);
            fill = first;
            fillSpecified = true;
            alignSpecified = true;
            pos = firstLen + 1;
        } else if (end >= 1 && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            alignSpecified = true;
            pos = 1;
        }
        char sign = '\0';
        if (pos < end && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean noNegZero = false;
        if (pos < end && spec.charAt(pos) == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        boolean zeroPad = false;
        if (!fillSpecified && pos < end && spec.charAt(pos) == '0') {
            fill = '0';
            zeroPad = !alignSpecified;
            pos++;
        }
        int[] cursor = {pos};
        int width = parseInteger(spec, cursor);
        pos = cursor[0];
        char grouping = '\0';
        if (pos < end && spec.charAt(pos) == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == '_') {
            if (grouping != '\0') {
                throw new IllegalArgumentException("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && spec.charAt(pos) == ',' && grouping == '_') {
            throw new IllegalArgumentException("Cannot specify both ',' and '_'.");
        }
        int precision = -1;
        if (pos < end && spec.charAt(pos) == '.') {
            pos++;
            cursor[0] = pos;
            precision = parseInteger(spec, cursor);
            if (cursor[0] == pos) {
                throw new IllegalArgumentException("Format specifier missing precision");
            }
            pos = cursor[0];
        }
        int remaining = spec.codePointCount(pos, end);
        if (remaining > 1) {
            throw new IllegalArgumentException("Invalid format specifier '" + spec
                    + "' for object of type '" + typeName + "'");
        }
        char type = defaultType;
        int typeCp = -1;
        if (remaining == 1) {
            typeCp = spec.codePointAt(pos);
            type = typeCp > 0xffff ? '\uffff' : (char) typeCp;
        }
        if (grouping != '\0') {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') {
                        break;
                    }
                    // fall through
                default:
                    throw new IllegalArgumentException("Cannot specify '" + grouping + "' with "
                            + quoteCode(typeCp >= 0 ? typeCp : type) + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, zeroPad, width, grouping,
                precision, typeCp > 0xffff ? '\uffff' : type);
    }

    /** Parses {@code spec} as {@code float.__format__} does. */
    public static FormatSpec parseForFloat(String spec) {
        return parse(spec, FLOAT_DEFAULT_TYPE, "float");
    }

    /** Parses {@code spec} as {@code int.__format__} does. */
    public static FormatSpec parseForInt(String spec) {
        return parse(spec, INT_DEFAULT_TYPE, "int");
    }

    /** Parses {@code spec} as {@code str.__format__} does. */
    public static FormatSpec parseForStr(String spec) {
        return parse(spec, STR_DEFAULT_TYPE, "str");
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads decimal digits (any Unicode Nd) at cursor[0]; returns -1 if there are none. */
    private static int parseInteger(String spec, int[] cursor) {
        int pos = cursor[0];
        long acc = 0;
        int count = 0;
        while (pos < spec.length()) {
            int cp = spec.codePointAt(pos);
            int d = UnicodeProperties.decimalValue(cp);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw new IllegalArgumentException("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            pos += Character.charCount(cp);
            count++;
        }
        cursor[0] = pos;
        if (count == 0) {
            return -1;
        }
        return (int) Math.min(acc, Integer.MAX_VALUE);
    }

    /** Quotes a type code as CPython's messages do: 'x', or '\x1' for non-printable ASCII. */
    static String quoteCode(int code) {
        if (code > 32 && code < 128) {
            return "'" + (char) code + "'";
        }
        return "'\\x" + Integer.toHexString(code) + "'";
    }

    /** The ValueError message for a type code the object's type does not support. */
    public static String unknownFormatCodeMessage(char type, String typeName) {
        return "Unknown format code " + quoteCode(type) + " for object of type '" + typeName + "'";
    }

    /** Effective alignment for numbers: explicit, else '=' with the 0 flag, else '>'. */
    public char numericAlign() {
        return align != '\0' ? align : zeroPad ? '=' : '>';
    }

    /**
     * Formats a string as {@code str.__format__}: precision truncates, then the result is
     * padded to width; both count code points.
     */
    public static String formatString(String s, FormatSpec spec) {
        return formatString(s, spec, "str");
    }

    /** {@link #formatString(String, FormatSpec)} for a str subclass named {@code typeName}. */
    public static String formatString(String s, FormatSpec spec, String typeName) {
        if (spec.type != 's') {
            throw new IllegalArgumentException(unknownFormatCodeMessage(spec.type, typeName));
        }
        if (spec.sign == ' ') {
            throw new IllegalArgumentException("Space not allowed in string format specifier");
        }
        if (spec.sign != '\0') {
            throw new IllegalArgumentException("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero) {
            throw new IllegalArgumentException(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw new IllegalArgumentException(
                    "Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw new IllegalArgumentException(
                    "'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if ((spec.width == -1 || spec.width <= len) && (spec.precision == -1 || spec.precision >= len)) {
            return s;
        }
        if (spec.precision >= 0 && len >= spec.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.precision));
            len = spec.precision;
        }
        char align = spec.align == '\0' ? '<' : spec.align;
        return pad(s, len, spec.width, align, spec.fill);
    }

    /** Pads {@code s} (of {@code len} code points) to {@code width} as CPython's calc_padding. */
    static String pad(String s, int len, int width, char align, int fill) {
        if (width <= len) {
            return s;
        }
        int total = width - len;
        int left = align == '>' ? total : align == '^' ? total / 2 : 0;
        int right = total - left;
        StringBuilder sb = new StringBuilder(s.length() + total * Character.charCount(fill));
        repeat(sb, fill, left);
        sb.append(s);
        repeat(sb, fill, right);
        return sb.toString();
    }

    static void repeat(StringBuilder sb, int cp, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
    }
}
