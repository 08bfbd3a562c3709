package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import java.lang.invoke.SwitchPoint;

import org.pyston.builtins.exception.ExceptionMethods;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DirectCallable;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.ops.CallOps;

/**
 * {@code call} sites: {@code f(a, b, k=c)} as {@code (callee, a, b, c)Object} with the keyword
 * names a static argument. A positional call to a function or built-in seen before links to the
 * callee's own handle behind an identity guard (and, for a Python function, the switch point that
 * assignment to {@code __code__} or {@code __defaults__} invalidates): no argument array, no frame.
 */
public final class CallLinker implements Linker {
    private final MethodType type;
    private final int nargs;
    private final String[] kwnames;
    private final MethodHandle generic;

    public CallLinker(String kwnames, MethodType type) {
        this.type = type;
        this.nargs = type.parameterCount() - 1;
        this.kwnames = kwnames.isEmpty() ? null : kwnames.split(",");
        MethodHandle call = Handles.findStatic(CallOps.class, "call",
                MethodType.methodType(Object.class, Object.class, Object[].class, String[].class));
        this.generic = MethodHandles.insertArguments(call, 2, (Object) this.kwnames)
                .asCollector(Object[].class, nargs).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        Object callee = args[0];
        if (kwnames == null && callee instanceof PyType cls) return linkConstructor(cls);
        if (kwnames != null && callee instanceof PyFunction f) {
            // keyword call: the permutation and the missing defaults are decided now, once
            MethodHandle h = KeywordBinding.bind(f, nargs, kwnames);
            if (h == null) return null;
            return new GuardedTarget(MethodHandles.dropArguments(h, 0, Object.class).asType(type),
                    Guards.identity(type, 0, callee), f.switchPoint());
        }
        if (kwnames != null || !(callee instanceof DirectCallable dc)) return null;
        MethodHandle h = dc.positionalHandle(nargs);
        if (h == null) return null;
        MethodHandle target = MethodHandles.dropArguments(h, 0, Object.class).asType(type);
        MethodHandle guard = Guards.identity(type, 0, callee);
        if (callee instanceof PyFunction f) return new GuardedTarget(target, guard, f.switchPoint());
        return new GuardedTarget(target, guard);
    }

    private static final MethodHandle NEW_INSTANCE = Handles.findStatic(CallLinker.class, "newInstance",
            MethodType.methodType(Object.class, PyType.class));
    private static final MethodHandle CHECK_INIT_RESULT = Handles.findStatic(CallLinker.class, "checkInitResult",
            MethodType.methodType(void.class, Object.class));

    /**
     * {@code C(args)} for a Python class using object's __new__ and the default metaclass: allocate
     * the instance, call its {@code __init__} directly, return the instance. Guarded by the class's
     * identity and the switch points of __new__, __init__ and __call__ (a metaclass could add one).
     */
    private GuardedTarget linkConstructor(PyType cls) {
        if (ExceptionMethods.constructsDirectly(cls)) return linkExceptionConstructor(cls);
        if (cls.isBuiltin() || cls.layout() != PyType.Layout.INSTANCE || cls.getType() != PyType.TYPE) return null;
        SwitchPoint newSp = cls.switchPointFor("__new__"), initSp = cls.switchPointFor("__init__");
        if (cls.lookup("__new__") != PyType.OBJECT.lookup("__new__")) return null;
        if (!(cls.lookup("__init__") instanceof PyFunction init)) return null;
        MethodHandle initHandle = init.positionalHandle(nargs + 1);
        if (initHandle == null) return null;
        // (self, args...) -> init(self, args...) checked to return None, then self
        MethodHandle checkedInit = MethodHandles.filterReturnValue(initHandle, CHECK_INIT_RESULT);
        MethodHandle returnSelf = MethodHandles.dropArguments(MethodHandles.identity(Object.class), 1,
                initHandle.type().parameterList().subList(1, nargs + 1));
        MethodHandle initThenSelf = MethodHandles.foldArguments(returnSelf, checkedInit);
        MethodHandle alloc = MethodHandles.insertArguments(NEW_INSTANCE, 0, cls);
        MethodHandle construct = MethodHandles.foldArguments(initThenSelf, alloc);
        MethodHandle target = MethodHandles.dropArguments(construct, 0, Object.class).asType(type);
        return new GuardedTarget(target, Guards.identity(type, 0, cls), newSp, initSp, init.switchPoint());
    }

    private static final MethodHandle CONSTRUCT_EXCEPTION = Handles.findStatic(ExceptionMethods.class, "construct",
            MethodType.methodType(PyBaseException.class, PyType.class, Object[].class));

    /**
     * {@code ValueError(i)}, {@code AppError("x")}: an exception class (built-in or Python) whose
     * __new__ and __init__ are BaseException's is constructed in one direct call, without the
     * generic type call's look-ups and argument copies. Guarded by the class's identity and the
     * switch points of __new__ and __init__ (defining either on the class or a base relinks);
     * the metaclass is type, whose __call__ cannot change.
     */
    private GuardedTarget linkExceptionConstructor(PyType cls) {
        SwitchPoint newSp = cls.switchPointFor("__new__"), initSp = cls.switchPointFor("__init__");
        if (!ExceptionMethods.constructsDirectly(cls)) return null;
        MethodHandle construct = MethodHandles.insertArguments(CONSTRUCT_EXCEPTION, 0, cls)
                .asCollector(Object[].class, nargs);
        MethodHandle target = MethodHandles.dropArguments(construct, 0, Object.class).asType(type);
        return new GuardedTarget(target, Guards.identity(type, 0, cls), newSp, initSp);
    }

    public static Object newInstance(PyType cls) {
        return new PyInstance(cls);
    }

    public static void checkInitResult(Object r) {
        if (r != PyNone.NONE) {
            throw PyExceptions.typeError("__init__() should return None, not '%s'", TypeOps.typeName(r));
        }
    }
}
