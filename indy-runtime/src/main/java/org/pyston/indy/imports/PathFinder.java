package org.pyston.indy.imports;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The meta-path finder for sys.path and packages' {@code __path__}: each entry's finder comes from
 * {@code sys.path_importer_cache}, else from the first {@code sys.path_hooks} callable that
 * accepts it (ours, {@link #HOOK}, makes a {@link FileFinder}). Directories without
 * {@code __init__.py} found along the way make a namespace package when nothing else matches.
 */
public final class PathFinder implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("PathFinder", "_frozen_importlib_external",
            PathFinder.class, PathFinder.class);

    /** {@code FileFinder.path_hook(...)}'s result: the hook that makes our finders. */
    public static final Object HOOK = makeHook();

    private static Object makeHook() {
        PyDict d = new PyDict();
        org.pyston.builtins.function.DeclarationScanner.scanModule(Hook.class, "_frozen_importlib_external", d);
        return d.getStr("path_hook_for_FileFinder");
    }

    /** Holder of the path hook function. */
    public static final class Hook {
        private Hook() {}

        @PyMethod(name = "path_hook_for_FileFinder")
        public static Object pathHook(Object path) {
            if (!(path instanceof PyStr s)) throw PyExceptions.importError("only directories are supported");
            PathEntry e = PathEntry.of(s.value());
            if (e == null) {
                PyBaseException ex = PyExceptions.importError("only directories are supported");
                ex.setAttribute("path", path);
                throw ex;
            }
            return new FileFinder(e);
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The spec of {@code fullname} along {@code path} (sys.path when null), or null. */
    public Object findSpec(Interpreter interp, String fullname, Object path) {
        PyDict sys = interp.getSys().getDict();
        Object p = path == null ? sys.getStr("path") : path;
        if (p == null || p == PyNone.NONE) return null;
        List<String> namespace = null;
        Object it = IterOps.iter(p);
        for (Object e; (e = IterOps.next(it)) != null; ) {
            if (!(e instanceof PyStr entry)) continue;
            Object finder = finderFor(interp, entry.value());
            if (finder == null) continue;
            if (finder instanceof FileFinder ff) {
                FileFinder.Found f = ff.find(fullname);
                if (f == null) continue;
                if (f.spec() != null) return f.spec();
                if (namespace == null) namespace = new ArrayList<>();
                namespace.add(f.namespacePortion());
                continue;
            }
            Object spec = CallOps.callMethod(finder, "find_spec", new Object[] {PyStr.of(fullname), PyNone.NONE}, null);
            if (spec == PyNone.NONE) continue;
            if (ModuleSpecs.attr(spec, "loader") != null) return spec;
            Object locations = ModuleSpecs.attr(spec, "submodule_search_locations");
            if (locations != null) {
                if (namespace == null) namespace = new ArrayList<>();
                Object li = IterOps.iter(locations);
                for (Object l; (l = IterOps.next(li)) != null; ) namespace.add(((PyStr) l).value());
            }
        }
        if (namespace == null) return null;
        PyList locations = new PyList();
        for (String n : namespace) locations.append(PyStr.of(n));
        return ModuleSpecs.create(fullname, null, null, locations, false);
    }

    /** The path-entry finder of {@code entry}, from the cache or the hooks; null when none. */
    static Object finderFor(Interpreter interp, String entry) {
        if (entry.isEmpty()) entry = System.getProperty("user.dir");
        PyDict sys = interp.getSys().getDict();
        PyDict cache = sys.getStr("path_importer_cache") instanceof PyDict d ? d : null;
        PyStr key = PyStr.of(entry);
        if (cache != null) {
            Object f = cache.get(key);
            if (f != null) return f == PyNone.NONE ? null : f;
        }
        Object finder = null;
        if (java.nio.file.Files.isRegularFile(java.nio.file.Path.of(entry))) installZipHook(interp);
        Object hooks = sys.getStr("path_hooks");
        if (hooks instanceof PyList hl) {
            for (int i = 0; i < hl.size() && finder == null; i++) {
                Object hook = hl.get(i);
                try {
                    finder = hook == HOOK ? Hook.pathHook(key) : CallOps.call(hook, new Object[] {key}, null);
                } catch (PyBaseException ex) {
                    if (!ex.isInstance(PyExceptions.IMPORT_ERROR)) throw ex;
                }
            }
        }
        if (cache != null) cache.put(key, finder == null ? PyNone.NONE : finder);
        return finder;
    }

    /** Marks an interpreter whose sys.path_hooks got zipimport's hook. */
    private static final class ZipHookInstalled {}

    /**
     * Puts {@code zipimport.zipimporter} first in {@code sys.path_hooks}, where CPython has it from
     * start-up, the first time a path entry is a file (an archive on sys.path, a zipapp). Done
     * lazily so programs that never import from an archive don't load zipimport at start-up.
     */
    private static void installZipHook(Interpreter interp) {
        boolean[] first = {false};
        interp.moduleState(ZipHookInstalled.class, () -> {
            first[0] = true;
            return new ZipHookInstalled();
        });
        if (!first[0]) return;
        Object zipimporter;
        try {
            zipimporter = AttributeOps.lookupAttr(ImportSystem.importModule("zipimport"), "zipimporter");
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.IMPORT_ERROR)) return; // a runtime without its bundled library
            throw e;
        }
        if (zipimporter != null && interp.getSys().getDict().getStr("path_hooks") instanceof PyList hooks) {
            hooks.insert(0, zipimporter);
        }
    }

    @PyMethod(name = "find_spec", required = 1)
    public static Object findSpecMethod(PathFinder self, Object fullname, Object path, Object target) {
        Object spec = self.findSpec(Interpreter.current(), ((PyStr) fullname).value(),
                path == null || path == PyNone.NONE ? null : path);
        return spec == null ? PyNone.NONE : spec;
    }

    @PyMethod(name = "invalidate_caches")
    public static Object invalidateCaches(PathFinder self) {
        Object cache = Interpreter.current().getSys().getDict().getStr("path_importer_cache");
        if (cache instanceof PyDict d) {
            for (Object k : d.keysArray()) {
                if (d.get(k) == PyNone.NONE) d.remove(k);
            }
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PathFinder self) {
        return PyStr.of("<class '_frozen_importlib_external.PathFinder'>");
    }

}
