package org.pyston.builtins.object;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyClassMethod;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.function.PyStaticMethod;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * Creates classes at run time ({@code class} statements and 3-argument {@code type()}): checks the
 * bases, picks the instance layout, computes the MRO, wraps {@code __new__} as a staticmethod and
 * {@code __init_subclass__}/{@code __class_getitem__} as classmethods, sets {@code __hash__} to None
 * when {@code __eq__} is defined without it, then calls {@code __set_name__} and the parent's
 * {@code __init_subclass__}.
 */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    /** {@code type(name, bases, namespace)}. */
    public static PyType newClass(String name, PyTuple bases, PyDict namespace) {
        PyType[] b = new PyType[bases.size() == 0 ? 1 : bases.size()];
        if (bases.size() == 0) {
            b[0] = PyType.OBJECT;
        }
        PyType.Layout layout = PyType.Layout.INSTANCE;
        for (int i = 0; i < bases.size(); i++) {
            Object o = bases.get(i);
            if (!(o instanceof PyType t)) {
                throw PyExceptions.typeError("bases must be types");
            }
            if (!t.isBaseType()) {
                throw PyExceptions.typeError("type '%s' is not an acceptable base type", t.getName());
            }
            for (int j = 0; j < i; j++) {
                if (b[j] == t) {
                    throw PyExceptions.typeError("duplicate base class %s", t.getName());
                }
            }
            if (t.layout() == PyType.Layout.BUILTIN) {
                throw PyExceptions.notImplementedError("subclassing built-in type '%s' is not supported yet", t.getName());
            }
            if (t.layout() == PyType.Layout.EXCEPTION) {
                layout = PyType.Layout.EXCEPTION;
            }
            b[i] = t;
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        String module = "__main__";
        String qualname = name;
        for (Object[] e : namespace.entries()) {
            if (!(e[0] instanceof PyStr k)) {
                continue;
            }
            Object v = e[1];
            switch (k.value) {
                case "__qualname__":
                    if (!(v instanceof PyStr q)) {
                        throw PyExceptions.typeError("type __qualname__ must be a str, not %s", TypeOps.typeName(v));
                    }
                    qualname = q.value;
                    continue;
                case "__module__":
                    module = v instanceof PyStr m ? m.value : Repr.str(v);
                    break;
                case "__new__":
                    if (v instanceof PyFunction) {
                        v = new PyStaticMethod(v);
                    }
                    break;
                case "__init_subclass__":
                case "__class_getitem__":
                    if (v instanceof PyFunction) {
                        v = new PyClassMethod(v);
                    }
                    break;
                default:
                    break;
            }
            ns.put(k.value, v);
        }
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) {
            ns.put("__hash__", PyNone.NONE);
        }
        ns.putIfAbsent("__doc__", PyNone.NONE);
        PyType t = PyType.userClass(name, module, b, layout, ns, qualname);
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            Object v = e.getValue();
            PyType vt = TypeOps.typeOf(v);
            if (!vt.isBuiltin()) {
                Object setName = vt.lookup("__set_name__");
                if (setName != null) {
                    CallOps.callWithSelf(setName, v, new Object[] {t, PyStr.of(e.getKey())}, null);
                }
            }
        }
        PyType parent = t.getMro().length > 1 ? t.getMro()[1] : null;
        if (parent != null) {
            Object init = parent.lookup("__init_subclass__");
            if (init != null && init != PyType.OBJECT.lookupLocal("__init_subclass__")) {
                CallOps.call(org.pyston.builtins.ops.AttributeOps.descriptorGet(init, null, t), new Object[0], null);
            }
        }
        return t;
    }
}
