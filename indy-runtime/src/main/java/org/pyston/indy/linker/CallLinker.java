package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.function.DirectCallable;
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
        if (kwnames != null || !(callee instanceof DirectCallable dc)) return null;
        MethodHandle h = dc.positionalHandle(nargs);
        if (h == null) return null;
        MethodHandle target = MethodHandles.dropArguments(h, 0, Object.class).asType(type);
        MethodHandle guard = Guards.identity(type, 0, callee);
        if (callee instanceof PyFunction f) return new GuardedTarget(target, guard, f.switchPoint());
        return new GuardedTarget(target, guard);
    }
}
