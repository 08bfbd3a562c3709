package org.pyston.indy.imports;

import java.io.IOException;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * The loader of one {@code .py} module found on a path entry: {@code exec_module} compiles it
 * (or takes its cached/precompiled class) through the compiler's registered loader and runs it
 * in the module's namespace. Also answers the loader questions linecache and inspect ask
 * ({@code get_source}, {@code get_filename}, {@code is_package}, {@code get_data}).
 */
public final class SourceFileLoader implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("SourceFileLoader", "_frozen_importlib_external",
            SourceFileLoader.class, SourceFileLoader.class);

    /** The module's full name. */
    final String name;
    /** Where the file lives. */
    final PathEntry entry;
    /** The file, relative to {@link #entry} ("pkg/__init__.py"). */
    final String rel;

    SourceFileLoader(String name, PathEntry entry, String rel) {
        this.name = name;
        this.entry = entry;
        this.rel = rel;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The file name ({@code __file__}). */
    public String filename() {
        return entry.pathOf(rel);
    }

    /** Compiles (or reuses the cached class of) the module and runs it in {@code module}'s namespace. */
    public void exec(PyModule module) {
        ImportSystem.execSource(new ModuleSource(name, entry, rel), module.getDict());
    }

    @PyGetter("name")
    public static Object getName(SourceFileLoader self) {
        return PyStr.of(self.name);
    }

    @PyGetter("path")
    public static Object getPath(SourceFileLoader self) {
        return PyStr.of(self.filename());
    }

    @PyMethod(name = "create_module")
    public static Object createModule(SourceFileLoader self, Object spec) {
        return PyNone.NONE;
    }

    @PyMethod(name = "exec_module")
    public static Object execModule(SourceFileLoader self, Object module) {
        if (!(module instanceof PyModule m)) throw PyExceptions.typeError("exec_module() expects a module");
        self.exec(m);
        return PyNone.NONE;
    }

    @PyMethod(name = "get_filename", required = 0)
    public static Object getFilename(SourceFileLoader self, Object fullname) {
        return PyStr.of(self.filename());
    }

    @PyMethod(name = "is_package", required = 0)
    public static Object isPackage(SourceFileLoader self, Object fullname) {
        return PyBool.of(self.rel.endsWith("/__init__.py"));
    }

    @PyMethod(name = "get_source", required = 0)
    public static Object getSource(SourceFileLoader self, Object fullname) {
        try {
            return PyStr.of(ImportSystem.decodeSource(self.entry.read(self.rel)));
        } catch (IOException e) {
            throw PyExceptions.importError("source not available through this loader");
        }
    }

    @PyMethod(name = "__repr__")
    public static Object repr(SourceFileLoader self) {
        return PyStr.of("<_frozen_importlib_external.SourceFileLoader object>");
    }
}
