package org.pyston.compiler.codegen;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.MethodVisitor;

/**
 * Emits the dynamic instructions: invokedynamic sites for every dynamic Python operation, and
 * constant-dynamic loads for Python constants. The indy name is the operation; names, call shapes
 * and operators travel as static bootstrap arguments (see indy-runtime's Bootstraps).
 */
final class Indy {
    private Indy() {}

    static final String O = RuntimeNames.OBJECT_DESC;

    /** {@code (Object × n)Object}. */
    static String objects(int n) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < n; i++) sb.append(O);
        return sb.append(")").append(O).toString();
    }

    static void site(MethodVisitor mv, String op, String descriptor, Object... staticArgs) {
        mv.visitInvokeDynamicInsn(op, descriptor, RuntimeNames.BOOTSTRAP, staticArgs);
    }

    /** Loads a constant built once per class by Bootstraps.constant (kind names what to build). */
    static void constant(MethodVisitor mv, String kind, String typeDesc, Object... args) {
        mv.visitLdcInsn(new ConstantDynamic(kind, typeDesc, RuntimeNames.CONSTANT, args));
    }

    static void str(MethodVisitor mv, String value) {
        constant(mv, "str", O, value);
    }
}
