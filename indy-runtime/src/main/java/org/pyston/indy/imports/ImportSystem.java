package org.pyston.indy.imports;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * CPython's import algorithm ({@code importlib._bootstrap._find_and_load}) in Java: sys.modules,
 * parents first, {@code sys.meta_path} finders (ours are called directly, others through
 * {@code find_spec}), module creation from the spec with CPython's module attributes, the
 * module in sys.modules while it runs (so circular imports see it), removed again if it fails,
 * and the child bound on its parent package.
 *
 * <p>Imports of one interpreter are serialised by its import lock (reentrant, so an import
 * that imports is fine); a thread that only finds its module in sys.modules never takes it.
 */
public final class ImportSystem {
    private ImportSystem() {}

    private static volatile ModuleSource.Executor executor;

    /** Registers how sources are compiled and run (the compiler calls this at start-up). */
    public static void registerExecutor(ModuleSource.Executor e) {
        executor = e;
    }

    /** Per-interpreter state of the import system, kept in the interpreter. */
    static final class State {
        final ReentrantLock lock = new ReentrantLock();
        final BuiltinImporter builtinImporter = new BuiltinImporter();
        final PathFinder pathFinder = new PathFinder();
    }

    /** Modules compiled ahead of time into a pyjc application, by name (JVM-wide: one program). */
    private static final Map<String, PrecompiledModule> PRECOMPILED = new ConcurrentHashMap<>();

    /** A module compiled ahead of time and how to run it. */
    public interface PrecompiledModule {
        void exec(PyDict globals) throws Throwable;
    }

    public static void registerPrecompiled(String name, PrecompiledModule module) {
        PRECOMPILED.put(name, module);
    }

    /**
     * Installs the import system in {@code interp}: {@code sys.meta_path}, {@code path_hooks},
     * {@code path_importer_cache}, specs of the modules already loaded, and {@code sys.path}
     * extended with {@code extraPath} then the runtime's own library folders.
     */
    public static void install(Interpreter interp, List<String> extraPath) {
        if (interp.getImportState() != null) return;
        State st = new State();
        interp.setImportState(st);
        PyDict sys = interp.getSys().getDict();
        sys.putStr("meta_path", PyList.of(st.builtinImporter, st.pathFinder));
        sys.putStr("path_hooks", PyList.of(PathFinder.HOOK));
        sys.putStr("path_importer_cache", new PyDict());
        String[] names = Interpreter.builtinModuleNames();
        Object[] items = new Object[names.length];
        for (int i = 0; i < names.length; i++) items[i] = PyStr.of(names[i]);
        sys.putStr("builtin_module_names", org.pyston.builtins.container.PyTuple.of(items));
        // builtins.__import__ is the import system's entry point: it replaces any placeholder
        org.pyston.builtins.function.DeclarationScanner.scanModule(
                org.pyston.indy.support.ImportSupport.DunderImport.class, "builtins", interp.getBuiltinsDict());
        PyList path = sys.getStr("path") instanceof PyList l ? l : new PyList();
        for (String p : extraPath) path.append(PyStr.of(p));
        for (String p : libraryPath()) path.append(PyStr.of(p));
        sys.putStr("path", path);
        for (Object k : interp.getModules().keysArray()) {
            Object m = interp.getModules().get(k);
            if (m instanceof PyModule pm && k instanceof PyStr s && Interpreter.isBuiltinModule(s.value())) {
                Object spec = ModuleSpecs.create(s.value(), st.builtinImporter, "built-in", null, false);
                pm.getDict().putStr("__spec__", spec);
                pm.getDict().putStr("__loader__", st.builtinImporter);
                pm.getDict().putStr("__package__", PyStr.of(""));
            }
        }
    }

    private static State state(Interpreter interp) {
        Object s = interp.getImportState();
        if (s == null) {
            install(interp, List.of());
            s = interp.getImportState();
        }
        return (State) s;
    }

