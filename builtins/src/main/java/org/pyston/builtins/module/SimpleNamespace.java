package org.pyston.builtins.module;

import java.util.HashMap;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code types.SimpleNamespace} (the type of {@code sys.implementation}): an object whose
 * attributes are the keyword arguments it was made with, printed as {@code namespace(a=1)}.
 * A class over {@code object}, so instances keep attributes in their own dict and can be subclassed.
 */
public final class SimpleNamespace {
    private SimpleNamespace() {}

    public static final PyType TYPE = makeType();

    private static PyType makeType() {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of("types"));
        ns.putStr("__qualname__", PyStr.of("SimpleNamespace"));
        PyType t = PyType.newClass("SimpleNamespace", PyTuple.of(PyType.OBJECT), ns);
        Map<String, Object> methods = new HashMap<>();
        DeclarationScanner.scanType(t, SimpleNamespace.class, methods);
        methods.forEach((k, v) -> AttributeOps.setAttr(t, k, v));
        return t;
    }

    /** A new namespace with {@code attrs} (name, value pairs) set. */
    public static Object of(Object... attrs) {
        PyInstance n = new PyInstance(TYPE);
        for (int i = 0; i < attrs.length; i += 2) {
            n.setAttribute((String) attrs[i], attrs[i + 1]);
        }
        return n;
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(Object self, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw > 0) {
            throw PyExceptions.typeError("no positional arguments expected");
        }
        for (int i = 0; i < nkw; i++) {
            AttributeOps.setAttr(self, kwnames[i], args[args.length - nkw + i]);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(Object self) {
        PyType t = TypeOps.typeOf(self);
        String name = t == TYPE ? "namespace" : t.getName();
        // a namespace that contains itself shows as name(...) inside (CPython's Py_ReprEnter)
        java.util.IdentityHashMap<Object, Boolean> active = org.pyston.builtins.runtime.ThreadState.current().reprActive();
        if (active.containsKey(self)) {
            return PyStr.of(name + "(...)");
        }
        active.put(self, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            PyDict d = ((PyInstance) self).getDict();
            boolean first = true;
            for (Object k : IterOps.toArray(d)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Repr.str(k)).append('=').append(Repr.repr(d.get(k)));
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            active.remove(self);
        }
    }

    @PyMethod(name = "__eq__")
    public static Object eq(Object self, Object other) {
        if (!(other instanceof PyInstance o) || !TypeOps.typeOf(other).isSubtype(TYPE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(CompareOps.eqBool(((PyInstance) self).getDict(), o.getDict()));
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(Object self) {
        return PyTuple.of(TypeOps.typeOf(self), PyTuple.EMPTY, ((PyInstance) self).getDict());
    }
}
