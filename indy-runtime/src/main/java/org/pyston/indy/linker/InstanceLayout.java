package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyston.builtins.runtime.Assumption;

import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.object.Shape;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.TypeOps;

/**
 * What the attribute and method-call linkers need to know about instances of Python classes: the
 * guard "instance of exactly this class with exactly this shape", and whether the class uses the
 * default attribute protocol (no __getattribute__/__setattr__ of its own) for a given name, with
 * the assumptions that keep that answer true.
 */
public final class InstanceLayout {
    private InstanceLayout() {}

    private static final MethodHandle IS_LAYOUT = Handles.findStatic(InstanceLayout.class, "isLayout",
            MethodType.methodType(boolean.class, PyType.class, Shape.class, Object.class));

    public static boolean isLayout(PyType type, Shape shape, Object o) {
        return o instanceof PyInstance i && i.getType() == type && i.shape() == shape;
    }

    private static final MethodHandle IS_INSTANCE_OF = Handles.findStatic(InstanceLayout.class, "isInstanceOf",
            MethodType.methodType(boolean.class, PyType.class, Object.class));

    public static boolean isInstanceOf(PyType type, Object o) {
        return o instanceof PyInstance i && i.getType() == type;
    }

    /** Guard on argument 0: a PyInstance of exactly {@code type}, whatever its attributes. */
    static MethodHandle typeGuard(MethodType siteType, PyType type) {
        return Guards.onArgument(siteType, 0, MethodHandles.insertArguments(IS_INSTANCE_OF, 0, type));
    }

    /** Guard on argument 0: a PyInstance of {@code type} whose attributes are laid out by {@code shape}. */
    static MethodHandle guard(MethodType siteType, PyType type, Shape shape) {
        return Guards.onArgument(siteType, 0, MethodHandles.insertArguments(IS_LAYOUT, 0, type, shape));
    }

    /**
     * Switch points under which {@code type}'s handling of {@code name} stays what the linker saw:
     * the name itself and the attribute hook {@code hook} ("__getattribute__" or "__setattr__"),
     * or null when the class overrides the hook (then only the generic path is right).
     */
    static Assumption[] defaultProtocol(PyType type, String name, String hook) {
        Assumption forName = type.assumptionFor(name);
        Assumption forHook = type.assumptionFor(hook);
        if (type.lookup(hook) != PyType.OBJECT.lookup(hook)) return null;
        return new Assumption[] {forName, forHook};
    }

    static boolean isDataDescriptor(Object classAttr) {
        return classAttr != null && AttributeOps.isDataDescriptor(classAttr);
    }

    /** True when the class attribute is a plain value: no __get__, so it is returned as is. */
    static boolean isPlainValue(Object classAttr) {
        return TypeOps.typeOf(classAttr).lookup("__get__") == null;
    }
}
