package org.pyston.builtins.module;

import org.pyston.builtins.container.Iterators;
import org.pyston.builtins.container.ListMethods;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyFrozenSet;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyRange;
import org.pyston.builtins.container.PySet;
import org.pyston.builtins.container.PySlice;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.function.PyClassMethod;
import org.pyston.builtins.function.PyProperty;
import org.pyston.builtins.function.PyStaticMethod;
import org.pyston.builtins.number.FloatMath;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyEllipsis;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.Formatting;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code builtins} module: its functions are the {@link PyMethod} declarations below (scanned
 * into each interpreter's module dictionary), plus the built-in types and constants.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    /** list[int], int | str: installed on the shared built-in types once per JVM. */
    private static final class TypingHooks {
        static final java.util.function.Supplier<Boolean> INSTALLED;

        static {
            org.pyston.builtins.typing.UnionTypeMethods.install();
            INSTALLED = () -> Boolean.TRUE;
        }
    }

    /** Builds the builtins module of {@code interp}. */
    public static PyModule create(Interpreter interp) {
        TypingHooks.INSTALLED.get();
        PyModule m = new PyModule("builtins");
        PyDict d = m.getDict();
        // first, so that a real implementation declared in a later class replaces a placeholder
        DeclarationScanner.scanModule(SiteBuiltins.class, "builtins", d);
        DeclarationScanner.scanModule(BuiltinsModule.class, "builtins", d);
        DeclarationScanner.scanModule(EvalFunctions.class, "builtins", d);
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE,
            PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE,
            PyStaticMethod.TYPE, PyClassMethod.TYPE, PyProperty.TYPE, org.pyston.builtins.text.PyBytes.TYPE,
            org.pyston.builtins.text.PyByteArray.TYPE, org.pyston.builtins.text.PyMemoryView.TYPE,
            org.pyston.builtins.number.PyComplex.TYPE, BuiltinIterators.Enumerate.TYPE, BuiltinIterators.Zip.TYPE,
            BuiltinIterators.MapIterator.TYPE, BuiltinIterators.Filter.TYPE, BuiltinIterators.Reversed.TYPE,
            org.pyston.builtins.object.PySuper.TYPE};
        for (PyType t : types) {
            d.putStr(t.getName(), t);
        }
        for (PyType t : PyExceptions.ALL) {
            d.putStr(t.getName(), t);
        }
        d.putStr("EnvironmentError", PyExceptions.OS_ERROR);
        d.putStr("IOError", PyExceptions.OS_ERROR);
        d.putStr("None", PyNone.NONE);
        d.putStr("True", PyBool.TRUE);
        d.putStr("False", PyBool.FALSE);
        d.putStr("Ellipsis", PyEllipsis.ELLIPSIS);
        d.putStr("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        d.putStr("__debug__", PyBool.TRUE);
        return m;
    }

    @PyMethod(general = true)
    public static Object print(Object[] args, String[] kwnames) {
        Object[] kw = ArgParser.keywords("print", args, kwnames, "sep", "end", "file", "flush");
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        String sep = kw[0] == null || kw[0] == PyNone.NONE ? " " : textArg(kw[0], "sep");
        String end = kw[1] == null || kw[1] == PyNone.NONE ? "\n" : textArg(kw[1], "end");
        Object file = kw[2] == null || kw[2] == PyNone.NONE ? Interpreter.current().getStdout() : kw[2];
        if (!(file instanceof org.pyston.builtins.io.PyTextIOWrapper)) {
            // CPython writes each piece with its own write() call, which a Python file object sees
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    CallOps.callMethod(file, "write", new Object[] {PyStr.of(sep)}, null);
                }
                CallOps.callMethod(file, "write", new Object[] {PyStr.of(Repr.str(args[i]))}, null);
            }
            CallOps.callMethod(file, "write", new Object[] {PyStr.of(end)}, null);
            if (kw[3] != null && Truth.isTrue(kw[3])) {
                CallOps.callMethod(file, "flush", new Object[0], null);
            }
            return PyNone.NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Repr.str(args[i]));
        }
        sb.append(end);
        if (file instanceof org.pyston.builtins.io.PyTextIOWrapper ts) {
            ts.writeString(sb.toString());
            if (kw[3] != null && Truth.isTrue(kw[3])) {
                ts.flushText();
            }
        } else {
            CallOps.callMethod(file, "write", new Object[] {PyStr.of(sb.toString())}, null);
            if (kw[3] != null && Truth.isTrue(kw[3])) {
                CallOps.callMethod(file, "flush", new Object[0], null);
            }
        }
        return PyNone.NONE;
    }

    private static String textArg(Object o, String name) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s must be None or a string, not %s", name, TypeOps.typeName(o));
    }

    @PyMethod
    public static Object len(Object o) {
        return PyInt.valueOf(ItemOps.len(o));
    }

    @PyMethod
    public static Object repr(Object o) {
        return Repr.reprObject(o);
    }

    @PyMethod
    public static Object ascii(Object o) {
        return PyStr.of(org.pyston.builtins.format.StrRepr.escapeNonAscii(Repr.repr(o)));
    }

    @PyMethod(required = 1)
    public static Object format(Object value, Object spec) {
        Object s = spec == null ? null : org.pyston.builtins.object.PyInstance.unwrap(spec);
        if (s != null && !(s instanceof PyStr)) {
            throw PyExceptions.typeError("format() argument 2 must be str, not %s", TypeOps.typeName(spec));
        }
        return Formatting.formatObject(value, s == null ? "" : ((PyStr) s).value());
    }

    @PyMethod
    public static boolean isinstance(Object o, Object cls) {
        return TypeOps.isInstance(o, cls);
    }

    @PyMethod
    public static boolean issubclass(Object c, Object cls) {
        return TypeOps.isSubclass(c, cls);
    }

    @PyMethod
    public static Object abs(Object o) {
        return UnaryOps.abs(o);
    }

    @PyMethod(general = true)
    public static Object min(Object[] args, String[] kwnames) {
        return minmax("min", args, kwnames, true);
    }

    @PyMethod(general = true)
    public static Object max(Object[] args, String[] kwnames) {
        return minmax("max", args, kwnames, false);
    }

    private static Object minmax(String name, Object[] args, String[] kwnames, boolean min) {
        Object[] kw = ArgParser.keywords(name, args, kwnames, "key", "default");
        Object[] pos = ArgParser.positional(args, kwnames);
        if (pos.length == 0) {
            throw PyExceptions.typeError("%s expected at least 1 argument, got 0", name);
        }
        Object key = kw[0] == PyNone.NONE ? null : kw[0];
        Object[] items;
        if (pos.length == 1) {
            items = IterOps.toArray(pos[0]);
        } else {
            if (kw[1] != null) {
                throw PyExceptions.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            items = pos;
        }
        if (items.length == 0) {
            if (kw[1] != null) {
                return kw[1];
            }
            throw PyExceptions.valueError("%s() arg is an empty sequence", name);
        }
        Object best = items[0];
        Object bestKey = key == null ? best : CallOps.call(key, new Object[] {best}, null);
        for (int i = 1; i < items.length; i++) {
            Object k = key == null ? items[i] : CallOps.call(key, new Object[] {items[i]}, null);
            if (min ? CompareOps.ltBool(k, bestKey) : Truth.isTrue(CompareOps.gt(k, bestKey))) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    @PyMethod(general = true)
    public static Object sum(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("sum", args, kwnames, 2, new String[] {"iterable", "start"}, 1);
        Object acc = p[1] == null ? new PyInt(0) : p[1];
        Object start = org.pyston.builtins.object.PyInstance.unwrap(acc);
        if (start instanceof PyStr) {
            throw PyExceptions.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof org.pyston.builtins.text.PyBytes) {
            throw PyExceptions.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start instanceof org.pyston.builtins.text.PyByteArray) {
            throw PyExceptions.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Object it = IterOps.iter(p[0]);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            acc = BinaryOps.add(acc, v);
        }
        return acc;
    }

    @PyMethod(general = true)
    public static Object sorted(Object[] args, String[] kwnames) {
        Object[] pos = ArgParser.positional(args, kwnames);
        if (pos.length != 1) {
            throw PyExceptions.typeError("sorted expected 1 argument, got %d", pos.length);
        }
        // the keywords go to list.sort, as CPython's sorted passes them on
        Object[] kw = ArgParser.parse("sort", java.util.Arrays.copyOfRange(args, 1, args.length), kwnames, 0,
                new String[] {"key", "reverse"}, 0);
        Object[] items = IterOps.toArray(pos[0]);
        ListMethods.sortArray(items, kw[0], kw[1] != null && Truth.isTrue(kw[1]));
        return PyList.wrap(items);
    }

    @PyMethod(required = 1)
    public static Object iter(Object o, Object sentinel) {
        if (sentinel == null) {
            return IterOps.iter(o);
        }
        if (!callable(o)) {
            throw PyExceptions.typeError("iter(v, w): v must be callable");
        }
        return new Iterators.CallableIterator(o, sentinel);
    }

    @PyMethod(required = 1)
    public static Object next(Object it, Object dflt) {
        PyType t = TypeOps.typeOf(it);
        if (!(it instanceof org.pyston.builtins.container.PyIterator) && t.lookup("__next__") == null) {
            throw PyExceptions.typeError("'%s' object is not an iterator", t.tpName());
        }
        if (!(it instanceof org.pyston.builtins.container.PyIterator)) {
            try {
                return CallOps.callWithSelf(t.lookup("__next__"), it, new Object[0], null);
            } catch (PyBaseException e) {
                if (dflt != null && e.isInstance(PyExceptions.STOP_ITERATION)) {
                    return dflt;
                }
                throw e;
            }
        }
        Object v = IterOps.next(it);
        if (v == null) {
            if (dflt != null) {
                return dflt;
            }
            // a finished generator's StopIteration carries its return value
            throw it instanceof org.pyston.builtins.generator.PyGenerator g ? PyExceptions.stopIteration(g.returnValue)
                    : PyExceptions.create(PyExceptions.STOP_ITERATION);
        }
        return v;
    }

    @PyMethod
    public static Object hash(Object o) {
        return new PyInt(Hashing.hash(o));
    }

    @PyMethod
    public static Object id(Object o) {
        return new PyInt(Hashing.identityId(o));
    }

    @PyMethod
    public static boolean callable(Object o) {
        return o instanceof org.pyston.builtins.function.PyCallable || o instanceof PyType
                || TypeOps.typeOf(o).lookup("__call__") != null;
    }

    @PyMethod
    public static Object chr(Object i) {
        long v = UnaryOps.indexAsLong(i);
        if (v < 0 || v > 0x10ffff) {
            throw PyExceptions.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) v);
    }

    @PyMethod
    public static Object ord(Object c) {
        if (c instanceof org.pyston.builtins.text.PyBytes || c instanceof org.pyston.builtins.text.PyByteArray) {
            byte[] b = org.pyston.builtins.text.BytesSupport.data(c);
            if (b.length != 1) {
                throw PyExceptions.typeError("ord() expected a character, but string of length %d found", b.length);
            }
            return PyInt.valueOf(b[0] & 0xff);
        }
        if (!(c instanceof PyStr s)) {
            throw PyExceptions.typeError("ord() expected string of length 1, but %s found", TypeOps.typeName(c));
        }
        if (s.length() != 1) {
            throw PyExceptions.typeError("ord() expected a character, but string of length %d found", s.length());
        }
        return PyInt.valueOf(s.codePointAt(0));
    }

    private static String radix(Object i, int base, String prefix) {
        java.math.BigInteger v = IntMath.big(UnaryOps.index(i));
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    @PyMethod
    public static Object hex(Object i) {
        return PyStr.of(radix(i, 16, "0x"));
    }

    @PyMethod
    public static Object oct(Object i) {
        return PyStr.of(radix(i, 8, "0o"));
    }

    @PyMethod
    public static Object bin(Object i) {
        return PyStr.of(radix(i, 2, "0b"));
    }

    @PyMethod
    public static Object divmod(Object a, Object b) {
        return BinaryOps.divmod(a, b);
    }

    @PyMethod(general = true)
    public static Object pow(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("pow", args, kwnames, 3, new String[] {"base", "exp", "mod"}, 2);
        if (p[2] == null || p[2] == PyNone.NONE) {
            return BinaryOps.pow(p[0], p[1]);
        }
        return BinaryOps.ternaryPow(p[0], p[1], p[2]);
    }

    @PyMethod(general = true)
    public static Object round(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("round", args, kwnames, 2, new String[] {"number", "ndigits"}, 1);
        Object x = p[0];
        Object nd = p[1] == PyNone.NONE ? null : p[1];
        if (IntMath.isInt(x)) {
            return NumberFunctions.roundInt(x, nd);
        }
        if (x instanceof PyFloat f) {
            return NumberFunctions.roundFloat(f, nd);
        }
        PyType t = TypeOps.typeOf(x);
        Object m = t.lookup("__round__");
        if (t.builtinBase() != null && !(m instanceof org.pyston.builtins.function.PyFunction)) {
            Object v = org.pyston.builtins.object.PyInstance.unwrap(x);
            return round(nd == null ? new Object[] {v} : new Object[] {v, nd}, null);
        }
        if (m == null) {
            throw PyExceptions.typeError("type %s doesn't define __round__ method", t.getName());
        }
        return CallOps.callWithSelf(m, x, nd == null ? new Object[0] : new Object[] {nd}, null);
    }

    @PyMethod
    public static boolean any(Object iterable) {
        Object it = IterOps.iter(iterable);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            if (Truth.isTrue(v)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod
    public static boolean all(Object iterable) {
        Object it = IterOps.iter(iterable);
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            if (!Truth.isTrue(v)) {
                return false;
            }
        }
        return true;
    }

    private static String attrName(Object name) {
        if (name instanceof PyStr s) {
            return s.value();
        }
        // a str subclass instance names the attribute its value spells (PyUnicode_Check)
        if (org.pyston.builtins.object.PyInstance.unwrap(name) instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("attribute name must be string, not '%s'", TypeOps.typeName(name));
    }

    @PyMethod(required = 2)
    public static Object getattr(Object o, Object name, Object dflt) {
        String n = attrName(name);
        if (dflt == null) {
            return AttributeOps.getAttr(o, n);
        }
        Object v;
        try {
            v = AttributeOps.lookupAttr(o, n);
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                return dflt;
            }
            throw e;
        }
        return v == null ? dflt : v;
    }

    @PyMethod
    public static void setattr(Object o, Object name, Object value) {
        AttributeOps.setAttr(o, attrName(name), value);
    }

    @PyMethod
    public static boolean hasattr(Object o, Object name) {
        try {
            return AttributeOps.lookupAttr(o, attrName(name)) != null;
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
    }

    @PyMethod
    public static void delattr(Object o, Object name) {
        AttributeOps.delAttr(o, attrName(name));
    }

    @PyMethod(required = 0)
    public static Object dir(Object o) {
        if (o == null) {
            // reached only through another name for dir (x = dir; x()): the compiler passes the frame otherwise
            throw PyExceptions.runtimeError("dir() without arguments called indirectly: no caller frame to read");
        }
        // A special method: looked up on the type (for a class, its metaclass's type.__dir__).
        Object r = CallOps.callWithSelf(TypeOps.typeOf(o).lookup("__dir__"), o, new Object[0], null);
        Object[] items = IterOps.toArray(r);
        ListMethods.sortArray(items, null, false);
        return PyList.wrap(items);
    }

    @PyMethod(required = 0)
    public static Object input(Object prompt) {
        Interpreter interp = Interpreter.current();
        // CPython's builtin_input (not interactive): the current sys streams, which must be set
        Object fin = interp.getSysAttribute("stdin");
        Object fout = interp.getSysAttribute("stdout");
        Object ferr = interp.getSysAttribute("stderr");
        if (fin == null || fin == PyNone.NONE) {
            throw PyExceptions.runtimeError("input(): lost sys.stdin");
        }
        if (fout == null || fout == PyNone.NONE) {
            throw PyExceptions.runtimeError("input(): lost sys.stdout");
        }
        if (ferr == null || ferr == PyNone.NONE) {
            throw PyExceptions.runtimeError("input(): lost sys.stderr");
        }
        flushQuietly(ferr);
        if (prompt != null) {
            CallOps.callMethod(fout, "write", new Object[] {PyStr.of(Repr.str(prompt))}, null);
        }
        flushQuietly(fout);
        Object lineObj = CallOps.callMethod(fin, "readline", new Object[0], null);
        if (!(lineObj instanceof PyStr lineStr)) {
            throw PyExceptions.typeError("object.readline() returned non-string");
        }
        String line = lineStr.value();
        if (line.isEmpty()) {
            throw PyExceptions.create(PyExceptions.EOF_ERROR, PyStr.of("EOF when reading a line"));
        }
        return PyStr.of(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
    }

    /** {@code f.flush()}, an error ignored (CPython's input() clears it: a stream may lack flush). */
    private static void flushQuietly(Object f) {
        try {
            CallOps.callMethod(f, "flush", new Object[0], null);
        } catch (org.pyston.builtins.exception.PyBaseException e) {
            if (!e.isInstance(PyExceptions.EXCEPTION)) {
                throw e;
            }
        }
    }

    static double unusedFloat(Object o) {
        return FloatMath.toDouble(o);
    }
}