    /**
     * The runtime's library folders, in sys.path order: our own Python modules
     * ({@code lib/pyston}, which take precedence) and CPython's standard library
     * ({@code lib/python3.11}), inside pyston.jar or in the build's class folders.
     */
    public static List<String> libraryPath() {
        String[] cached = LIBRARY_PATH;
        if (cached == null) {
            String root = libraryRoot();
            if (root == null) {
                cached = new String[0];
            } else {
                java.util.ArrayList<String> l = new java.util.ArrayList<>();
                if (PathEntry.of(root + "lib/pyston") != null) {
                    l.add(root + "lib/pyston");
                    PyCode.builtinModulesFolder = root + "lib/pyston/";
                }
                l.add(root + "lib/python3.11");
                cached = l.toArray(new String[0]);
            }
            LIBRARY_PATH = cached;
        }
        return List.of(cached);
    }

    private static volatile String[] LIBRARY_PATH;

    /**
     * When the sys.path entry {@code entry} is one of the runtime's own library folders or a folder
     * inside one (a package's {@code __path__}), its path under the library's {@code lib/}
     * ("python3.11", "python3.11/json"); else null.
     */
    static String libraryFolderOf(String entry) {
        String root = libraryRoot();
        if (root == null || !entry.startsWith(root + "lib/")) return null;
        String rest = entry.substring(root.length() + 4);
        while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        for (String top : new String[] {"python3.11", "pyston"}) {
            if (rest.equals(top) || rest.startsWith(top + "/")) return rest.contains("/./") || rest.contains("/../") ? null : rest;
        }
        return null;
    }

    private static volatile String LIBRARY_ROOT;

    /** The folder or jar path (ending with '/') that holds {@code lib/python3.11}, or null. */
    private static String libraryRoot() {
        String r = LIBRARY_ROOT;
        if (r == null) {
            r = findLibraryRoot();
            LIBRARY_ROOT = r == null ? "" : r;
        }
        return r == null || r.isEmpty() ? null : r;
    }

    private static String findLibraryRoot() {
        URL u = ImportSystem.class.getClassLoader().getResource("lib/python3.11/os.py");
        if (u == null) return null;
        try {
            String s = u.toString();
            if (s.startsWith("jar:")) {
                String jar = s.substring(4, s.indexOf("!/"));
                return Path.of(new java.net.URI(jar)).toString() + "/";
            }
            Path os = Path.of(u.toURI());
            return os.getParent().getParent().getParent().toString() + "/";
        } catch (Exception e) {
            return null;
        }
    }

    /** Imports {@code name} (absolute, dotted), parents first, and returns what sys.modules holds for it. */
    public static Object importModule(String name) {
        Interpreter interp = Interpreter.current();
        PyDict modules = interp.getModules();
        Object m = modules.getStr(name);
        if (m != null) return found(name, m);
        State st = state(interp);
        st.lock.lock();
        try {
            m = modules.getStr(name);
            if (m != null) return found(name, m);
            return findAndLoad(interp, st, name);
        } finally {
            st.lock.unlock();
        }
    }

    private static Object found(String name, Object m) {
        if (m == PyNone.NONE) {
            PyBaseException e = PyExceptions.withMessage(PyExceptions.MODULE_NOT_FOUND_ERROR,
                    "import of %s halted; None in sys.modules", name);
            e.setAttribute("name", PyStr.of(name));
            throw e;
        }
        return m;
    }

