package org.pyston.indy.support;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;
import org.pyston.indy.imports.ImportSystem;

/**
 * What generated code calls for the import statement: {@code import a.b}, {@code import a.b as c},
 * {@code from m import x}, relative imports and {@code import *}; and {@code __import__}. The
 * import algorithm itself (finders, loaders, specs) is {@link ImportSystem}.
 */
public final class ImportSupport {
    private ImportSupport() {}

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

    /** Registers a module compiled ahead of time into a pyjc application jar. */
    public static void registerPrecompiled(String name, ClassSupplier cls, ClassExecutor executor) {
        ImportSystem.registerPrecompiled(name, globals -> executor.exec(cls.get(), globals));
    }

    /** {@code import a.b.c}: imports each package on the way, binds (returns) the top one. */
    public static Object importModuleTop(String name, PyDict globals) {
        Object leaf = ImportSystem.importModule(name);
        int dot = name.indexOf('.');
        if (dot < 0) return leaf;
        return ImportSystem.importModule(name.substring(0, dot));
    }

    /** {@code import a.b.c as x}: the leaf module (CPython 3.11 reads it as attributes of the top). */
    public static Object importModuleLeaf(String name, PyDict globals) {
        Object m = ImportSystem.importModule(name);
        int dot = name.indexOf('.');
        if (dot < 0) return m;
        Object top = ImportSystem.importModule(name.substring(0, dot));
        Object cur = top;
        for (String part : name.substring(dot + 1).split("\\.")) {
            cur = AttributeOps.getAttr(cur, part);
        }
        return cur;
    }

    /** {@code from <level dots><module> import names}: the module the names are taken from. */
    public static Object importFrom(String module, int level, PyDict globals, String[] names) {
        String full = level == 0 ? module : resolveRelative(module, level, globals);
        Object m = ImportSystem.importModule(full);
        handleFromList(m, full, names);
        return m;
    }

    /** CPython's {@code _handle_fromlist}: names of a package that are not attributes are tried as submodules. */
    private static void handleFromList(Object m, String full, String[] names) {
        if (AttributeOps.lookupAttr(m, "__path__") == null) return;
        for (String n : names) {
            if (n.equals("*")) {
                Object all = AttributeOps.lookupAttr(m, "__all__");
                if (all != null) {
                    java.util.List<String> subs = new java.util.ArrayList<>();
                    Object it = IterOps.iter(all);
                    for (Object x; (x = IterOps.next(it)) != null; ) {
                        if (!(x instanceof PyStr s)) {
                            throw PyExceptions.typeError("Item in %s.__all__ must be str, not %s", full,
                                    x instanceof org.pyston.builtins.object.PyObject po ? po.getType().getName() : "object");
                        }
                        if (!s.value().equals("*")) subs.add(s.value());
                    }
                    handleFromList(m, full, subs.toArray(new String[0]));
                }
                continue;
            }
            if (AttributeOps.lookupAttr(m, n) != null) continue;
            String sub = full + "." + n;
            try {
                ImportSystem.importModule(sub);
            } catch (PyBaseException e) {
                if (!e.isInstance(PyExceptions.MODULE_NOT_FOUND_ERROR)) throw e;
                Object en = e.getAttribute("name");
                if (!(en instanceof PyStr s && s.value().equals(sub))) throw e;
                if (Interpreter.current().getModules().getStr(sub) != null) throw e;
            }
        }
    }

