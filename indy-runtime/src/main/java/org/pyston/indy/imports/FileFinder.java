package org.pyston.indy.imports;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * The path-entry finder of one sys.path entry (a directory or a folder in an archive), cached in
 * {@code sys.path_importer_cache}. CPython's order: a package directory with {@code __init__.py}
 * first, then {@code NAME.py}; a bare directory is remembered as a namespace-package portion.
 */
public final class FileFinder implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("FileFinder", "_frozen_importlib_external",
            FileFinder.class, FileFinder.class);

    final PathEntry entry;

    FileFinder(PathEntry entry) {
        this.entry = entry;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** What {@link #find} found: a spec, or a namespace portion (a directory), or nothing. */
    record Found(Object spec, String namespacePortion) {}

    /** Looks up the last component of {@code fullname} in this entry; null when absent. */
    Found find(String fullname) {
        String leaf = fullname.substring(fullname.lastIndexOf('.') + 1);
        boolean isDir = entry.isDirectory(leaf);
        if (isDir) {
            String init = leaf + "/__init__.py";
            if (entry.isFile(init)) {
                PyList locations = PyList.of(PyStr.of(entry.pathOf(leaf)));
                SourceFileLoader loader = new SourceFileLoader(fullname, entry, init);
                return new Found(ModuleSpecs.create(fullname, loader, loader.filename(), locations, true), null);
            }
        }
        String file = leaf + ".py";
        if (entry.isFile(file)) {
            SourceFileLoader loader = new SourceFileLoader(fullname, entry, file);
            return new Found(ModuleSpecs.create(fullname, loader, loader.filename(), null, true), null);
        }
        return isDir ? new Found(null, entry.pathOf(leaf)) : null;
    }

    @PyGetter("path")
    public static Object getPath(FileFinder self) {
        return PyStr.of(self.entry.path);
    }

    @PyMethod(name = "find_spec", required = 1)
    public static Object findSpec(FileFinder self, Object fullname, Object target) {
        Found f = self.find(((PyStr) fullname).value());
        if (f == null) return PyNone.NONE;
        if (f.spec() != null) return f.spec();
        return ModuleSpecs.create(((PyStr) fullname).value(), null, null, PyList.of(PyStr.of(f.namespacePortion())), false);
    }

    /**
     * {@code iter_modules(prefix='')}: the (name, ispkg) pairs of the modules and packages here,
     * what pkgutil's _iter_file_finder_modules lists for CPython's FileFinder (pkgutil asks a
     * finder of another class for this method): sorted names, packages before same-named modules,
     * folders only with an {@code __init__} module.
     */
    @PyMethod(name = "iter_modules", required = 0)
    public static Object iterModules(FileFinder self, Object prefixArg) {
        String prefix = prefixArg == null ? "" : ((PyStr) prefixArg).value();
        java.util.List<String> names = new java.util.ArrayList<>(self.entry.list(""));
        java.util.Collections.sort(names);
        java.util.Set<String> yielded = new java.util.HashSet<>();
        PyList out = new PyList();
        for (String fn : names) {
            String modname = moduleName(fn);
            if ("__init__".equals(modname) || yielded.contains(modname)) continue;
            boolean ispkg = false;
            if (modname == null && fn.indexOf('.') < 0 && self.entry.isDirectory(fn)) {
                for (String inner : self.entry.list(fn)) {
                    if ("__init__".equals(moduleName(inner))) {
                        ispkg = true;
                        break;
                    }
                }
                if (!ispkg) continue; // not a package
                modname = fn;
            }
            if (modname != null && modname.indexOf('.') < 0) {
                yielded.add(modname);
                out.append(org.pyston.builtins.container.PyTuple.of(PyStr.of(prefix + modname),
                        org.pyston.builtins.number.PyBool.of(ispkg)));
            }
        }
        return out;
    }

    /** inspect.getmodulename: the name of a module file (.py, .pyc or an extension), else null. */
    private static String moduleName(String fn) {
        for (String suffix : new String[] {".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".pyc", ".py", ".so"}) {
            if (fn.endsWith(suffix)) return fn.substring(0, fn.length() - suffix.length());
        }
        return null;
    }

    @PyMethod(name = "invalidate_caches")
    public static Object invalidateCaches(FileFinder self) {
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(FileFinder self) {
        return PyStr.of("FileFinder('" + self.entry.path + "')");
    }
}
