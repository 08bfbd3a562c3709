package org.pyston.builtins.module;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The rest of 3.11's builtins names: {@code open}, the interactive helpers CPython's {@code site}
 * adds ({@code exit}, {@code quit}, {@code help}, {@code copyright}, {@code credits},
 * {@code license}), and {@code __build_class__}/{@code __import__}, whose machinery lives in the compiler, which say clearly that they are
 * not supported yet rather than being absent. Scanned into the builtins module next to
 * {@link BuiltinsModule}.
 */
public final class SiteBuiltins {
    private SiteBuiltins() {
    }

    @PyMethod(general = true)
    public static Object open(Object[] args, String[] kwnames) {
        return org.pyston.builtins.io.IOModule.open(args, kwnames);
    }

    private static Object exitWith(Object code) {
        throw PyExceptions.create(PyExceptions.SYSTEM_EXIT, code == null ? PyNone.NONE : code);
    }

    @PyMethod(required = 0)
    public static Object exit(Object code) {
        return exitWith(code);
    }

    @PyMethod(required = 0)
    public static Object quit(Object code) {
        return exitWith(code);
    }

    private static Object say(String text) {
        CallOps.callMethod(Interpreter.current().getStdout(), "write", new Object[] {PyStr.of(text + "\n")}, null);
        return PyNone.NONE;
    }

    @PyMethod(required = 0)
    public static Object help(Object what) {
        if (what == null) {
            return say("Type help(object) for help about object.");
        }
        return say("Help on " + TypeOps.typeName(what) + " object.");
    }

    @PyMethod
    public static Object copyright() {
        return say("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.");
    }

    @PyMethod
    public static Object credits() {
        return say("Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                + "for supporting Python development.  See www.python.org for more information.");
    }

    @PyMethod
    public static Object license() {
        return say("See https://www.python.org/psf/license/");
    }

    @PyMethod(general = true)
    public static Object breakpoint(Object[] args, String[] kwnames) {
        // whatever sys.breakpointhook is now (a debugger, a mock, the default that reads $PYTHONBREAKPOINT)
        Object hook = Interpreter.current().getSys().getDict().getStr("breakpointhook");
        if (hook == null) {
            throw PyExceptions.runtimeError("lost sys.breakpointhook");
        }
        return CallOps.call(hook, args, kwnames);
    }

    /** {@code aiter(o)}: {@code type(o).__aiter__(o)}, which must return an async iterator. */
    @PyMethod
    public static Object aiter(Object o) {
        if (TypeOps.typeOf(o).lookup("__aiter__") == null) {
            throw PyExceptions.typeError("'%s' object is not an async iterable", TypeOps.typeName(o));
        }
        Object it = CallOps.callMethod(o, "__aiter__", new Object[0], null);
        if (TypeOps.typeOf(it).lookup("__anext__") == null) {
            throw PyExceptions.typeError("aiter() returned not an async iterator of type '%s'", TypeOps.typeName(it));
        }
        return it;
    }

    /**
     * {@code anext(it[, default])}: the awaitable {@code type(it).__anext__(it)}; with a default,
     * one that completes with the default when the iterator is exhausted.
     */
    @PyMethod(required = 1)
    public static Object anext(Object o, Object dflt) {
        if (TypeOps.typeOf(o).lookup("__anext__") == null) {
            throw PyExceptions.typeError("'%s' object is not an async iterator", TypeOps.typeName(o));
        }
        if (dflt == null) {
            return CallOps.callMethod(o, "__anext__", new Object[0], null);
        }
        return new org.pyston.builtins.generator.AnextAwaitable(o, dflt);
    }

    private static RuntimeException notYet(String name) {
        return PyExceptions.notImplementedError("%s() is not supported yet", name);
    }

    @PyMethod(name = "__build_class__", general = true)
    public static Object buildClass(Object[] args, String[] kwnames) {
        throw notYet("__build_class__");
    }


}
