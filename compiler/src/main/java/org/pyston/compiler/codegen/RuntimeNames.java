package org.pyston.compiler.codegen;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * JVM names of the runtime classes that generated code refers to, in one place. Generated code
 * sees only these: the bootstrap entry points in indy-runtime, the support routines that are not
 * dynamic operations, and a handful of built-in value classes.
 */
final class RuntimeNames {
    private RuntimeNames() {}

    static final String OBJECT = "java/lang/Object";
    static final String OBJECT_DESC = "Ljava/lang/Object;";
    static final String STRING = "java/lang/String";
    static final String THROWABLE = "java/lang/Throwable";

    static final String PY_BASE_EXCEPTION = "org/pyston/builtins/exception/PyBaseException";
    static final String PY_CELL = "org/pyston/builtins/function/PyCell";
    static final String PY_CELL_ARRAY = "[L" + PY_CELL + ";";
    static final String PY_CODE = "org/pyston/builtins/function/PyCode";
    static final String PY_DICT = "org/pyston/builtins/container/PyDict";
    static final String PY_TUPLE = "org/pyston/builtins/container/PyTuple";
    static final String PY_NONE = "org/pyston/builtins/object/PyNone";
    static final String PY_BOOL = "org/pyston/builtins/number/PyBool";
    static final String PY_ELLIPSIS = "org/pyston/builtins/object/PyEllipsis";

    static final String BOOTSTRAPS = "org/pyston/indy/Bootstraps";
    static final String BUILDERS = "org/pyston/indy/support/Builders";
    static final String EXCEPTIONS = "org/pyston/indy/support/ExceptionSupport";
    static final String FUNCTIONS = "org/pyston/indy/support/FunctionSupport";
    static final String NAMES = "org/pyston/indy/support/NameSupport";
    static final String IMPORTS = "org/pyston/indy/support/ImportSupport";

    /** Name of the static field of a module class that holds the module's globals dict. */
    static final String GLOBALS_FIELD = "$globals";

    /** The single bootstrap method of every dynamic operation site. */
    static final Handle BOOTSTRAP = new Handle(Opcodes.H_INVOKESTATIC, BOOTSTRAPS, "bootstrap",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
            false);

    /** The bootstrap of constant-dynamic entries (Python constants, code objects). */
    static final Handle CONSTANT = new Handle(Opcodes.H_INVOKESTATIC, BOOTSTRAPS, "constant",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;[Ljava/lang/Object;)Ljava/lang/Object;",
            false);
}
