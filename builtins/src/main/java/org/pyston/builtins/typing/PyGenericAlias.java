package org.pyston.builtins.typing;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;

/**
 * {@code types.GenericAlias}: what {@code list[int]} evaluates to (PEP 585). It remembers its
 * origin and arguments, prints as {@code list[int]}, and calling it calls the origin.
 */
public final class PyGenericAlias implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    public static final PyType TYPE = PyType.builtinInModule("GenericAlias", "types", PyGenericAlias.class,
            GenericAliasMethods.class, true);

    final Object origin;
    final PyTuple args;

    public PyGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyTuple parameters;

    /** The type variables among the arguments, in order, without repeats (CPython's _Py_make_parameters). */
    PyTuple parameters() {
        PyTuple p = parameters;
        if (p == null) {
            java.util.List<Object> found = new java.util.ArrayList<>();
            for (Object a : args.items) {
                if (a instanceof PyType) {
                    continue;
                }
                if (TypeOps.typeOf(a).lookup("__typing_subst__") != null) {
                    addNew(found, a);
                } else {
                    Object sub = AttributeOps.lookupAttr(a, "__parameters__");
                    if (sub instanceof PyTuple t) {
                        for (Object x : t.items) {
                            addNew(found, x);
                        }
                    }
                }
            }
            p = PyTuple.wrap(found.toArray());
            parameters = p;
        }
        return p;
    }

    private static void addNew(java.util.List<Object> found, Object x) {
        for (Object f : found) {
            if (f == x) {
                return;
            }
        }
        found.add(x);
    }

    /** The arguments with {@code item} substituted for the parameters (CPython's _Py_subs_parameters). */
    PyTuple substitute(Object item) {
        PyTuple params = parameters();
        int n = params.items.length;
        if (n == 0) {
            throw PyExceptions.typeError("%s is not a generic class", Repr.repr(this));
        }
        for (Object p : params.items) {
            Object prepare = AttributeOps.lookupAttr(p, "__typing_prepare_subst__");
            if (prepare != null) {
                item = CallOps.call(prepare, new Object[] {this, item instanceof PyTuple ? item : PyTuple.of(item)}, null);
            }
        }
        Object[] given = item instanceof PyTuple t ? t.items : new Object[] {item};
        if (given.length != n) {
            throw PyExceptions.typeError("Too %s arguments for %s; actual %d, expected %d", given.length > n ? "many" : "few",
                    Repr.repr(this), given.length, n);
        }
        Object[] out = new Object[args.items.length];
        for (int i = 0; i < out.length; i++) {
            Object a = args.items[i];
            if (a instanceof PyType) {
                out[i] = a;
                continue;
            }
            Object subst = AttributeOps.lookupAttr(a, "__typing_subst__");
            if (subst != null) {
                out[i] = CallOps.call(subst, new Object[] {given[indexOf(params, a)]}, null);
                continue;
            }
            Object sub = AttributeOps.lookupAttr(a, "__parameters__");
            if (sub instanceof PyTuple t && t.items.length > 0) {
                Object[] inner = new Object[t.items.length];
                for (int j = 0; j < inner.length; j++) {
                    inner[j] = given[indexOf(params, t.items[j])];
                }
                out[i] = ItemOps.getItem(a, inner.length == 1 ? inner[0] : PyTuple.wrap(inner));
                continue;
            }
            out[i] = a;
        }
        return PyTuple.wrap(out);
    }

    private static int indexOf(PyTuple params, Object p) {
        for (int i = 0; i < params.items.length; i++) {
            if (params.items[i] == p) {
                return i;
            }
        }
        return 0;
    }
}
