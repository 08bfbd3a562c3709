package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.ops.AttributeOps;

/**
 * {@code getattr}, {@code setattr} and {@code delattr} sites; the attribute name is a static
 * argument bound into the generic handle.
 */
public final class AttributeLinker implements Linker {
    private final MethodHandle generic;

    public AttributeLinker(String op, String name, MethodType type) {
        String method = switch (op) {
            case "getattr" -> "getAttr";
            case "setattr" -> "setAttr";
            default -> "delAttr";
        };
        MethodType generic = type.generic().changeReturnType(type.returnType()).insertParameterTypes(1, String.class);
        MethodHandle h = Handles.findStatic(AttributeOps.class, method, generic);
        this.generic = MethodHandles.insertArguments(h, 1, name).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        return null;
    }
}
