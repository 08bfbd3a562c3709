package org.pyston.builtins.operator;

import java.security.MessageDigest;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _operator} module, the part of it that measures faster than {@code operator}'s
 * pure-Python definitions: {@code itemgetter}, {@code attrgetter}, {@code methodcaller} (about 2.4x
 * faster as sort keys), {@code countOf}, {@code indexOf}, {@code length_hint} and
 * {@code _compare_digest} (which {@code hmac} imports from here). The one-line operator functions
 * ({@code add}, {@code getitem} ...) are left to {@code operator.py}: compiled, their body is one
 * inline-cached operation, faster than a call into a generic Java operation.
 */
public final class OperatorModule {
    private OperatorModule() {
    }

    /** Builds {@code _operator}. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_operator");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(OperatorModule.class, "_operator", d);
        d.putStr("itemgetter", ItemGetter.TYPE);
        d.putStr("attrgetter", AttrGetter.TYPE);
        d.putStr("methodcaller", MethodCaller.TYPE);
        d.putStr("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented in C "
                + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis "
                + "equivalent to the expression x+y.  The function names are those\nused for special methods; "
                + "variants without leading and trailing\n'__' are also provided for convenience."));
        return m;
    }

    /** Not left to operator.py: its {@code a.__index__()} raises AttributeError, not CPython's TypeError. */
    @PyMethod
    public static Object index(Object a) {
        return UnaryOps.index(a);
    }

    @PyMethod
    public static Object countOf(Object a, Object b) {
        Object it = IterOps.iter(a);
        long n = 0;
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it)) {
            if (v == b || CompareOps.eqBool(v, b)) {
                n++;
            }
        }
        return PyInt.valueOf(n);
    }

    @PyMethod
    public static Object indexOf(Object a, Object b) {
        Object it = IterOps.iter(a);
        long i = 0;
        for (Object v = IterOps.next(it); v != null; v = IterOps.next(it), i++) {
            if (v == b || CompareOps.eqBool(v, b)) {
                return PyInt.valueOf(i);
            }
        }
        throw PyExceptions.valueError("sequence.index(x): x not in sequence");
    }

    /** PyObject_LengthHint: len() when defined, else {@code __length_hint__}, else the default. */
    @PyMethod(name = "length_hint", required = 1)
    public static Object lengthHint(Object obj, Object dflt) {
        long d = dflt == null ? 0 : UnaryOps.indexAsLong(dflt);
        PyType t = TypeOps.typeOf(obj);
        if (t.lookup("__len__") != null) {
            try {
                return PyInt.valueOf(ItemOps.len(obj));
            } catch (PyBaseException e) {
                if (!e.isInstance(PyExceptions.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        Object hint = t.lookup("__length_hint__");
        if (hint == null) {
            return PyInt.valueOf(d);
        }
        Object r;
        try {
            r = CallOps.callWithSelf(hint, obj, new Object[0], null);
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.TYPE_ERROR)) {
                return PyInt.valueOf(d);
            }
            throw e;
        }
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            return PyInt.valueOf(d);
        }
        if (!IntMath.isInt(PyInstance.unwrap(r))) {
            throw PyExceptions.typeError("__length_hint__ must be an integer, not %s", TypeOps.typeName(r));
        }
        long n = UnaryOps.indexAsLong(r);
        if (n < 0) {
            throw PyExceptions.valueError("__length_hint__() should return >= 0");
        }
        return PyInt.valueOf(n);
    }

    /** The value of a str or str subclass instance, else null. */
    private static String strValue(Object o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        return o instanceof org.pyston.builtins.object.PyInstance inst && inst.builtinValue() instanceof PyStr s
                ? s.value() : null;
    }

    /** {@code _compare_digest(a, b)}: equality in time independent of where the inputs differ. */
    @PyMethod(name = "_compare_digest")
    public static Object compareDigest(Object a, Object b) {
        byte[] x;
        byte[] y;
        String s = strValue(a);
        String t = strValue(b);
        if (s != null && t != null) {
            if (!isAscii(s) || !isAscii(t)) {
                throw PyExceptions.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = BytesSupport.fromLatin1(s);
            y = BytesSupport.fromLatin1(t);
        } else if (s != null || t != null) {
            if (BytesSupport.data(a) == null && BytesSupport.data(b) == null) {
                throw PyExceptions.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                        TypeOps.typeName(a), TypeOps.typeName(b));
            }
            throw PyExceptions.typeError("a bytes-like object is required, not 'str'");
        } else {
            x = BytesSupport.data(a);
            y = BytesSupport.data(b);
            if (x == null || y == null) {
                throw PyExceptions.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                        TypeOps.typeName(a), TypeOps.typeName(b));
            }
        }
        return PyBool.of(MessageDigest.isEqual(x, y));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
