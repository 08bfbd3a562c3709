package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PySetter;

/**
 * One {@link PyMethod}, {@link PyGetter} or {@link PySetter} declaration of a Java class, as plain
 * data: which static method, and what its annotation says. Read from the class's build-time
 * {@link DeclarationIndex} when there is one (no reflection, no annotation parsing), otherwise by
 * reflection ({@link #reflect}), which is also what the index is written from.
 *
 * @param kind           what the method declares
 * @param owner          the class declaring the Java method
 * @param javaName       the Java method's name
 * @param descriptor     the Java method's JVM descriptor, e.g. {@code (Ljava/lang/Object;)Ljava/lang/Object;}
 * @param parameterCount the Java method's parameter count
 * @param name           the Python name (for a getter or setter, the attribute's name)
 * @param required       {@link PyMethod#required()}; -1 for getters and setters
 * @param general        {@link PyMethod#general()}
 * @param isStatic       {@link PyMethod#isStatic()}
 * @param isClass        {@link PyMethod#isClass()}
 * @param wholeSelf      {@link PyMethod#wholeSelf()}
 * @param tupleArity     {@link PyMethod#tupleArity()}
 */
public record Declaration(Kind kind, Class<?> owner, String javaName, String descriptor, int parameterCount,
        String name, int required, boolean general, boolean isStatic, boolean isClass, boolean wholeSelf,
        boolean tupleArity) {

    /** The annotation a declaration comes from. */
    public enum Kind {
        METHOD, GETTER, SETTER
    }

    /**
     * The declarations of {@code c} in the order the scan applies them: methods and getters, then
     * setters (a setter completes the getter of its name). Within each group, the class's own
     * methods before inherited ones, nearest superclass first, so that where both declare a name
     * the inherited declaration (a shared slots class such as {@code ContainerSlots}) is the one
     * kept, as HotSpot's {@link Class#getMethods()} order gave before; then by Java name and
     * descriptor, because {@code getMethods()} has no specified order.
     */
    public static List<Declaration> reflect(Class<?> c) {
        List<Declaration> out = new ArrayList<>();
        Method[] methods = c.getMethods();
        Arrays.sort(methods, Comparator.comparingInt((Method m) -> -depth(m.getDeclaringClass()))
                .thenComparing(Method::getName).thenComparing(Declaration::descriptorOf));
        for (Method m : methods) {
            if (!Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            PyMethod decl = m.getAnnotation(PyMethod.class);
            if (decl != null) {
                out.add(new Declaration(Kind.METHOD, m.getDeclaringClass(), m.getName(), descriptorOf(m),
                        m.getParameterCount(), pythonName(m, decl), decl.required(), decl.general(),
                        decl.isStatic(), decl.isClass(), decl.wholeSelf(), decl.tupleArity()));
            }
            PyGetter g = m.getAnnotation(PyGetter.class);
            if (g != null) {
                out.add(accessor(Kind.GETTER, m, g.value()));
            }
        }
        for (Method m : methods) {
            PySetter s = m.getAnnotation(PySetter.class);
            if (s != null && Modifier.isStatic(m.getModifiers())) {
                out.add(accessor(Kind.SETTER, m, s.value()));
            }
        }
        return out;
    }

    /** How many superclasses {@code c} has. */
    private static int depth(Class<?> c) {
        int n = 0;
        for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
            n++;
        }
        return n;
    }

    private static Declaration accessor(Kind kind, Method m, String attribute) {
        return new Declaration(kind, m.getDeclaringClass(), m.getName(), descriptorOf(m), m.getParameterCount(),
                attribute, -1, false, false, false, false, false);
    }

    /** The Python name of a declared method: the annotation's, else the Java name minus one trailing '_'. */
    private static String pythonName(Method m, PyMethod decl) {
        if (!decl.name().isEmpty()) {
            return decl.name();
        }
        String n = m.getName();
        return n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
    }

    private static String descriptorOf(Method m) {
        return MethodType.methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString();
    }

    /** A direct handle of the declared Java method (resolved now: callers make it when first needed). */
    public MethodHandle handle() {
        try {
            MethodType type = MethodType.fromMethodDescriptorString(descriptor, owner.getClassLoader());
            return MethodHandles.publicLookup().findStatic(owner, javaName, type);
        } catch (ReflectiveOperationException | TypeNotPresentException e) {
            throw new IllegalStateException("built-in " + owner.getName() + "." + javaName + descriptor
                    + " cannot be linked (is it public? is the declaration index stale?)", e);
        }
    }

    /** The Java method, for messages. */
    @Override
    public String toString() {
        return kind + " " + name + " = " + owner.getName() + "." + javaName + descriptor;
    }
}
