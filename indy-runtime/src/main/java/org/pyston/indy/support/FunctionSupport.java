package org.pyston.indy.support;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCell;
import org.pyston.builtins.function.PyCode;
import org.pyston.builtins.function.PyFunction;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * Definitions and calls that are not call sites: making function objects at {@code def} time,
 * building classes ({@code __build_class__}), and calls with {@code *args}/{@code **kwargs}.
 */
public final class FunctionSupport {
    private FunctionSupport() {}

    /**
     * A {@code def} or {@code lambda} being executed: defaults (a tuple or null), keyword-only
     * defaults (a dict or null) and annotations (a dict or null) were evaluated by the caller.
     */
    public static Object makeFunction(PyCode code, PyDict globals, Object defaults, Object kwdefaults,
                                      Object annotations, PyCell[] closure, Object doc) {
        PyFunction f = new PyFunction(code, globals, (PyTuple) defaults, (PyDict) kwdefaults, closure, code.qualname);
        if (annotations != null) AttributeOps.setAttr(f, "__annotations__", annotations);
        if (doc != null) AttributeOps.setAttr(f, "__doc__", doc);
        return f;
    }

    /**
     * How CPython names a callable in call errors ({@code _PyObject_FunctionStr}): "module.qualname()"
     * for functions outside builtins, "qualname()" for built-ins, else the type's name plus " object".
     */
    public static String functionStr(Object callee) {
        if (callee instanceof PyFunction f) {
            Object m = f.getGlobals() == null ? null : f.getGlobals().getStr("__name__");
            String mod = m instanceof PyStr s ? s.value : null;
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + f.getQualname() + "()";
        }
        Object q = AttributeOps.lookupAttr(callee, "__qualname__");
        if (q instanceof PyStr qs) {
            Object m = AttributeOps.lookupAttr(callee, "__module__");
            String mod = m instanceof PyStr ms ? ms.value : null;
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + qs.value + "()";
        }
        return TypeOps.typeName(callee) + " object";
    }

    /**
     * A {@code class} statement: picks the metaclass (the {@code metaclass} keyword, else the most
     * derived type of the bases), runs the body against a fresh namespace, calls the metaclass,
     * and fills the {@code __class__} cell used by zero-argument super().
     */
    public static Object buildClass(String name, String qualname, PyDict globals, Object bases, Object kwargs,
                                    MethodHandle body, PyCell[] closure) throws Throwable {
        PyTuple baseTuple = (PyTuple) bases;
        Object meta = null;
        List<Object> kwValues = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        if (kwargs != null) {
            PyDict kw = (PyDict) kwargs;
            for (Object k : kw.keysArray()) {
                String key = ((PyStr) k).value;
                if (key.equals("metaclass")) meta = kw.get(k);
                else {
                    kwNames.add(key);
                    kwValues.add(kw.get(k));
                }
            }
        }
        if (meta == null) {
            meta = baseTuple.items.length == 0 ? PyType.TYPE : TypeOps.typeOf(baseTuple.items[0]);
        }
        if (meta instanceof PyType mt) meta = mostDerivedMetaclass(mt, baseTuple);

        PyDict ns = new PyDict();
        Object module = globals.getStr("__name__");
        ns.putStr("__module__", module == null ? PyNone.NONE : module);
        ns.putStr("__qualname__", PyStr.of(qualname));
        if (closure == null) body.invoke((Object) ns);
        else body.invoke((Object) ns, closure);
        Object cell = ns.remove(PyStr.of("__classcell__"));

        Object[] args = new Object[3 + kwValues.size()];
        args[0] = PyStr.of(name);
        args[1] = baseTuple;
        args[2] = ns;
        for (int i = 0; i < kwValues.size(); i++) args[3 + i] = kwValues.get(i);
        Object cls = CallOps.call(meta, args, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        if (cell instanceof PyCell c) c.value = cls;
        return cls;
    }

    /** CPython's metaclass calculation: the winner must be a subtype of every base's metaclass. */
    private static PyType mostDerivedMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (Object b : bases.items) {
            PyType bt = TypeOps.typeOf(b);
            if (winner.isSubtype(bt)) continue;
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw PyExceptions.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code f(*args, **kwargs)}: args is a tuple, kwargs a dict of str keys or null. */
    public static Object callEx(Object callee, Object args, Object kwargs) {
        Object[] positional = args instanceof PyTuple t ? t.items : tupleOf(args);
        if (kwargs == null || ((PyDict) kwargs).size() == 0) return CallOps.call(callee, positional, null);
        PyDict kw = (PyDict) kwargs;
        Object[] keys = kw.keysArray();
        Object[] all = new Object[positional.length + keys.length];
        System.arraycopy(positional, 0, all, 0, positional.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = ((PyStr) keys[i]).value;
            all[positional.length + i] = kw.get(keys[i]);
        }
        return CallOps.call(callee, all, names);
    }

    private static Object[] tupleOf(Object iterable) {
        List<Object> out = new ArrayList<>();
        Object it = IterOps.iter(iterable);
        for (Object v; (v = IterOps.next(it)) != null; ) out.add(v);
        return out.toArray();
    }
}
