package org.pyston.builtins.sre;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code _sre} module: the regular expression engine under CPython's pure-Python {@code re}
 * package. {@code re._compiler} turns a pattern into code words and calls {@link #compile}; the
 * resulting {@link PyPattern} runs them with {@link SreState}.
 */
public final class SreModule {
    private SreModule() {}

    /** Builds {@code _sre} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_sre");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(SreModule.class, "_sre", d);
        d.putStr("MAGIC", new PyInt(SreConstants.MAGIC));
        d.putStr("CODESIZE", new PyInt(SreConstants.CODESIZE));
        d.putStr("MAXREPEAT", new PyInt(SreConstants.MAXREPEAT));
        d.putStr("MAXGROUPS", new PyInt(SreConstants.MAXGROUPS));
        d.putStr("copyright", PyStr.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return m;
    }

    @PyMethod
    public static Object getcodesize() {
        return new PyInt(SreConstants.CODESIZE);
    }

    /** {@code compile(pattern, flags, code, groups, groupindex, indexgroup)}. */
    @PyMethod
    public static Object compile(Object pattern, Object flags, Object code, Object groups, Object groupindex,
                                 Object indexgroup) {
        int isbytes = pattern == PyNone.NONE ? -1 : PyPattern.isBytesLike(pattern) ? 1 : 0;
        java.util.List<Object> words = new java.util.ArrayList<>();
        Object it = IterOps.iter(code);
        for (Object w = IterOps.next(it); w != null; w = IterOps.next(it)) {
            words.add(w);
        }
        int[] c = new int[words.size()];
        for (int i = 0; i < c.length; i++) {
            Object w = UnaryOps.index(words.get(i));
            if (!IntMath.isSmall(w) || IntMath.small(w) < 0 || IntMath.small(w) > 0xFFFFFFFFL) {
                throw PyExceptions.overflowError("regular expression code size limit exceeded");
            }
            c[i] = (int) IntMath.small(w);
        }
        if (!(groupindex instanceof PyDict gi)) {
            throw PyExceptions.typeError("compile() argument 5 must be dict, not %s", TypeOps.typeName(groupindex));
        }
        if (!(indexgroup instanceof PyTuple ig)) {
            throw PyExceptions.typeError("compile() argument 6 must be tuple, not %s", TypeOps.typeName(indexgroup));
        }
        long ng = PyPattern.ssize(groups, 0);
        if (ng < 0 || ng > SreConstants.MAXGROUPS) {
            throw PyExceptions.runtimeError("invalid SRE code");
        }
        int fl = (int) PyPattern.ssize(flags, 0);
        return new PyPattern(pattern, fl, c, (int) ng, gi.copy(), ig, isbytes);
    }

    private static int character(Object o) {
        long v = PyPattern.ssize(o, 0);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) v;
    }

    @PyMethod
    public static Object ascii_iscased(Object character) {
        int ch = character(character);
        return PyBool.of(ch >= 0 && ch < 128 && Character.isLetter(ch));
    }

    @PyMethod
    public static Object unicode_iscased(Object character) {
        int ch = character(character);
        if (ch < 0 || ch > Character.MAX_CODE_POINT) {
            return PyBool.FALSE;
        }
        return PyBool.of(ch != SreChars.lowerUnicode(ch) || ch != SreChars.upperUnicode(ch));
    }

    @PyMethod
    public static Object ascii_tolower(Object character) {
        int ch = character(character);
        return new PyInt(ch >= 0 && ch < 128 ? SreChars.lowerAscii(ch) : ch);
    }

    @PyMethod
    public static Object unicode_tolower(Object character) {
        int ch = character(character);
        if (ch < 0 || ch > Character.MAX_CODE_POINT) {
            return new PyInt(ch);
        }
        return new PyInt(SreChars.lowerUnicode(ch));
    }

    /** Calls {@code re.NAME(args)}, importing {@code re} if needed (sre.c's call()). */
    static Object callRe(String name, Object... args) {
        Interpreter interp = Interpreter.current();
        Object re = interp.getModules().get(PyStr.of("re"));
        if (re == null) {
            Object imp = interp.getBuiltinsDict().getStr("__import__");
            re = CallOps.call1(imp, PyStr.of("re"));
        }
        return CallOps.call(AttributeOps.getAttr(re, name), args, null);
    }
}
