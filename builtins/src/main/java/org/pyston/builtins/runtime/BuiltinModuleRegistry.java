package org.pyston.builtins.runtime;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.pyston.builtins.module.PyModule;

/**
 * Which modules are written in Java, and how each is made for one interpreter. A module class
 * exposes {@code static PyModule create(Interpreter)}; adding a module is one line here.
 */
final class BuiltinModuleRegistry {
    private BuiltinModuleRegistry() {}

    static Map<String, Function<Interpreter, PyModule>> create() {
        Map<String, Function<Interpreter, PyModule>> m = new TreeMap<>();
        m.put("sys", Interpreter::getSys);
        m.put("builtins", Interpreter::getBuiltins);
        m.put("_thread", org.pyston.builtins.module.ThreadModule::create);
        m.put("_weakref", org.pyston.builtins.module.WeakrefModule::create);
        m.put("posix", org.pyston.builtins.posix.PosixModule::create);
        m.put("_posixsubprocess", org.pyston.builtins.posix.PosixSubprocessModule::create);
        m.put("atexit", org.pyston.builtins.module.AtexitModule::create);
        m.put("gc", org.pyston.builtins.module.GcModule::create);
        m.put("errno", org.pyston.builtins.module.ErrnoModule::create);
        m.put("math", org.pyston.builtins.module.MathModule::create);
        m.put("time", org.pyston.builtins.module.TimeModule::create);
        return Map.copyOf(m);
    }
}
