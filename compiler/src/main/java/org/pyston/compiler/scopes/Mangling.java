package org.pyston.compiler.scopes;

/**
 * Private name mangling: inside {@code class C}, an identifier {@code __x} (not ending in two
 * underscores, without a dot) means {@code _C__x}. CPython applies it to every name the scope
 * analysis sees (variables, parameters, function and class names, imports, global/nonlocal) and,
 * in the compiler, to attribute names ({@code self.__x}) and keyword-argument names too.
 *
 * <p>{@link Scope#lookup} expects mangled names (use {@link Scope#mangle}); the code generator must
 * also mangle attribute names, {@code import} bindings and keyword names itself, with
 * {@link Scope#privateClassName()} of the scope the code is in.
 */
public final class Mangling {
    private Mangling() {}

    /**
     * CPython's {@code _Py_Mangle}: {@code name} as spelled inside a class named {@code className}
     * (null when not inside any class: no mangling).
     */
    public static String mangle(String className, String name) {
        if (className == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name; // a class named only with underscores mangles nothing
        }
        return "_" + className.substring(start) + name;
    }
}
