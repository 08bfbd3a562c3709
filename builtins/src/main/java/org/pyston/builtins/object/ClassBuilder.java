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
 * bases, picks the metaclass and the instance layout, computes the MRO, wraps {@code __new__} as a
 * staticmethod and {@code __init_subclass__}/{@code __class_getitem__} as classmethods, sets
 * {@code __hash__} to None when {@code __eq__} is defined without it, sets up {@code __slots__},
 * then calls {@code __set_name__} and the parent's {@code __init_subclass__}.
 *
 * <p>Layouts: every class has a "solid base", the built-in type that decides what Java object its
 * instances are. {@code object}: a plain {@link PyInstance}; an exception type: a
 * {@code PyBaseException}; {@code type}: a {@link PyType} (a metaclass); any other built-in type
 * (int, str, list, dict ...): a {@link PyInstance} that holds a value of that built-in type
 * ({@link PyInstance#builtinValue()}), so the built-in's methods work on the held value while the
 * instance keeps its Python class, attributes and overrides. Bases whose solid bases are not on one
 * inheritance line conflict, as in CPython.
 */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    /** {@code type(name, bases, namespace)} with the default metaclass. */
    public static PyType newClass(String name, PyTuple bases, PyDict namespace) {
        return newClass(PyType.TYPE, name, bases, namespace, null, null);
    }

    /**
     * {@code type.__new__(meta, name, bases, namespace, **kw)}; the keyword arguments (values
     * {@code kwValues}, names {@code kwNames}, both may be null) go to {@code __init_subclass__}.
     */
    public static PyType newClass(PyType meta, String name, PyTuple bases, PyDict namespace, Object[] kwValues,
                                  String[] kwNames) {
        PyType winner = winnerMetaclass(meta, bases.items);
        PyType[] b = new PyType[bases.size() == 0 ? 1 : bases.size()];
        if (bases.size() == 0) {
            b[0] = PyType.OBJECT;
        }
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
            b[i] = t;
        }
        PyType solid = PyType.OBJECT;
        for (PyType t : b) {
            PyType s = solidBase(t);
            if (s.isSubtype(solid)) {
                solid = s;
            } else if (!solid.isSubtype(s)) {
                throw PyExceptions.typeError("multiple bases have instance lay-out conflict");
            }
        }
        PyType.Layout layout;
        Class<?> instanceClass;
        PyType builtinBase = null;
        if (solid == PyType.OBJECT) {
            layout = PyType.Layout.INSTANCE;
            instanceClass = PyInstance.class;
        } else if (solid.layout() == PyType.Layout.EXCEPTION) {
            layout = PyType.Layout.EXCEPTION;
            instanceClass = solid.instanceClass();
        } else if (solid.isSubtype(PyType.TYPE)) {
            layout = PyType.Layout.BUILTIN;
            instanceClass = PyType.class;
        } else {
            layout = PyType.Layout.INSTANCE;
            instanceClass = PyInstance.class;
            builtinBase = solid;
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        String module = "__main__";
        String qualname = name;
        for (Object[] e : namespace.entries()) {
            if (!(e[0] instanceof PyStr k)) {
                continue;
            }
            Object v = e[1];
            switch (k.value()) {
                case "__qualname__":
                    if (!(v instanceof PyStr q)) {
                        throw PyExceptions.typeError("type __qualname__ must be a str, not %s", TypeOps.typeName(v));
                    }
                    qualname = q.value();
                    continue;
                case "__module__":
                    module = v instanceof PyStr m ? m.value() : Repr.str(v);
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
            ns.put(k.value(), v);
        }
        if (!ns.containsKey("__module__")) {
            // type(name, bases, dict) without one: the calling code's module, as CPython's type_new
            PyDict callerGlobals = org.pyston.builtins.exception.FrameWalker.callerGlobals();
            Object callerName = callerGlobals == null ? null : callerGlobals.getStr("__name__");
            if (callerName != null) {
                ns.put("__module__", callerName);
                module = callerName instanceof PyStr m ? m.value() : Repr.str(callerName);
            }
        }
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) {
            ns.put("__hash__", PyNone.NONE);
        }
        boolean slotted = ns.containsKey("__slots__");
        if (slotted) {
            SlotsLayout.declare(name, b, ns, builtinBase != null || layout != PyType.Layout.INSTANCE);
        }
        // after the slot check: a '__doc__' slot (typing._SpecialForm) replaces this default
        boolean defaultDoc = !ns.containsKey("__doc__");
        ns.putIfAbsent("__doc__", PyNone.NONE);
        PyType t = PyType.userClass(winner, name, module, b, layout, instanceClass, builtinBase, ns, qualname);
        TypeMro.applyCustom(t);
        if (slotted) {
            SlotsLayout.bind(t, ns);
        }
        SlotsLayout.finish(t, ns, slotted, defaultDoc);
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            Object v = e.getValue();
            if (v instanceof String) {
                continue;
            }
            PyType vt = TypeOps.typeOf(v);
            Object setName = vt.lookup("__set_name__");
            if (setName != null) {
                try {
                    CallOps.callWithSelf(setName, v, new Object[] {t, PyStr.of(e.getKey())}, null);
                } catch (org.pyston.builtins.exception.PyBaseException err) {
                    // CPython 3.11 wraps the failure, chained from the original (_PyErr_FormatFromCause).
                    org.pyston.builtins.exception.PyBaseException wrapped = PyExceptions.runtimeError(
                            "Error calling __set_name__ on '%s' instance %s in '%s'", vt.getName(),
                            org.pyston.builtins.ops.Repr.repr(PyStr.of(e.getKey())), t.getName());
                    wrapped.setPyCause(err);
                    wrapped.setSuppressContext(true);
                    wrapped.setContext(err);
                    throw wrapped;
                }
            }
        }
        Object init = SuperMethods.lookup(new PySuper(t, t, t), "__init_subclass__");
        if (init != null) {
            CallOps.call(init, kwValues == null ? new Object[0] : kwValues, kwNames);
        }
        return t;
    }

    /**
     * The built-in exception types whose CPython instances carry fields of their own (so two of
     * them cannot both be bases); the others share BaseException's layout, as
     * {@code class UnsupportedOperation(OSError, ValueError)} needs.
     */
    private static final java.util.Set<String> EXTRA_FIELDS = java.util.Set.of("OSError", "SyntaxError",
            "ImportError", "StopIteration", "SystemExit", "UnicodeEncodeError", "UnicodeDecodeError",
            "UnicodeTranslateError", "AttributeError", "NameError", "BaseExceptionGroup");

    /** The built-in type that decides the Java layout of instances of {@code t} (see class comment). */
    static PyType solidBase(PyType t) {
        if (t.builtinBase() != null) {
            return t.builtinBase();
        }
        if (t.layout() == PyType.Layout.EXCEPTION) {
            PyType s = t;
            while (!s.isBuiltin() || !(s.getBase() == PyType.OBJECT || EXTRA_FIELDS.contains(s.getName()))) {
                s = s.getBase();
            }
            return s;
        }
        if (t.isSubtype(PyType.TYPE)) {
            return PyType.TYPE;
        }
        if (t.layout() == PyType.Layout.BUILTIN) {
            return t;
        }
        return PyType.OBJECT;
    }

    /**
     * CPython's metaclass calculation: the most derived of {@code meta} and the metaclasses of the
     * bases; a conflict when they are not on one inheritance line.
     */
    public static PyType winnerMetaclass(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = TypeOps.typeOf(b);
            if (winner.isSubtype(bt)) {
                continue;
            }
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw PyExceptions.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code object.__init_subclass__}: accepts no keyword arguments. */
    static void checkNoSubclassKeywords(Object cls, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("%s.__init_subclass__() takes no keyword arguments",
                    cls instanceof PyType t ? t.getName() : Repr.str(cls));
        }
    }

}
