package org.pyston.builtins.container;

import java.util.HashMap;
import java.util.Map;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * CPython's struct sequences ({@code sys.flags}, {@code sys.version_info}, {@code time.struct_time},
 * {@code os.stat_result} ...): tuple subclasses whose first {@code n_sequence_fields} fields index
 * like a tuple, while every field (including the extra, unindexed ones) is a read-only attribute.
 *
 * <p>A type is a Python class over {@code tuple}; an instance wraps the tuple of the visible
 * fields and keeps every field as an instance attribute too, written once at creation.
 */
public final class StructSequence {
    private StructSequence() {}

    /** What a struct-sequence type was defined with, by type. */
    private static final Map<PyType, Layout> LAYOUTS = new java.util.concurrent.ConcurrentHashMap<>();

    private record Layout(String qualifiedName, String[] fields, int visible) {}

    /**
     * Defines {@code module.name} with {@code fields}, of which the first {@code visible} are the
     * tuple items. {@code qualifiedName} is what repr() prints before the parenthesis
     * ({@code "sys.flags"}, {@code "os.stat_result"}).
     */
    public static PyType define(String module, String name, String qualifiedName, String[] fields, int visible) {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of(module));
        ns.putStr("__qualname__", PyStr.of(name));
        PyType t = PyType.newClass(name, PyTuple.of(PyTuple.TYPE), ns);
        Map<String, Object> methods = new HashMap<>();
        DeclarationScanner.scanType(t, Methods.class, methods);
        methods.forEach((k, v) -> AttributeOps.setAttr(t, k, v));
        Object[] matchArgs = new Object[visible];
        for (int i = 0; i < visible; i++) {
            matchArgs[i] = PyStr.of(fields[i]);
        }
        AttributeOps.setAttr(t, "__match_args__", PyTuple.wrap(matchArgs));
        AttributeOps.setAttr(t, "n_sequence_fields", PyInt.valueOf(visible));
        AttributeOps.setAttr(t, "n_fields", PyInt.valueOf(fields.length));
        AttributeOps.setAttr(t, "n_unnamed_fields", PyInt.valueOf(0));
        LAYOUTS.put(t, new Layout(qualifiedName, fields.clone(), visible));
        return t;
    }

    /** An instance of struct-sequence type {@code t} with one value per field (nulls become None). */
    public static Object make(PyType t, Object... values) {
        Layout l = layout(t);
        if (values.length != l.fields.length) {
            throw new IllegalArgumentException(l.qualifiedName + " takes " + l.fields.length + " values");
        }
        Object[] items = new Object[l.visible];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = PyNone.NONE;
            }
            if (i < l.visible) {
                items[i] = values[i];
            }
        }
        PyInstance r = new PyInstance(t, PyTuple.wrap(items));
        for (int i = 0; i < values.length; i++) {
            r.setAttribute(l.fields[i], values[i]);
        }
        return r;
    }

    private static Layout layout(PyType t) {
        for (PyType c = t; c != null; c = c.getBases().length > 0 ? c.getBases()[0] : null) {
            Layout l = LAYOUTS.get(c);
            if (l != null) {
                return l;
            }
        }
        throw PyExceptions.typeError("'%s' is not a struct sequence type", t.getName());
    }

    /** The methods every struct-sequence type has. */
    public static final class Methods {
        private Methods() {}

        /** {@code T(sequence, dict=None)}: visible fields from the sequence, the rest from it or the dict. */
        @PyMethod(name = "__new__", isStatic = true, required = 2)
        public static Object new_(Object cls, Object sequence, Object dict) {
            PyType t = (PyType) cls;
            Layout l = layout(t);
            Object[] given = IterOps.toArray(sequence);
            int n = given.length;
            String name = l.qualifiedName;
            if (n < l.visible) {
                throw PyExceptions.typeError("%s() takes an at least %d-sequence (%d-sequence given)", name, l.visible, n);
            }
            if (n > l.fields.length) {
                throw PyExceptions.typeError("%s() takes an at most %d-sequence (%d-sequence given)", name, l.fields.length, n);
            }
            Object[] values = new Object[l.fields.length];
            System.arraycopy(given, 0, values, 0, n);
            for (int i = n; i < values.length; i++) {
                Object v = dict instanceof PyDict d ? d.getStr(l.fields[i]) : null;
                values[i] = v == null ? PyNone.NONE : v;
            }
            return make(t, values);
        }

        @PyMethod(name = "__setattr__")
        public static Object setattr(Object self, Object name, Object value) {
            throw PyExceptions.attributeError("readonly attribute");
        }

        @PyMethod(name = "__delattr__")
        public static Object delattr(Object self, Object name) {
            throw PyExceptions.attributeError("readonly attribute");
        }

        @PyMethod(name = "__repr__")
        public static Object repr(Object self) {
            Layout l = layout(TypeOps.typeOf(self));
            Object[] items = ((PyTuple) PyInstance.unwrap(self)).items;
            StringBuilder sb = new StringBuilder(l.qualifiedName).append('(');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(l.fields[i]).append('=').append(Repr.repr(items[i]));
            }
            return PyStr.of(sb.append(')').toString());
        }

        /** Pickles as {@code (type, (visible_tuple, {extra fields}))}, as CPython's structseq_reduce. */
        @PyMethod(name = "__reduce__")
        public static Object reduce(Object self) {
            PyType t = TypeOps.typeOf(self);
            Layout l = layout(t);
            PyDict extra = new PyDict();
            for (int i = l.visible; i < l.fields.length; i++) {
                extra.putStr(l.fields[i], ((PyInstance) self).getAttribute(l.fields[i]));
            }
            PyTuple visible = PyTuple.wrap(((PyTuple) PyInstance.unwrap(self)).items.clone());
            return PyTuple.of(t, PyTuple.of(visible, extra));
        }
    }
}
