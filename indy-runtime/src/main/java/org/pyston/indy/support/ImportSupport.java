package org.pyston.indy.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The import statement: {@code import a.b}, {@code from m import x}, relative imports and
 * {@code import *}. Modules come from sys.modules, the interpreter's built-in (Java) modules, or
 * {@code .py} files on sys.path compiled by the {@link SourceModuleLoader} the compiler registers
 * at start-up (the runtime never depends on the compiler directly).
 */
public final class ImportSupport {
    private ImportSupport() {}

    /** Compiles and runs a source module; registered by the compiler. */
    public interface SourceModuleLoader {
        /** Compiles {@code file} as module {@code name} and executes it against {@code globals}. */
        void exec(String name, Path file, PyDict globals) throws Throwable;
    }

    private static volatile SourceModuleLoader sourceLoader;

    public static void registerSourceLoader(SourceModuleLoader loader) {
        sourceLoader = loader;
    }

    /** Finds the class of a module compiled ahead of time (by pyjc). */
    @FunctionalInterface
    public interface ClassSupplier {
        Class<?> get() throws ClassNotFoundException;
    }

    /** Runs a precompiled module class against its globals. */
    @FunctionalInterface
    public interface ClassExecutor {
        void exec(Class<?> cls, PyDict globals) throws Throwable;
    }

    private record Precompiled(ClassSupplier cls, ClassExecutor executor) {}

    /**
     * Modules compiled ahead of time into the application jar, by name. They are JVM-wide: a pyjc
     * application runs one program, so there is no interpreter to keep them apart from.
     */
    private static final java.util.Map<String, Precompiled> PRECOMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    public static void registerPrecompiled(String name, ClassSupplier cls, ClassExecutor executor) {
        PRECOMPILED.put(name, new Precompiled(cls, executor));
    }

    /** {@code import a.b.c}: imports each package on the way, binds (returns) the top one. */
    public static Object importModuleTop(String name, PyDict globals) {
        importModule(name);
        int dot = name.indexOf('.');
        return importModule(dot < 0 ? name : name.substring(0, dot));
    }

    /** {@code import a.b.c as x}: the leaf module. */
    public static Object importModuleLeaf(String name, PyDict globals) {
        return importModule(name);
    }

    /** {@code from <level dots><module> import names}: the module the names are taken from. */
    public static Object importFrom(String module, int level, PyDict globals, String[] names) {
        String full = level == 0 ? module : resolveRelative(module, level, globals);
        PyModule m = importModule(full);
        for (String n : names) {
            if (n.equals("*") || m.getDict().getStr(n) != null) continue;
            if (m.getDict().getStr("__path__") != null) {
                try {
                    importModule(full + "." + n);
                } catch (PyBaseException e) {
                    if (!e.isInstance(PyExceptions.MODULE_NOT_FOUND_ERROR)) throw e;
                }
            }
        }
        return m;
    }

    /** One name of a from-import, with CPython's ImportError when it is missing. */
    public static Object importName(Object module, String name) {
        PyModule m = (PyModule) module;
        Object v = m.getDict().getStr(name);
        if (v != null) return v;
        Object modName = m.getDict().getStr("__name__");
        String mn = modName instanceof PyStr s ? s.value : "?";
        Object sub = Interpreter.current().getModules().getStr(mn + "." + name);
        if (sub != null) return sub;
        Object file = m.getDict().getStr("__file__");
        String where = file instanceof PyStr f ? f.value : "unknown location";
        throw PyExceptions.importError("cannot import name '%s' from '%s' (%s)", name, mn, where);
    }

    /** {@code from m import *}: {@code __all__}, else every name not starting with '_'. */
    public static void importStar(Object module, Object namespace) {
        PyDict d = ((PyModule) module).getDict();
        Object all = d.getStr("__all__");
        if (all != null) {
            Object it = IterOps.iter(all);
            for (Object n; (n = IterOps.next(it)) != null; ) {
                String name = ((PyStr) n).value;
                NameSupport.storeName(namespace, name, AttributeOps.getAttr(module, name));
            }
            return;
        }
        for (Object k : d.keysArray()) {
            if (k instanceof PyStr s && !s.value.startsWith("_")) NameSupport.storeName(namespace, s.value, d.get(k));
        }
    }