    private static Object findAndLoad(Interpreter interp, State st, String name) {
        PyDict modules = interp.getModules();
        Object path = null;
        Object parent = null;
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            parent = modules.getStr(parentName);
            if (parent == null) parent = importModule(parentName);
            Object m = modules.getStr(name);
            if (m != null) return found(name, m);
            path = AttributeOps.lookupAttr(parent, "__path__");
            if (path == null) {
                PyBaseException e = PyExceptions.withMessage(PyExceptions.MODULE_NOT_FOUND_ERROR,
                        "No module named '%s'; '%s' is not a package", name, parentName);
                e.setAttribute("name", PyStr.of(name));
                throw e;
            }
        }
        String bootstrap = FROZEN_BOOTSTRAP.get(name);
        if (bootstrap != null) return frozenBootstrap(interp, name, bootstrap);
        Object module;
        PrecompiledModule pre = PRECOMPILED.get(name);
        if (pre != null) {
            module = loadPrecompiled(interp, name, pre);
        } else {
            Object spec = findSpec(interp, st, name, path);
            if (spec == null) throw PyExceptions.moduleNotFound(name);
            module = loadFromSpec(interp, spec);
        }
        if (parent != null) {
            try {
                AttributeOps.setAttr(parent, name.substring(dot + 1), module);
            } catch (PyBaseException e) {
                if (!e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) throw e;
            }
        }
        return module;
    }

    /**
     * CPython's frozen import machinery by its frozen names, which {@code zipimport} and some tools
     * import: the Python modules of {@code importlib} that mirror our Java import system.
     */
    private static final Map<String, String> FROZEN_BOOTSTRAP = Map.of(
            "_frozen_importlib", "importlib._bootstrap",
            "_frozen_importlib_external", "importlib._bootstrap_external");

    /**
     * {@code _frozen_importlib(_external)}: {@code importlib}'s own module, set up by importing
     * {@code importlib}. While {@code importlib} itself is being initialized the name is not found,
     * so it takes its "no frozen bootstrap" path and sets the modules up from source.
     */
    private static Object frozenBootstrap(Interpreter interp, String name, String module) {
        PyDict modules = interp.getModules();
        Object importlib = modules.getStr("importlib");
        if (importlib != null) {
            Object spec = AttributeOps.lookupAttr(importlib, "__spec__");
            if (spec != null && spec != PyNone.NONE && AttributeOps.lookupAttr(spec, "_initializing") == PyBool.TRUE) {
                throw PyExceptions.moduleNotFound(name);
            }
        }
        importModule("importlib");
        Object m = modules.getStr(module);
        if (m == null) throw PyExceptions.moduleNotFound(name);
        modules.putStr(name, m);
        return m;
    }

    /** The spec the meta-path finders give for {@code name}, or null ({@code importlib.util.find_spec}'s core). */
    public static Object findSpec(Interpreter interp, String name, Object path) {
        return findSpec(interp, state(interp), name, path);
    }

    private static Object findSpec(Interpreter interp, State st, String name, Object path) {
        Object metaPath = interp.getSys().getDict().getStr("meta_path");
        if (!(metaPath instanceof PyList finders)) {
            throw PyExceptions.importError("sys.meta_path is None, Python is likely shutting down");
        }
        for (int i = 0; i < finders.size(); i++) {
            Object finder = finders.get(i);
            Object spec;
            if (finder instanceof BuiltinImporter b) {
                spec = path == null ? b.findSpec(name) : null;
            } else if (finder instanceof PathFinder p) {
                spec = p.findSpec(interp, name, path);
            } else {
                Object fs = AttributeOps.lookupAttr(finder, "find_spec");
                if (fs == null) continue;
                spec = CallOps.call(fs, new Object[] {PyStr.of(name), path == null ? PyNone.NONE : path, PyNone.NONE}, null);
                if (spec == PyNone.NONE) spec = null;
            }
            if (spec != null) return spec;
        }
        return null;
    }

    /** Creates the module a spec describes, runs it with the module in sys.modules, returns sys.modules' entry. */
    public static Object loadFromSpec(Interpreter interp, Object spec) {
        String name = ModuleSpecs.strAttr(spec, "name");
        Object loader = ModuleSpecs.attr(spec, "loader");
        Object module = null;
        if (loader instanceof BuiltinImporter) {
            module = interp.createBuiltinModule(name);
        } else if (loader != null && !(loader instanceof SourceFileLoader)) {
            Object create = AttributeOps.lookupAttr(loader, "create_module");
            if (create != null) {
                module = CallOps.call(create, new Object[] {spec}, null);
            } else if (AttributeOps.lookupAttr(loader, "exec_module") != null) {
                throw PyExceptions.importError("loaders that define exec_module() must also define create_module()");
            }
            if (module == PyNone.NONE) module = null;
        }
        if (module == null) module = new PyModule(name);
        initModuleAttrs(spec, module);
        PyDict modules = interp.getModules();
        AttributeOps.setAttr(spec, "_initializing", PyBool.TRUE);
        try {
            modules.putStr(name, module);
            try {
                if (loader == null) {
                    if (ModuleSpecs.attr(spec, "submodule_search_locations") == null) {
                        PyBaseException e = PyExceptions.importError("missing loader");
                        e.setAttribute("name", PyStr.of(name));
                        throw e;
                    }
                } else if (loader instanceof SourceFileLoader sl && module instanceof PyModule pm) {
                    sl.exec(pm);
                } else if (!(loader instanceof BuiltinImporter)) {
                    CallOps.callMethod(loader, "exec_module", new Object[] {module}, null);
                }
            } catch (Throwable t) {
                modules.remove(PyStr.of(name));
                throw PyExceptions.translate(t);
            }
            Object result = modules.getStr(name);
            if (result == null) {
                PyBaseException e = PyExceptions.withMessage(PyExceptions.KEY_ERROR, "'%s'", name);
                throw e;
            }
            return result;
        } finally {
            AttributeOps.setAttr(spec, "_initializing", PyBool.FALSE);
        }
    }

    /** CPython's {@code _init_module_attrs}: name, loader, package, spec, path, file. */
    static void initModuleAttrs(Object spec, Object module) {
        setIfMissing(module, "__name__", ModuleSpecs.attr(spec, "name"));
        Object loader = ModuleSpecs.attr(spec, "loader");
        setIfMissing(module, "__loader__", loader);
        setIfMissing(module, "__package__", ModuleSpecs.attr(spec, "parent"));
        AttributeOps.setAttr(module, "__spec__", spec);
        Object locations = ModuleSpecs.attr(spec, "submodule_search_locations");
        if (locations != null) setIfMissing(module, "__path__", locations);
        if (loader == null && locations != null && AttributeOps.lookupAttr(module, "__file__") == null) {
            AttributeOps.setAttr(module, "__file__", PyNone.NONE); // a namespace package, as CPython 3.11
        }
        if (ModuleSpecs.attr(spec, "has_location") == PyBool.TRUE) {
            setIfMissing(module, "__file__", ModuleSpecs.attr(spec, "origin"));
            Object cached = ModuleSpecs.attr(spec, "cached");
            if (cached != null) setIfMissing(module, "__cached__", cached);
        }
    }

    private static void setIfMissing(Object module, String name, Object value) {
        if (value == null) return;
        Object cur = AttributeOps.lookupAttr(module, name);
        if (cur == null || cur == PyNone.NONE) AttributeOps.setAttr(module, name, value);
    }

    private static Object loadPrecompiled(Interpreter interp, String name, PrecompiledModule pre) {
        PyModule m = new PyModule(name);
        PyDict modules = interp.getModules();
        int dot = name.lastIndexOf('.');
        m.getDict().putStr("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        modules.putStr(name, m);
        try {
            withBuiltins(m.getDict());
            pre.exec(m.getDict());
        } catch (Throwable t) {
            modules.remove(PyStr.of(name));
            throw PyExceptions.translate(t);
        }
        Object result = modules.getStr(name);
        return result == null ? m : result;
    }

    /** As CPython's exec of a module's code: an imported module's globals get the builtins dict. */
    static void withBuiltins(PyDict globals) {
        if (globals.getStr("__builtins__") == null) globals.putStr("__builtins__", Interpreter.current().getBuiltinsDict());
    }

    /** Compiles and runs a module source through the registered compiler. */
    public static void execSource(ModuleSource src, PyDict globals) {
        ModuleSource.Executor e = executor;
        if (e == null) throw PyExceptions.importError("no compiler is available to import '%s'", src.name());
        withBuiltins(globals);
        try {
            e.exec(src, globals);
        } catch (Throwable t) {
            throw PyExceptions.translate(t);
        }
    }

    /** Decodes module source bytes as the tokenizer does. */
    static String decodeSource(byte[] bytes) {
        ModuleSource.Executor e = executor;
        return e == null ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : e.decode(bytes);
    }

    /**
     * {@code python -m NAME}: finds NAME (a package runs its {@code __main__} submodule), then runs
     * its code as {@code __main__} in {@code main}'s namespace, as runpy does. Returns the file run.
     */
    public static String runModuleAsMain(String name, PyModule main, java.util.function.Consumer<String> beforeRun) {
        Interpreter interp = Interpreter.current();
        State st = state(interp);
        String modName = name;
        Object spec = findMainSpec(interp, st, modName);
        if (ModuleSpecs.attr(spec, "submodule_search_locations") != null) {
            modName = name + ".__main__";
            Object sub;
            try {
                sub = findMainSpec(interp, st, modName);
            } catch (MainModuleError e) {
                throw new MainModuleError(e.getMessage() + "; '" + name + "' is a package and cannot be directly executed");
            }
            spec = sub;
        }
        Object loader = ModuleSpecs.attr(spec, "loader");
        PyDict g = main.getDict();
        g.putStr("__loader__", loader);
        g.putStr("__spec__", spec);
        g.putStr("__package__", ModuleSpecs.attr(spec, "parent"));
        if (loader instanceof SourceFileLoader sl) {
            g.putStr("__file__", PyStr.of(sl.filename()));
            beforeRun.accept(sl.filename());
            sl.exec(main);
            return sl.filename();
        }
        // any other loader (zipimport's, a user's): its code object, as runpy runs it
        Object getCode = loader == null ? null : AttributeOps.lookupAttr(loader, "get_code");
        Object code = getCode == null ? null : CallOps.call(getCode, new Object[] {PyStr.of(modName)}, null);
        if (code == null || code == PyNone.NONE) throw new MainModuleError("No code object available for " + modName);
        Object origin = ModuleSpecs.attr(spec, "origin");
        String file = origin instanceof PyStr o ? o.value() : modName;
        if (origin instanceof PyStr) g.putStr("__file__", origin);
        beforeRun.accept(file);
        org.pyston.builtins.module.EvalFunctions.exec(new Object[] {code, g}, null);
        return file;
    }

    private static Object findMainSpec(Interpreter interp, State st, String name) {
        int dot = name.lastIndexOf('.');
        Object path = null;
        if (dot >= 0) {
            String pkgName = name.substring(0, dot);
            Object parent = importModule(pkgName);
            Object existing = ((PyDict) interp.getSys().getDict().getStr("modules")).getStr(name);
            if (existing != null && AttributeOps.lookupAttr(existing, "__path__") == null) {
                warnAlreadyImported(interp, name, pkgName);
            }
            path = AttributeOps.lookupAttr(parent, "__path__");
            if (path == null) {
                throw new MainModuleError("Error while finding module specification for '" + name
                        + "' (ModuleNotFoundError: __path__ attribute not found on '" + name.substring(0, dot)
                        + "' while trying to find '" + name + "')");
            }
        }
        Object spec = findSpec(interp, st, name, path);
        if (spec == null) throw new MainModuleError("No module named " + name);
        return spec;
    }

    /**
     * runpy's RuntimeWarning when importing the package already ran the module -m runs again, with
     * runpy's location; through {@code warnings} (filters apply), or printed as its default format
     * when there is no {@code warnings} module (a runtime without the standard library).
     */
    private static void warnAlreadyImported(Interpreter interp, String name, String pkgName) {
        String msg = "'" + name + "' found in sys.modules after import of package '" + pkgName
                + "', but prior to execution of '" + name + "'; this may result in unpredictable behaviour";
        Object warnings;
        try {
            warnings = importModule("warnings");
        } catch (PyBaseException e) {
            Object err = interp.getSys().getDict().getStr("stderr");
            if (err != null && err != PyNone.NONE) {
                CallOps.callMethod(err, "write", new Object[] {PyStr.of("<frozen runpy>:128: RuntimeWarning: " + msg + "\n")}, null);
            }
            return;
        }
        CallOps.call(AttributeOps.getAttr(warnings, "warn_explicit"), new Object[] {PyStr.of(msg),
            org.pyston.builtins.exception.PyExceptions.RUNTIME_WARNING, PyStr.of("<frozen runpy>"),
            org.pyston.builtins.number.PyInt.valueOf(128)}, null);
    }

    /** A {@code -m} failure CPython reports as "python: MESSAGE" with exit status 1. */
    public static final class MainModuleError extends RuntimeException {
        public MainModuleError(String message) {
            super(message, null, false, false);
        }
    }
}
