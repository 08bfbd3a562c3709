package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import java.lang.invoke.SwitchPoint;

import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.Shape;
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
        if (recv instanceof PyInstance inst) return linkInstance(inst);
        // C.m(...) on a class object finds C's own attributes before its metaclass's: generic path
        if (recv instanceof PyType) return null;
        if (kwnames != null || !(recv instanceof PyObject po)) return null;
        PyType t = po.getType();
        if (!t.isBuiltin() || t.instanceClass() != recv.getClass()) return null;
        // a built-in type with its own attribute lookup (super) must not be linked by type alone
        if (t.lookup("__getattribute__") != PyType.OBJECT.lookup("__getattribute__")) return null;
        Object attr = t.lookup(name);
        if (!(attr instanceof PyMethodDescriptor md)) return null;
        MethodHandle h = md.positionalHandle(nargs);
        if (h == null) return null;
        return new GuardedTarget(h.asType(type), Guards.exactClass(type, 0, recv.getClass()), t.switchPointFor(name));
    }

    /**
     * A plain function found on the class of a Python instance: called directly with the receiver
     * as its first argument, behind the class-and-shape guard (the shape proves the instance has no
     * attribute of that name shadowing the method).
     */
    private GuardedTarget linkInstance(PyInstance inst) {
        PyType t = inst.getType();
        Shape shape = inst.shape();
        if (shape == null || shape.indexOf(name) >= 0) return null;
        SwitchPoint[] sps = InstanceLayout.defaultProtocol(t, name, "__getattribute__");
        if (sps == null) return null;
        if (!(t.lookup(name) instanceof PyFunction f)) return null;
        MethodHandle h = kwnames == null ? f.positionalHandle(nargs + 1) : KeywordBinding.bind(f, nargs + 1, kwnames);
        if (h == null) return null;
        SwitchPoint[] all = java.util.Arrays.copyOf(sps, sps.length + 1);
        all[sps.length] = f.switchPoint();
        return new GuardedTarget(h.asType(type), InstanceLayout.guard(type, t, shape), all);
    }
}
