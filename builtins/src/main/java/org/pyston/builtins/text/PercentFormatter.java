package org.pyston.builtins.text;

import java.math.BigInteger;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.format.FloatFormatter;
import org.pyston.builtins.format.IntFormatter;
import org.pyston.builtins.format.PercentFormat;
import org.pyston.builtins.format.PercentSpec;
import org.pyston.builtins.number.FloatMath;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * {@code str % args}: drives {@link PercentFormat} (the parser) over the arguments, as CPython's
 * {@code PyUnicode_Format}: a tuple supplies positional values, a mapping supplies {@code %(key)s}
 * values, anything else is a single value.
 */
public final class PercentFormatter {
    private PercentFormatter() {
    }

    /** {@code format % args}. */
    public static String format(String format, Object args) {
        return format(format, args, false);
    }

    /**
     * {@code format % args}; with {@code bytes} true, the format and the result are Latin-1 strings
     * standing for bytes, and %s/%b take bytes-like objects, %r/%a give ascii(), %c a byte.
     */
    public static String format(String format, Object args, boolean bytes) {
        List<PercentFormat.Segment> segments = PercentFormat.parse(format);
        Object[] values;
        // a tuple subclass (a namedtuple) is the tuple of values, as PyTuple_Check accepts it
        Object tuple = org.pyston.builtins.object.PyInstance.unwrap(args);
        boolean isTuple = tuple instanceof PyTuple;
        values = isTuple ? ((PyTuple) tuple).items : new Object[] {args};
        // PyUnicode_Check/PyBytes_Check accept subclasses: a str subclass instance is one value
        boolean mapping = !isTuple && !(tuple instanceof PyStr) && !(tuple instanceof PyBytes)
                && !(tuple instanceof PyByteArray) && TypeOps.typeOf(args).lookup("__getitem__") != null;
        int next = 0;
        boolean usedKey = false;
        StringBuilder out = new StringBuilder();
        for (PercentFormat.Segment seg : segments) {
            if (seg.literal() != null) {
                out.append(seg.literal());
                continue;
            }
            if (seg.error() != null) {
                if (seg.errorKey() != null) {
                    ItemOps.getItem(args, PyStr.of(seg.errorKey()));
                }
                throw PyExceptions.valueError("%s", seg.error());
            }
            PercentSpec spec = seg.spec();
            if (spec.widthFromArgs()) {
                if (next >= values.length) {
                    throw PyExceptions.typeError("not enough arguments for format string");
                }
                Object w = values[next++];
                if (!IntMath.isInt(w)) {
                    throw PyExceptions.typeError("* wants int");
                }
                if (!IntMath.isSmall(w)) {
                    throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
                }
                long wv = IntMath.small(w);
                if (wv > Integer.MAX_VALUE - 8 || wv < -(Integer.MAX_VALUE - 8)) {
                    throw PyExceptions.memoryError(); // a padded result no string can hold
                }
                spec = spec.withWidth((int) wv);
            }
            if (spec.precisionFromArgs()) {
                if (next >= values.length) {
                    throw PyExceptions.typeError("not enough arguments for format string");
                }
                Object p = values[next++];
                if (!IntMath.isInt(p)) {
                    throw PyExceptions.typeError("* wants int");
                }
                if (!IntMath.isSmall(p) || IntMath.small(p) != (int) IntMath.small(p)) {
                    throw PyExceptions.overflowError("Python int too large to convert to C int");
                }
                spec = spec.withPrecision((int) IntMath.small(p));
            }
            Object value;
            if (spec.key() != null) {
                if (!mapping) {
                    throw PyExceptions.typeError("format requires a mapping");
                }
                usedKey = true;
                value = ItemOps.getItem(args, bytes ? PyBytes.fromLatin1(spec.key()) : PyStr.of(spec.key()));
            } else {
                if (next >= values.length) {
                    throw PyExceptions.typeError("not enough arguments for format string");
                }
                value = values[next++];
            }
            out.append(bytes ? convertBytes(spec, value, seg.index()) : convert(spec, value, seg.index()));
        }
        if (next < values.length && !usedKey && !(mapping && !isTuple)) {
            throw PyExceptions.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String convert(PercentSpec spec, Object value, int index) {
        char c = spec.conversion();
        try {
            switch (c) {
                case 's':
                    return spec.formatText(Repr.str(value));
                case 'r':
                    return spec.formatText(Repr.repr(value));
                case 'a':
                    return spec.formatText(org.pyston.builtins.format.StrRepr.escapeNonAscii(Repr.repr(value)));
                case 'd': case 'i': case 'u': {
                    BigInteger v;
                    if (IntMath.isInt(value)) {
                        v = IntMath.big(value);
                    } else if (value instanceof PyFloat f) {
                        v = IntMath.big(IntMath.fromDouble(f.value));
                    } else if (!TypeOps.typeOf(value).isBuiltin() && (TypeOps.typeOf(value).lookup("__int__") != null
                            || TypeOps.typeOf(value).lookup("__index__") != null)) {
                        // PyNumber_Long: __int__, then __index__
                        v = IntMath.big(org.pyston.builtins.number.IntMethods.toInt(value, null));
                    } else {
                        throw PyExceptions.typeError("%%%c format: a real number is required, not %s", c,
                                TypeOps.typeName(value));
                    }
                    return IntFormatter.percentFormat(v, spec, IntMath.maxStrDigits());
                }
                case 'o': case 'x': case 'X': {
                    if (!IntMath.isInt(value) && (TypeOps.typeOf(value).isBuiltin()
                            || TypeOps.typeOf(value).lookup("__index__") == null)) {
                        throw PyExceptions.typeError("%%%c format: an integer is required, not %s", c,
                                TypeOps.typeName(value));
                    }
                    // an object with __index__ formats as that int
                    return IntFormatter.percentFormat(IntMath.big(UnaryOps.index(value)), spec, IntMath.maxStrDigits());
                }
                case 'c': {
                    if (value instanceof PyStr s) {
                        if (s.length() != 1) {
                            throw PyExceptions.typeError("%s", "%c requires int or char");
                        }
                        return spec.pad(s.value(), false);
                    }
                    if (!IntMath.isInt(value) && (TypeOps.typeOf(value).isBuiltin()
                            || TypeOps.typeOf(value).lookup("__index__") == null)) {
                        throw PyExceptions.typeError("%s", "%c requires int or char");
                    }
                    return IntFormatter.percentFormat(IntMath.big(UnaryOps.index(value)), spec, IntMath.maxStrDigits());
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    // PyNumber_Float: float and int subclasses, __float__, __index__
                    return FloatFormatter.percentFormat(org.pyston.builtins.module.MathModule.real(value), spec);
                }
                default:
                    throw PyExceptions.valueError("%s", PercentFormat.unsupportedCharacterMessage(c, index));
            }
        } catch (IllegalArgumentException e) {
            throw PyExceptions.valueError("%s", e.getMessage());
        } catch (ArithmeticException e) {
            throw PyExceptions.overflowError("%s", e.getMessage());
        }
    }

    private static String convertBytes(PercentSpec spec, Object value, int index) {
        char c = spec.conversion();
        switch (c) {
            case 's': case 'b': {
                byte[] b = BytesSupport.data(value);
                if (b == null) {
                    Object m = TypeOps.typeOf(value).lookup("__bytes__");
                    if (m == null) {
                        throw PyExceptions.typeError("%%b requires a bytes-like object, or an object that implements "
                                + "__bytes__, not '%s'", TypeOps.typeName(value));
                    }
                    b = BytesSupport.need(org.pyston.builtins.ops.CallOps.callWithSelf(m, value, new Object[0], null));
                }
                return spec.formatText(BytesSupport.latin1(b));
            }
            case 'r': case 'a':
                return spec.formatText(org.pyston.builtins.format.StrRepr.escapeNonAscii(Repr.repr(value)));
            case 'c': {
                byte[] b = BytesSupport.data(value);
                if (b != null && b.length == 1) {
                    return spec.pad(BytesSupport.latin1(b), false);
                }
                if (!IntMath.isInt(value)) {
                    throw PyExceptions.typeError("%s", "%c requires an integer in range(256) or a single byte");
                }
                if (!IntMath.isSmall(value) || IntMath.small(value) < 0 || IntMath.small(value) > 255) {
                    throw PyExceptions.overflowError("%s", "%c arg not in range(256)");
                }
                return spec.pad(String.valueOf((char) IntMath.small(value)), false);
            }
            default:
                return convert(spec, value, index);
        }
    }
}
