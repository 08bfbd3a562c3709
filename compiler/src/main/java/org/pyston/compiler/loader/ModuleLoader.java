package org.pyston.compiler.loader;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.container.PyDict;
import org.pyston.compiler.PythonCompiler.CompiledModule;
import org.pyston.compiler.codegen.ModuleCompiler;

/** Loads a compiled module's class and runs its top-level code against a globals dict. */
public final class ModuleLoader {
    private ModuleLoader() {}

    /** Defines the module's class in a fresh loader, binds {@code $globals} and runs {@code module_body}. */
    public static void exec(CompiledModule module, PyDict globals) throws Throwable {
        ModuleClassLoader loader = new ModuleClassLoader(ModuleLoader.class.getClassLoader());
        Class<?> cls = loader.define(module.className(), module.classBytes());
        exec(cls, globals);
    }

    /** Runs an already loaded module class (from a pyjc jar) against {@code globals}. */
    public static void exec(Class<?> cls, PyDict globals) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        lookup.findStaticSetter(cls, "$globals", PyDict.class).invoke(globals);
        MethodHandle body = lookup.findStatic(cls, ModuleCompiler.MODULE_BODY, MethodType.methodType(Object.class));
        Object unused = body.invoke();
    }
}