    /** One name of a from-import, with CPython's ImportError when it is missing. */
    public static Object importName(Object module, String name) {
        Object v = AttributeOps.lookupAttr(module, name);
        if (v != null) return v;
        if (module instanceof PyModule pm) {
            Object ga = pm.getDict().getStr("__getattr__");
            if (ga != null) {
                try {
                    return CallOps.call(ga, new Object[] {PyStr.of(name)}, null);
                } catch (PyBaseException e) {
                    if (!e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) throw e;
                }
            }
        }
        Object modName = AttributeOps.lookupAttr(module, "__name__");
        if (!(modName instanceof PyStr mn)) {
            throw withNamePath(PyExceptions.importError("cannot import name '%s'", name), PyNone.NONE, PyNone.NONE);
        }
        Object sub = Interpreter.current().getModules().getStr(mn.value() + "." + name);
        if (sub != null) return sub;
        Object file = AttributeOps.lookupAttr(module, "__file__");
        String where = file instanceof PyStr f ? f.value() : "unknown location";
        Object spec = AttributeOps.lookupAttr(module, "__spec__");
        boolean initializing = spec != null && spec != PyNone.NONE
                && Truth.isTrue(orNone(AttributeOps.lookupAttr(spec, "_initializing")));
        PyBaseException e = initializing
                ? PyExceptions.importError("cannot import name '%s' from partially initialized module '%s' "
                        + "(most likely due to a circular import) (%s)", name, mn.value(), where)
                : PyExceptions.importError("cannot import name '%s' from '%s' (%s)", name, mn.value(), where);
        throw withNamePath(e, mn, file == null ? PyNone.NONE : file);
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyBaseException withNamePath(PyBaseException e, Object name, Object path) {
        e.setAttribute("name", name);
        e.setAttribute("path", path);
        return e;
    }

    /** {@code from m import *}: {@code __all__}, else every name not starting with '_'. */
    public static void importStar(Object module, Object namespace) {
        Object all = AttributeOps.lookupAttr(module, "__all__");
        if (all != null) {
            Object it = IterOps.iter(all);
            for (Object n; (n = IterOps.next(it)) != null; ) {
                if (!(n instanceof PyStr s)) {
                    throw PyExceptions.typeError("Item in %s.__all__ must be str, not %s", moduleName(module),
                            n instanceof org.pyston.builtins.object.PyObject po ? po.getType().getName() : "object");
                }
                NameSupport.storeName(namespace, s.value(), importName(module, s.value()));
            }
            return;
        }
        Object dict = AttributeOps.getAttr(module, "__dict__");
        if (!(dict instanceof PyDict d)) throw PyExceptions.importError("from-import-* object has no __dict__ and no __all__");
        for (Object k : d.keysArray()) {
            if (k instanceof PyStr s && !s.value().startsWith("_")) NameSupport.storeName(namespace, s.value(), d.get(k));
        }
    }

    private static String moduleName(Object module) {
        return AttributeOps.lookupAttr(module, "__name__") instanceof PyStr s ? s.value() + ".__dict__" : "module";
    }

    /** sys.path of the interpreter (a list). */
    public static PyList sysPath(Interpreter interp) {
        Object p = interp.getSys().getDict().getStr("path");
        if (p instanceof PyList l) return l;
        throw PyExceptions.importError("sys.path must be a list of directory names");
    }

    /** Imports {@code name} (absolute, dotted) and returns what sys.modules holds for it. */
    public static Object importModule(String name) {
        return ImportSystem.importModule(name);
    }

    /** CPython's {@code _calc___package__} + {@code _resolve_name}. */
    static String resolveRelative(String module, int level, PyDict globals) {
        Object pkg = globals.getStr("__package__");
        Object spec = globals.getStr("__spec__");
        String base;
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof PyStr p)) throw PyExceptions.typeError("package must be a string");
            base = p.value();
        } else if (spec != null && spec != PyNone.NONE) {
            base = AttributeOps.getAttr(spec, "parent") instanceof PyStr p ? p.value() : "";
        } else {
            Object name = globals.getStr("__name__");
            if (!(name instanceof PyStr s)) throw PyExceptions.keyError(PyStr.of("'__name__' not in globals"));
            String n = s.value();
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

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    public static Object dunderImport(Object nameObj, Object globalsObj, Object fromlist, int level) {
        if (!(nameObj instanceof PyStr ns)) {
            throw PyExceptions.typeError("module name must be str, not %s", ((org.pyston.builtins.object.PyObject) nameObj).getType().getName());
        }
        if (level < 0) throw PyExceptions.valueError("level must be >= 0");
        String name = ns.value();
        if (level == 0 && name.isEmpty()) throw PyExceptions.valueError("Empty module name");
        String full = name;
        if (level > 0) {
            if (!(globalsObj instanceof PyDict g)) throw PyExceptions.keyError(PyStr.of("'__name__' not in globals"));
            full = resolveRelative(name, level, g);
        }
        Object m = ImportSystem.importModule(full);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Truth.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0) {
                int dot = name.indexOf('.');
                return dot < 0 ? m : ImportSystem.importModule(name.substring(0, dot));
            }
            if (name.isEmpty()) return m;
            int cut = full.length() - (name.length() - (name.indexOf('.') < 0 ? name.length() : name.indexOf('.')));
            return Interpreter.current().getModules().getStr(full.substring(0, cut));
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        Object it = IterOps.iter(fromlist);
        for (Object x; (x = IterOps.next(it)) != null; ) {
            if (x instanceof PyStr s) names.add(s.value());
        }
        handleFromList(m, full, names.toArray(new String[0]));
        return m;
    }

    /** The Python-visible {@code __import__} (installed into builtins by the import system). */
    public static final class DunderImport {
        private DunderImport() {}

        @PyMethod(name = "__import__", general = true)
        public static Object import_(Object[] args, String[] kwnames) {
            Object[] a = org.pyston.builtins.ops.ArgParser.parse("__import__", args, kwnames, 5,
                    new String[] {"name", "globals", "locals", "fromlist", "level"}, 1);
            int level = a[4] == null ? 0 : (int) org.pyston.builtins.ops.UnaryOps.indexAsLong(a[4]);
            return dunderImport(a[0], a[1], a[3] == null ? PyTuple.EMPTY : a[3], level);
        }
    }
}
