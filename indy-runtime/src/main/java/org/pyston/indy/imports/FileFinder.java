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
        Found f = self.find(((PyStr) fullname).value);
        if (f == null) return PyNone.NONE;
        if (f.spec() != null) return f.spec();
        return ModuleSpecs.create(((PyStr) fullname).value, null, null, PyList.of(PyStr.of(f.namespacePortion())), false);
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
