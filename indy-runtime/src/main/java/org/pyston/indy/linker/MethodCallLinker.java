package org.pyston.indy.linker;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.pyston.builtins.runtime.Assumption;

import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.function.PyMethodDescriptor;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.Shape;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PySuper;
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
        if (recv instanceof PySuper s) return linkSuper(s);
        if (kwnames != null || !(recv instanceof PyObject po)) return null;
        PyType t = po.getType();
        if (!t.isBuiltin() || t.instanceClass() != recv.getClass()) return null;
        // a built-in type with its own attribute lookup (super) must not be linked by type alone
        if (t.lookup("__getattribute__") != PyType.OBJECT.lookup("__getattribute__")) return null;
        Object attr = t.lookup(name);
        if (!(attr instanceof PyMethodDescriptor md)) return null;
        MethodHandle h = md.positionalHandle(nargs);
        if (h == null) return null;
        return new GuardedTarget(h.asType(type), Guards.exactClass(type, 0, recv.getClass()), t.assumptionFor(name));
    }

    private static final MethodHandle IS_SUPER = Handles.findStatic(MethodCallLinker.class, "isSuper",
            MethodType.methodType(boolean.class, PyType.class, PyType.class, Object.class));
    private static final MethodHandle SUPER_OBJ = Handles.findStatic(MethodCallLinker.class, "superObject",
            MethodType.methodType(Object.class, Object.class));

    /**
     * {@code super().m(args)} in a method: the function found after {@code __thisclass__} in the
     * MRO of the instance's type, called with the instance first; no bound method, no look-up
     * along the MRO per call. Guarded on the super object's class pair (the look-up depends on
     * nothing else) and the start type's assumption for the name, which any change of the name
     * on a class of that MRO invalidates. {@code object}'s own methods ({@code super().__init__()}
     * reaching object) are linked too: they accept any receiver.
     */
    private GuardedTarget linkSuper(PySuper s) {
        PyType start = s.startType;
        if (start == null || s.obj == null || s.obj == start || name.equals("__class__")) return null;
        Assumption sp = start.assumptionFor(name);
        PyType[] mro = start.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != s.thisClass) i++;
        Object found = null;
        for (i++; i < mro.length && found == null; i++) found = mro[i].lookupLocal(name);
        MethodHandle h;
        Assumption[] sps;
        if (found instanceof PyFunction f) {
            h = kwnames == null ? f.positionalHandle(nargs + 1) : KeywordBinding.bind(f, nargs + 1, kwnames);
            sps = new Assumption[] {sp, f.assumption()};
        } else if (found instanceof PyMethodDescriptor md && kwnames == null && md.getOwner() == PyType.OBJECT) {
            h = md.positionalHandle(nargs);
            sps = new Assumption[] {sp};
        } else {
            return null;
        }
        if (h == null) return null;
        MethodHandle target = MethodHandles.filterArguments(h.asType(MethodType.genericMethodType(nargs + 1)), 0, SUPER_OBJ);
        MethodHandle guard = Guards.onArgument(type, 0, MethodHandles.insertArguments(IS_SUPER, 0, s.thisClass, start));
        return new GuardedTarget(target.asType(type), guard, sps);
    }

    public static boolean isSuper(PyType thisClass, PyType start, Object o) {
        return o instanceof PySuper s && s.thisClass == thisClass && s.startType == start && s.obj != start && s.obj != null;
    }

    public static Object superObject(Object s) {
        return ((PySuper) s).obj;
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
        Assumption[] sps = InstanceLayout.defaultProtocol(t, name, "__getattribute__");
        if (sps == null) return null;
        if (!(t.lookup(name) instanceof PyFunction f)) return null;
        MethodHandle h = kwnames == null ? f.positionalHandle(nargs + 1) : KeywordBinding.bind(f, nargs + 1, kwnames);
        if (h == null) return null;
        Assumption[] all = java.util.Arrays.copyOf(sps, sps.length + 1);
        all[sps.length] = f.assumption();
        return new GuardedTarget(h.asType(type), InstanceLayout.guard(type, t, shape), all);
    }
}