    /** sys.path of the interpreter (a list; entries that are not str are skipped). */
    public static PyList sysPath(Interpreter interp) {
        Object p = interp.getSys().getDict().getStr("path");
        if (p instanceof PyList l) return l;
        throw PyExceptions.importError("sys.path must be a list of directory names");
    }

    /** Modules written in Java that this interpreter provides under {@code name}, or null. */
    private static PyModule builtinModule(Interpreter interp, String name) {
        return switch (name) {
            case "sys" -> interp.getSys();
            case "builtins" -> interp.getBuiltins();
            default -> null;
        };
    }

    private static String resolveRelative(String module, int level, PyDict globals) {
        Object pkg = globals.getStr("__package__");
        String base;
        if (pkg instanceof PyStr p) {
            base = p.value;
        } else {
            Object name = globals.getStr("__name__");
            String n = name instanceof PyStr s ? s.value : "";
            base = globals.getStr("__path__") != null ? n : (n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) throw PyExceptions.importError("attempted relative import with no known parent package");
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw PyExceptions.importError("attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return module.isEmpty() ? base : base + "." + module;
    }

    /** Imports {@code name} (dotted), parents first, and returns the module. */
    public static PyModule importModule(String name) {
        Interpreter interp = Interpreter.current();
        PyDict modules = interp.getModules();
        Object existing = modules.getStr(name);
        if (existing instanceof PyModule m) return m;
        if (existing != null && existing != PyNone.NONE) return (PyModule) existing;

        int dot = name.lastIndexOf('.');
        PyList searchPath;
        if (dot >= 0) {
            PyModule parent = importModule(name.substring(0, dot));
            Object path = parent.getDict().getStr("__path__");
            if (!(path instanceof PyList pl)) {
                throw PyExceptions.withMessage(PyExceptions.MODULE_NOT_FOUND_ERROR, "No module named '%s'; '%s' is not a package", name, name.substring(0, dot));
            }
            searchPath = pl;
        } else {
            PyModule builtin = builtinModule(interp, name);
            if (builtin != null) {
                modules.putStr(name, builtin);
                return builtin;
            }
            Precompiled pre = PRECOMPILED.get(name);
            if (pre != null) return loadPrecompiled(interp, name, pre);
            searchPath = sysPath(interp);
        }
        String leaf = name.substring(dot + 1);
        for (int i = 0; i < searchPath.size(); i++) {
            if (!(searchPath.get(i) instanceof PyStr entry)) continue;
            Path dir = Path.of(entry.value.isEmpty() ? "." : entry.value);
            Path pkgInit = dir.resolve(leaf).resolve("__init__.py");
            Path file = dir.resolve(leaf + ".py");
            if (Files.isRegularFile(pkgInit)) return load(interp, name, pkgInit, dir.resolve(leaf));
            if (Files.isRegularFile(file)) return load(interp, name, file, null);
        }
        throw PyExceptions.moduleNotFound(name);
    }

    private static PyModule loadPrecompiled(Interpreter interp, String name, Precompiled pre) {
        PyModule m = new PyModule(name);
        PyDict modules = interp.getModules();
        modules.putStr(name, m);
        try {
            pre.executor().exec(pre.cls().get(), m.getDict());
        } catch (Throwable t) {
            modules.remove(PyStr.of(name));
            throw PyExceptions.translate(t);
        }
        return m;
    }

    private static PyModule load(Interpreter interp, String name, Path file, Path packageDir) {
        SourceModuleLoader loader = sourceLoader;
        if (loader == null) throw PyExceptions.importError("no compiler is available to import '%s'", name);
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.putStr("__file__", PyStr.of(file.toString()));
        if (packageDir != null) {
            d.putStr("__path__", PyList.of(PyStr.of(packageDir.toString())));
            d.putStr("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.putStr("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        PyDict modules = interp.getModules();
        modules.putStr(name, m);
        try {
            loader.exec(name, file, d);
        } catch (Throwable t) {
            modules.remove(PyStr.of(name));
            throw PyExceptions.translate(t);
        }
        // bind as an attribute of the parent package
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            Object parent = modules.getStr(name.substring(0, dot));
            if (parent instanceof PyModule pm) pm.getDict().putStr(name.substring(dot + 1), m);
        }
        Object result = modules.getStr(name);
        return result instanceof PyModule rm ? rm : m;
    }
}
