package org.pyston.builtins.function;

import java.lang.invoke.MethodType;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.object.PyType;

/**
 * Turns {@code @PyMethod}/{@code @PyGetter}/{@code @PySetter} declarations ({@link Declaration}s,
 * from the build-time {@link DeclarationIndex}) into descriptors: run once per built-in type
 * (lazily, from {@link PyType}) and once per built-in module.
 */
public final class DeclarationScanner {
    private DeclarationScanner() {
    }

    /** Adds the declarations of {@code methods} to the dictionary {@code dict} of built-in type {@code type}. */
    public static void scanType(PyType type, Class<?> methods, Map<String, Object> dict) {
        for (Declaration decl : DeclarationIndex.of(methods)) {
            String name = decl.name();
            switch (decl.kind()) {
                case METHOD -> {
                    if (decl.isStatic()) {
                        NativeSignature sig = new NativeSignature(name, type.getName() + "." + name, decl, false);
                        boolean wraps = name.equals("__new__") && type != PyType.OBJECT && type != PyType.TYPE
                                && type.layout() == PyType.Layout.BUILTIN;
                        dict.put(name, new PyStaticMethod(new PyBuiltinFunction(sig, "builtins", wraps ? type : null)));
                    } else if (decl.isClass()) {
                        // the receiver of a class method is the class: check it as a type, not as an instance
                        dict.put(name, new PyClassMethodDescriptor(type, PyMethodDescriptor.of(PyType.TYPE, decl)));
                    } else {
                        dict.put(name, PyMethodDescriptor.of(type, decl));
                    }
                }
                case GETTER -> {
                    PyGetSetDescriptor d = new PyGetSetDescriptor(name, type,
                            decl.handle().asType(MethodType.methodType(Object.class, Object.class)));
                    Object prev = dict.get(name);
                    if (prev instanceof PyGetSetDescriptor p && p.owner == type) {
                        d.setter = p.setter;
                    }
                    dict.put(name, d);
                }
                case SETTER -> {
                    Object d = dict.get(name);
                    if (!(d instanceof PyGetSetDescriptor gs) || gs.owner != type) {
                        throw new IllegalStateException("@PySetter without @PyGetter: " + decl);
                    }
                    gs.setter = decl.handle().asType(MethodType.methodType(void.class, Object.class, Object.class));
                }
            }
        }
        if (methods.isAnnotationPresent(org.pyston.builtins.object.Unhashable.class)) {
            dict.put("__hash__", org.pyston.builtins.object.PyNone.NONE);
        }
    }

    /** Adds the declared functions of module class {@code functions} to {@code dict}. */
    public static void scanModule(Class<?> functions, String module, PyDict dict) {
        for (Declaration decl : DeclarationIndex.of(functions)) {
            if (decl.kind() == Declaration.Kind.METHOD) {
                PyBuiltinFunction f = PyBuiltinFunction.of(decl, module);
                dict.putStr(f.getName(), f);
            }
        }
    }
}
