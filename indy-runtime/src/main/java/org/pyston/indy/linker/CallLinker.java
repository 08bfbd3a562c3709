package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.runtime.Assumption;

import org.pyston.builtins.exception.ExceptionMethods;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DirectCallable;
import org.pyston.builtins.function.PyBoundMethod;
import org.pyston.builtins.function.PyBuiltinFunction;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.function.PyStaticMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PySuper;
import org.pyston.builtins.object.SuperMethods;
import org.pyston.builtins.object.TypeCall;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.ops.CallOps;

/**
 * {@code call} sites: {@code f(a, b, k=c)} as {@code (callee, a, b, c)Object} with the keyword
 * names a static argument. A positional call to a function or built-in seen before links to the
 * callee's own handle behind an identity guard (and, for a Python function, the assumption that
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
        if (kwnames == null && callee instanceof PyType cls) {
            return cls.isBuiltin() ? linkBuiltinType(cls) : linkConstructor(cls);
        }
        if (kwnames == null && callee instanceof PyBoundMethod bm) return linkBoundMethod(bm);
        if (kwnames != null && callee instanceof PyFunction f) {
            // keyword call: the permutation and the missing defaults are decided now, once
            MethodHandle h = KeywordBinding.bind(f, nargs, kwnames);
            if (h == null) return null;
            return new GuardedTarget(MethodHandles.dropArguments(h, 0, Object.class).asType(type),
                    Guards.identity(type, 0, callee), f.assumption());
        }
        if (callee instanceof PyMethodDescriptor md) return kwnames == null ? linkDescriptorCall(md, args) : null;
        if (kwnames != null || !(callee instanceof DirectCallable dc)) return null;
        MethodHandle h = dc.positionalHandle(nargs);
        if (h == null) return null;
        MethodHandle target = MethodHandles.dropArguments(h, 0, Object.class).asType(type);
        MethodHandle guard = Guards.identity(type, 0, callee);
        if (callee instanceof PyFunction f) return new GuardedTarget(target, guard, f.assumption());
        return new GuardedTarget(target, guard);
    }

    private static final MethodHandle NEW_INSTANCE = Handles.findStatic(CallLinker.class, "newInstance",
            MethodType.methodType(Object.class, PyType.class));
    private static final MethodHandle CHECK_INIT_RESULT = Handles.findStatic(CallLinker.class, "checkInitResult",
            MethodType.methodType(void.class, Object.class));

    /**
     * {@code C(args)} for a Python class using object's __new__ and the default metaclass: allocate
     * the instance, call its {@code __init__} directly, return the instance. Guarded by the class's
     * identity and the assumptions of __new__, __init__ and __call__ (a metaclass could add one).
     */
    private GuardedTarget linkConstructor(PyType cls) {
        if (ExceptionMethods.constructsDirectly(cls)) return linkExceptionConstructor(cls);
        if (cls.isBuiltin() || cls.layout() != PyType.Layout.INSTANCE || cls.getType() != PyType.TYPE) return null;
        Assumption newSp = cls.assumptionFor("__new__"), initSp = cls.assumptionFor("__init__");
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
        return new GuardedTarget(target, Guards.identity(type, 0, cls), newSp, initSp, init.assumption());
    }

    private static final MethodHandle TYPE_OF = Handles.findStatic(TypeOps.class, "typeOf",
            MethodType.methodType(PyType.class, Object.class));
    private static final MethodHandle IS_EXACT_TYPE = Handles.findStatic(CallLinker.class, "isExactType",
            MethodType.methodType(boolean.class, PyType.class, Object.class));
    private static final MethodHandle FINISH = Handles.findStatic(TypeCall.class, "finish",
            MethodType.methodType(Object.class, PyType.class, Object.class, Object[].class, String[].class));

    /**
     * {@code range(n)}, {@code str(x)}, {@code list(it)}, {@code type(x)}: a built-in type with
     * metaclass type. Built-in types are immutable, so their {@code __new__} and {@code __init__}
     * are fixed: the target calls {@code __new__}'s Java implementation with the type, then, when
     * the result is exactly of that type (always, but for type's three-argument form), its own
     * {@code __init__} descriptor directly; any other result finishes as {@code type.__call__} does.
     */
    private GuardedTarget linkBuiltinType(PyType cls) {
        if (ExceptionMethods.constructsDirectly(cls)) return linkExceptionConstructor(cls);
        if (cls.getType() != PyType.TYPE) return null;
        MethodHandle guard = Guards.identity(type, 0, cls);
        if (cls == PyType.TYPE && nargs == 1) {
            return new GuardedTarget(MethodHandles.dropArguments(TYPE_OF, 0, Object.class).asType(type), guard);
        }
        if (cls == PySuper.TYPE && (nargs == 1 || nargs == 2)) {
            MethodHandle make = nargs == 2 ? SUPER_MAKE : MethodHandles.insertArguments(SUPER_MAKE, 1, (Object) null);
            return new GuardedTarget(MethodHandles.dropArguments(make, 0, Object.class).asType(type), guard);
        }
        Object newAttr = cls.lookup("__new__");
        if (newAttr instanceof PyStaticMethod sm) newAttr = sm.function;
        if (!(newAttr instanceof PyBuiltinFunction newFn)) return null;
        MethodHandle newHandle = newFn.builtinNewHandle(nargs + 1);
        if (newHandle == null) return null;
        MethodHandle create = MethodHandles.insertArguments(newHandle.asType(Handles.objects(nargs + 1)), 0, cls);
        MethodHandle returnSelf = MethodHandles.dropArguments(MethodHandles.identity(Object.class), 1,
                Handles.objects(nargs).parameterList());
        MethodHandle exactFinish;
        Object init = cls.lookup("__init__");
        if (init == PyType.OBJECT.lookup("__init__")) {
            // object.__init__ accepts the arguments when __new__ is overridden: nothing to do
            exactFinish = returnSelf;
        } else if (init instanceof PyMethodDescriptor md && md.getOwner().instanceClass() == cls.instanceClass()) {
            MethodHandle initHandle = md.positionalHandle(nargs);
            if (initHandle == null) return null;
            MethodHandle checkedInit = MethodHandles.filterReturnValue(initHandle.asType(Handles.objects(nargs + 1)),
                    CHECK_INIT_RESULT);
            exactFinish = MethodHandles.foldArguments(returnSelf, checkedInit);
        } else {
            return null;
        }
        MethodHandle otherFinish = MethodHandles.insertArguments(FINISH, 0, cls)
                .asType(MethodType.methodType(Object.class, Object.class, Object[].class, String[].class));
        otherFinish = MethodHandles.insertArguments(otherFinish, 2, (Object) null).asCollector(Object[].class, nargs);
        MethodHandle isExact = MethodHandles.dropArguments(MethodHandles.insertArguments(IS_EXACT_TYPE, 0, cls), 1,
                Handles.objects(nargs).parameterList());
        MethodHandle finish = MethodHandles.guardWithTest(isExact, exactFinish, otherFinish);
        MethodHandle construct = MethodHandles.foldArguments(finish, create);
        return new GuardedTarget(MethodHandles.dropArguments(construct, 0, Object.class).asType(type), guard);
    }

    public static boolean isExactType(PyType cls, Object o) {
        return TypeOps.typeOf(o) == cls;
    }

    private static final MethodHandle SUPER_MAKE = Handles.findStatic(SuperMethods.class, "make",
            MethodType.methodType(PySuper.class, Object.class, Object.class));
    private static final MethodHandle IS_BOUND_FUNCTION = Handles.findStatic(CallLinker.class, "isBoundFunction",
            MethodType.methodType(boolean.class, Object.class, Object.class));
    private static final MethodHandle IS_BOUND_DESCRIPTOR = Handles.findStatic(CallLinker.class, "isBoundDescriptor",
            MethodType.methodType(boolean.class, Object.class, Class.class, Object.class));
    private static final MethodHandle BOUND_SELF = Handles.findStatic(CallLinker.class, "boundSelf",
            MethodType.methodType(Object.class, Object.class));

    /**
     * {@code f = obj.method; f(x)} and callbacks: a bound method is called as its function with the
     * bound receiver first, guarded on the function's identity (not the bound method's, which is
     * new at each attribute read). For a built-in method the receiver's exact class is guarded as
     * well, as a {@code callmethod} site does.
     */
    private GuardedTarget linkBoundMethod(PyBoundMethod bm) {
        if (bm.function instanceof PyFunction f) {
            MethodHandle h = f.positionalHandle(nargs + 1);
            if (h == null) return null;
            MethodHandle target = MethodHandles.filterArguments(h.asType(Handles.objects(nargs + 1)), 0, BOUND_SELF);
            MethodHandle guard = Guards.onArgument(type, 0, MethodHandles.insertArguments(IS_BOUND_FUNCTION, 0, f));
            return new GuardedTarget(target.asType(type), guard, f.assumption());
        }
        if (bm.function instanceof PyMethodDescriptor md && bm.self instanceof PyObject po) {
            PyType t = po.getType();
            if (!t.isBuiltin() || t.instanceClass() != bm.self.getClass() || !t.isSubtype(md.getOwner())) return null;
            MethodHandle h = md.positionalHandle(nargs);
            if (h == null) return null;
            MethodHandle target = MethodHandles.filterArguments(h.asType(Handles.objects(nargs + 1)), 0, BOUND_SELF);
            MethodHandle guard = Guards.onArgument(type, 0,
                    MethodHandles.insertArguments(IS_BOUND_DESCRIPTOR, 0, md, bm.self.getClass()));
            return new GuardedTarget(target.asType(type), guard);
        }
        return null;
    }

    /**
     * {@code str.strip(s)}, {@code f(x)} with f = {@code str.upper}: a method descriptor called with
     * its receiver as the first argument. Its handle takes the receiver and the rest, so the site
     * guards the descriptor's identity and the receiver's exact class, checked at link time to be
     * a built-in type the descriptor applies to (anything else takes the generic path and its
     * "descriptor ... doesn't apply" TypeError).
     */
    private GuardedTarget linkDescriptorCall(PyMethodDescriptor md, Object[] args) {
        if (nargs == 0 || !(args[1] instanceof PyObject po)) return null;
        PyType t = po.getType();
        if (!t.isBuiltin() || t.instanceClass() != po.getClass() || !t.isSubtype(md.getOwner())) return null;
        MethodHandle h = md.positionalHandle(nargs - 1);
        if (h == null) return null;
        MethodHandle target = MethodHandles.dropArguments(h.asType(Handles.objects(nargs)), 0, Object.class);
        MethodHandle guard = Guards.and(Guards.identity(type, 0, md), Guards.exactClass(type, 1, po.getClass()));
        return new GuardedTarget(target.asType(type), guard);
    }

    public static boolean isBoundFunction(Object function, Object o) {
        return o instanceof PyBoundMethod bm && bm.function == function;
    }

    public static boolean isBoundDescriptor(Object function, Class<?> selfClass, Object o) {
        return o instanceof PyBoundMethod bm && bm.function == function && bm.self.getClass() == selfClass;
    }

    public static Object boundSelf(Object boundMethod) {
        return ((PyBoundMethod) boundMethod).self;
    }

    private static final MethodHandle CONSTRUCT_EXCEPTION = Handles.findStatic(ExceptionMethods.class, "construct",
            MethodType.methodType(PyBaseException.class, PyType.class, Object[].class));

    /**
     * {@code ValueError(i)}, {@code AppError("x")}: an exception class (built-in or Python) whose
     * __new__ and __init__ are BaseException's is constructed in one direct call, without the
     * generic type call's look-ups and argument copies. Guarded by the class's identity and the
     * assumptions of __new__ and __init__ (defining either on the class or a base relinks);
     * the metaclass is type, whose __call__ cannot change.
     */
    private GuardedTarget linkExceptionConstructor(PyType cls) {
        Assumption newSp = cls.assumptionFor("__new__"), initSp = cls.assumptionFor("__init__");
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
