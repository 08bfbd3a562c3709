package org.pyston.builtins.container;

import java.util.HashMap;
import java.util.Map;

import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * CPython's "struct sequence" ({@code sys.int_info}, {@code sys.float_info} ...): a tuple subclass
 * whose items are also reachable as named attributes and whose repr is
 * {@code module.name(field=value, ...)}. Instances are tuple-subclass instances (a
 * {@link PyInstance} wrapping a {@link PyTuple}), so indexing, slicing, unpacking and comparison
 * are the tuple's own.
 */
public final class StructSequence {
    private StructSequence() {}

    /** The field names of each struct-sequence type, in order (types are immutable once made). */
    private static final Map<PyType, String[]> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Makes the type {@code module.name} with the given field names. */
    public static PyType newType(String module, String name, String... fields) {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of(module));
        ns.putStr("__qualname__", PyStr.of(name));
        PyType t = PyType.newClass(name, PyTuple.of(PyTuple.TYPE), ns);
        Map<String, Object> methods = new HashMap<>();
        DeclarationScanner.scanType(t, Methods.class, methods);
        methods.forEach((k, v) -> AttributeOps.setAttr(t, k, v));
        AttributeOps.setAttr(t, "n_sequence_fields", PyInt.valueOf(fields.length));
        AttributeOps.setAttr(t, "n_fields", PyInt.valueOf(fields.length));
        AttributeOps.setAttr(t, "n_unnamed_fields", PyInt.valueOf(0));
        FIELDS.put(t, fields.clone());
        return t;
    }

    /** An instance of {@code type} (made by {@link #newType}) holding {@code values} in field order. */
    public static PyInstance of(PyType type, Object... values) {
        String[] fields = FIELDS.get(type);
        if (fields == null || fields.length != values.length) {
            throw new IllegalArgumentException("not a struct sequence of " + values.length + " fields: " + type);
        }
        PyInstance inst = new PyInstance(type, PyTuple.of(values.clone()));
        for (int i = 0; i < fields.length; i++) {
            inst.setAttribute(fields[i], values[i]);
        }
        return inst;
    }

    /** The methods every struct-sequence type adds to tuple's. */
    public static final class Methods {
        private Methods() {}

        @PyMethod(name = "__repr__")
        public static Object repr(Object self) {
            PyType t = TypeOps.typeOf(self);
            String[] fields = FIELDS.get(t);
            PyTuple items = (PyTuple) PyInstance.unwrap(self);
            Object module = t.lookup("__module__");
            StringBuilder sb = new StringBuilder();
            if (module instanceof PyStr m && !m.value.equals("builtins")) {
                sb.append(m.value).append('.');
            }
            sb.append(t.getName()).append('(');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields != null && i < fields.length ? fields[i] : "?").append('=')
                        .append(Repr.repr(items.items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        }
    }
}
