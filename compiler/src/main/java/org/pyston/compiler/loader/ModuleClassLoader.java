package org.pyston.compiler.loader;

/**
 * Defines the class of one compiled module. One loader per module (per interpreter), so a
 * module's static state ($globals, constants) belongs to the interpreter that loaded it and is
 * collected with it.
 */
final class ModuleClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    ModuleClassLoader(ClassLoader parent) {
        super(parent);
    }

    Class<?> define(String internalName, byte[] bytes) {
        return defineClass(internalName.replace('/', '.'), bytes, 0, bytes.length);
    }
}
