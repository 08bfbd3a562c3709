package org.pyston.builtins.imp;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _warnings}: only the entry points that modules imported before {@code warnings} call
 * ({@code importlib._bootstrap_external} imports it at start-up). It deliberately leaves out
 * {@code filters}, {@code _defaultaction}, {@code _onceregistry} and {@code _filters_mutated}, so
 * that {@code warnings} keeps its pure-Python implementation (its documented fallback), and its
 * {@code warn} hands over to {@code warnings.warn}: one filter list, one registry, one set of rules.
 */
public final class WarningsModule {
    private WarningsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_warnings");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(WarningsModule.class, "_warnings", d);
        return m;
    }

    private static Object warningsFunction(String name) {
        Interpreter interp = Interpreter.current();
        Object mod = interp.getModules().getStr("warnings");
        if (mod == null) {
            mod = CallOps.call(interp.getBuiltinsDict().getStr("__import__"), new Object[] {PyStr.of("warnings")}, null);
        }
        return AttributeOps.getAttr(mod, name);
    }

    /** {@code warn(message, category=None, stacklevel=1, source=None)}, by {@code warnings.warn}. */
    @PyMethod(general = true)
    public static Object warn(Object[] args, String[] kwnames) {
        // this Java frame is invisible to sys._getframe, so the stack level means the same to warnings.warn
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("warn", args, kwnames, 4,
                new String[] {"message", "category", "stacklevel", "source"}, 1);
        Object level = p[2] == null ? org.pyston.builtins.number.PyInt.valueOf(1) : p[2];
        return CallOps.call(warningsFunction("warn"), new Object[] {p[0], p[1] == null ? PyNone.NONE : p[1], level,
                p[3] == null ? PyNone.NONE : p[3]}, null);
    }

    /**
     * Issues {@code message} as a warning of {@code category} through {@code warnings.warn}, for
     * runtime code written in Java; {@code stacklevel} 1 names the Python code that called it.
     */
    public static void emit(Object category, String message, int stacklevel) {
        CallOps.call(warningsFunction("warn"), new Object[] {PyStr.of(message), category,
                org.pyston.builtins.number.PyInt.valueOf(stacklevel)}, null);
    }

    @PyMethod(general = true)
    public static Object warn_explicit(Object[] args, String[] kwnames) {
        return CallOps.call(warningsFunction("warn_explicit"), args, kwnames);
    }

}
