package org.pyston.indy.imports;

import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The meta-path finder and loader of modules written in Java ({@code sys}, {@code math},
 * {@code posix} ...): the interpreter's registry says which names exist; each is created afresh
 * per interpreter when first imported.
 */
public final class BuiltinImporter implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("BuiltinImporter", "_frozen_importlib",
            BuiltinImporter.class, BuiltinImporter.class);

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The spec of Java module {@code name}, or null. */
    public Object findSpec(String name) {
        if (!Interpreter.isBuiltinModule(name)) return null;
        return ModuleSpecs.create(name, this, "built-in", null, false);
    }

    @PyMethod(name = "find_spec", required = 1)
    public static Object findSpecMethod(BuiltinImporter self, Object fullname, Object path, Object target) {
        if (path != null && path != PyNone.NONE) return PyNone.NONE;
        Object spec = self.findSpec(((PyStr) fullname).value());
        return spec == null ? PyNone.NONE : spec;
    }

    @PyMethod(name = "create_module")
    public static Object createModule(BuiltinImporter self, Object spec) {
        String name = ModuleSpecs.strAttr(spec, "name");
        PyModule m = Interpreter.current().createBuiltinModule(name);
        if (m == null) throw org.pyston.builtins.exception.PyExceptions.importError("no built-in module named %s", name);
        return m;
    }

    @PyMethod(name = "exec_module")
    public static Object execModule(BuiltinImporter self, Object module) {
        return PyNone.NONE;
    }

    @PyMethod(name = "is_package")
    public static Object isPackage(BuiltinImporter self, Object fullname) {
        return org.pyston.builtins.number.PyBool.FALSE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(BuiltinImporter self) {
        return PyStr.of("<class '_frozen_importlib.BuiltinImporter'>");
    }
}
