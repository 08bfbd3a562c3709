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
import org.pyston.builtins.object.ClassBuilder;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.ItemOps;
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
            String mod = m instanceof PyStr s ? s.value() : null;
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + f.getQualname() + "()";
        }
        Object q = AttributeOps.lookupAttr(callee, "__qualname__");
        if (q instanceof PyStr qs) {
            Object m = AttributeOps.lookupAttr(callee, "__module__");
            String mod = m instanceof PyStr ms ? ms.value() : null;
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + qs.value() + "()";
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
        PyTuple origBases = (PyTuple) bases;
        PyTuple baseTuple = resolveMroEntries(origBases);
        Object meta = null;
        List<Object> kwValues = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        if (kwargs != null) {
            PyDict kw = (PyDict) kwargs;
            for (Object k : kw.keysArray()) {
                String key = ((PyStr) k).value();
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
        if (meta instanceof PyType mt) meta = ClassBuilder.winnerMetaclass(mt, baseTuple.items);
        String[] kwNameArray = kwNames.isEmpty() ? null : kwNames.toArray(new String[0]);

        Object ns;
        Object prepare = AttributeOps.lookupAttr(meta, "__prepare__");
        if (prepare != null) {
            Object[] pargs = new Object[2 + kwValues.size()];
            pargs[0] = PyStr.of(name);
            pargs[1] = baseTuple;
            for (int i = 0; i < kwValues.size(); i++) pargs[2 + i] = kwValues.get(i);
            ns = CallOps.call(prepare, pargs, kwNameArray);
            if (!(TypeOps.typeOf(ns).lookup("__getitem__") != null)) {
                throw PyExceptions.typeError("%s.__prepare__() must return a mapping, not %s",
                        meta instanceof PyType mt ? mt.getName() : "<metaclass>", TypeOps.typeName(ns));
            }
        } else {
            ns = new PyDict();
        }
        Object module = globals.getStr("__name__");
        ItemOps.setItem(ns, PyStr.of("__module__"), module == null ? PyNone.NONE : module);
        ItemOps.setItem(ns, PyStr.of("__qualname__"), PyStr.of(qualname));
        if (origBases != baseTuple) ItemOps.setItem(ns, PyStr.of("__orig_bases__"), origBases);
        if (closure == null) body.invoke(ns);
        else body.invoke(ns, closure);
        Object cell = null;
        if (PyInstance.unwrap(ns) instanceof PyDict d) {
            cell = d.remove(PyStr.of("__classcell__"));
        } else if (CompareOps.contains(ns, PyStr.of("__classcell__"))) {
            cell = ItemOps.getItem(ns, PyStr.of("__classcell__"));
            ItemOps.delItem(ns, PyStr.of("__classcell__"));
        }

        Object[] args = new Object[3 + kwValues.size()];
        args[0] = PyStr.of(name);
        args[1] = baseTuple;
        args[2] = ns;
        for (int i = 0; i < kwValues.size(); i++) args[3 + i] = kwValues.get(i);
        Object cls = CallOps.call(meta, args, kwNameArray);
        if (cell instanceof PyCell c) c.value = cls;
        if (cls instanceof PyType t && isStandInModule(globals)) t.markStaticNamed();
        return cls;
    }

    /** Whether {@code globals} are those of one of our Python stand-ins for a C module (lib/pyston). */
    private static boolean isStandInModule(PyDict globals) {
        String folder = org.pyston.builtins.function.PyCode.builtinModulesFolder;
        return folder != null && globals.getStr("__file__") instanceof PyStr f && f.value().startsWith(folder);
    }

    /** PEP 560: a base that is not a type but has {@code __mro_entries__} is replaced by what it returns. */
    private static PyTuple resolveMroEntries(PyTuple bases) {
        List<Object> out = null;
        for (int i = 0; i < bases.items.length; i++) {
            Object b = bases.items[i];
            Object entries = b instanceof PyType ? null : AttributeOps.lookupAttr(b, "__mro_entries__");
            if (entries == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) out.add(bases.items[j]);
            }
            Object r = CallOps.call(entries, new Object[] {bases}, null);
            if (!(r instanceof PyTuple t)) throw PyExceptions.typeError("__mro_entries__ must return a tuple");
            for (Object o : t.items) out.add(o);
        }
        return out == null ? bases : PyTuple.of(out.toArray());
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
            names[i] = ((PyStr) keys[i]).value();
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
