package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;

/**
 * {@code callmethod} sites: {@code o.m(args)} as {@code (o, args...)Object} with the name and
 * keyword names static arguments; no bound-method object is made. For a built-in receiver class
 * the site links straight to the method's Java implementation behind a class guard.
 */
public final class MethodCallLinker implements Linker {
    private final MethodType type;
    private final String name;
    private final int nargs;
    private final String[] kwnames;
    private final MethodHandle generic;

    public MethodCallLinker(String name, String kwnames, MethodType type) {
        this.type = type;
        this.name = name;
        this.nargs = type.parameterCount() - 1;
        this.kwnames = kwnames.isEmpty() ? null : kwnames.split(",");
        MethodHandle call = Handles.findStatic(CallOps.class, "callMethod",
                MethodType.methodType(Object.class, Object.class, String.class, Object[].class, String[].class));
        MethodHandle bound = MethodHandles.insertArguments(MethodHandles.insertArguments(call, 3, (Object) this.kwnames), 1, name);
        this.generic = bound
                .asCollector(1, Object[].class, nargs).asType(type);
    }

    @Override
    public MethodHandle generic() {
        return generic;
    }

    @Override
    public GuardedTarget link(Object[] args) {
        Object recv = args[0];
        if (kwnames != null || !(recv instanceof PyObject po)) return null;
        PyType t = po.getType();
        if (!t.isBuiltin() || t.instanceClass() != recv.getClass()) return null;
        Object attr = t.lookup(name);
        if (!(attr instanceof PyMethodDescriptor md)) return null;
        MethodHandle h = md.positionalHandle(nargs);
        if (h == null) return null;
        return new GuardedTarget(h.asType(type), Guards.exactClass(type, 0, recv.getClass()), t.switchPointFor(name));
    }
}
