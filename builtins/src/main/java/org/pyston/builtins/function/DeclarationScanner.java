package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;

/**
 * Turns {@link PyMethod}/{@link PyGetter}/{@link PySetter} declarations into descriptors: run once
 * per built-in type (lazily, from {@link PyType}) and once per built-in module.
 */
public final class DeclarationScanner {
    private DeclarationScanner() {
    }

    /** The Python name of a declared method: the annotation's, else the Java name minus one trailing '_'. */
    static String pythonName(Method m, PyMethod decl) {
        if (decl != null && !decl.name().isEmpty()) {
            return decl.name();
        }
        String n = m.getName();
        return n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
    }

    /** Adds the declarations of {@code methods} to the dictionary {@code dict} of built-in type {@code type}. */
    public static void scanType(PyType type, Class<?> methods, Map<String, Object> dict) {
        for (Method m : methods.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            PyMethod decl = m.getAnnotation(PyMethod.class);
            if (decl != null) {
                String name = pythonName(m, decl);
                if (decl.isStatic()) {
                    NativeSignature sig = new NativeSignature(name, type.getName() + "." + name, m, decl, false);
                    boolean wraps = name.equals("__new__") && type != PyType.OBJECT && type != PyType.TYPE
                            && type.layout() == PyType.Layout.BUILTIN;
                    dict.put(name, new PyStaticMethod(new PyBuiltinFunction(sig, "builtins", wraps ? type : null)));
                } else if (decl.isClass()) {
                    // the receiver of a class method is the class: check it as a type, not as an instance
                    dict.put(name, new PyClassMethod(PyMethodDescriptor.of(PyType.TYPE, m, decl, name)));
                } else {
                    dict.put(name, PyMethodDescriptor.of(type, m, decl, name));
                }
            }
            PyGetter g = m.getAnnotation(PyGetter.class);
            if (g != null) {
                PyGetSetDescriptor d = new PyGetSetDescriptor(g.value(), type, handle(m, 1));
                Object prev = dict.get(g.value());
                if (prev instanceof PyGetSetDescriptor p && p.owner == type) {
                    d.setter = p.setter;
                }
                dict.put(g.value(), d);
            }
        }
        if (methods.isAnnotationPresent(org.pyston.builtins.object.Unhashable.class)) {
            dict.put("__hash__", org.pyston.builtins.object.PyNone.NONE);
        }
        for (Method m : methods.getMethods()) {
            PySetter s = m.getAnnotation(PySetter.class);
            if (s != null && Modifier.isStatic(m.getModifiers())) {
                Object d = dict.get(s.value());
                if (!(d instanceof PyGetSetDescriptor gs) || gs.owner != type) {
                    throw new IllegalStateException("@PySetter without @PyGetter: " + m);
                }
                gs.setter = handle(m, 2).asType(MethodType.methodType(void.class, Object.class, Object.class));
            }
        }
    }

    /** Adds the declared functions of module class {@code functions} to {@code dict}. */
    public static void scanModule(Class<?> functions, String module, PyDict dict) {
        for (Method m : functions.getMethods()) {
            PyMethod decl = m.getAnnotation(PyMethod.class);
            if (decl != null && Modifier.isStatic(m.getModifiers())) {
                PyBuiltinFunction f = PyBuiltinFunction.of(m, module);
                dict.putStr(f.getName(), f);
            }
        }
    }

    private static MethodHandle handle(Method m, int arity) {
        try {
            MethodHandle h = MethodHandles.publicLookup().unreflect(m);
            if (arity == 1) {
                return h.asType(MethodType.methodType(Object.class, Object.class));
            }
            return h;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
