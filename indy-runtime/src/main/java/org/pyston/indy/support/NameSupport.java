package org.pyston.indy.support;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * Name access that is not a JVM local: module globals (stores; loads normally go through
 * {@code global} sites), class-body namespaces (CPython's LOAD_NAME/STORE_NAME), and
 * {@code __annotations__} of modules and classes.
 */
public final class NameSupport {
    private NameSupport() {}

    /** The builtins namespace of code running with these globals (CPython: globals['__builtins__']). */
    public static PyDict builtinsOf(PyDict globals) {
        Object b = globals.getStr("__builtins__");
        if (b instanceof PyModule m) return m.getDict();
        // a dict subclass instance: its dict (its own __getitem__, if any, is not consulted)
        if (org.pyston.builtins.object.PyInstance.unwrap(b) instanceof PyDict d) return d;
        return Interpreter.current().getBuiltinsDict();
    }

    /** The generic path of global sites. */
    public static Object loadGlobal(PyDict globals, PyDict builtins, String name) {
        Object v = globals.getStr(name);
        if (v == null) v = builtins.getStr(name);
        if (v == null) throw PyExceptions.nameNotDefined(name);
        return v;
    }

    public static void storeGlobal(PyDict globals, String name, Object v) {
        globals.putStr(name, v);
    }

    public static void deleteGlobal(PyDict globals, String name) {
        if (globals.remove(PyStr.of(name)) == null) throw PyExceptions.nameNotDefined(name);
    }

    public static void discardGlobal(PyDict globals, String name) {
        globals.remove(PyStr.of(name));
    }

    /** A class-body name in its namespace, or null when absent (the caller falls back to globals). */
    public static Object lookupName(Object ns, String name) {
        if (ns instanceof PyDict d) return d.getStr(name);
        try {
            return ItemOps.getItem(ns, PyStr.of(name));
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.KEY_ERROR)) return null;
            throw e;
        }
    }

    public static void storeName(Object ns, String name, Object v) {
        if (ns instanceof PyDict d) d.putStr(name, v);
        else ItemOps.setItem(ns, PyStr.of(name), v);
    }

    public static void deleteName(Object ns, String name) {
        if (ns instanceof PyDict d) {
            if (d.remove(PyStr.of(name)) == null) throw PyExceptions.nameNotDefined(name);
            return;
        }
        try {
            ItemOps.delItem(ns, PyStr.of(name));
        } catch (PyBaseException e) {
            if (e.isInstance(PyExceptions.KEY_ERROR)) throw PyExceptions.nameNotDefined(name);
            throw e;
        }
    }

    public static void discardName(Object ns, String name) {
        if (ns instanceof PyDict d) d.remove(PyStr.of(name));
        else if (lookupName(ns, name) != null) ItemOps.delItem(ns, PyStr.of(name));
    }

    /** {@code name: annotation} at module or class level. */
    /**
     * CPython's SETUP_ANNOTATIONS: a module or class body holding an annotated assignment starts
     * with an empty {@code __annotations__} dict in its namespace unless one is there already.
     */
    public static void setupAnnotations(Object ns) {
        if (lookupName(ns, "__annotations__") == null) {
            storeName(ns, "__annotations__", new PyDict());
        }
    }

    public static void addAnnotation(Object ns, String name, Object annotation) {
        Object ann = lookupName(ns, "__annotations__");
        if (ann == null) {
            ann = new PyDict();
            storeName(ns, "__annotations__", ann);
        }
        ItemOps.setItem(ann, PyStr.of(name), annotation);
    }

    /** An expression statement of code compiled in "single" mode: {@code sys.displayhook(value)}. */
    public static void displayExpression(Object value) {
        Object hook = org.pyston.builtins.runtime.Interpreter.current().getSysAttribute("displayhook");
        if (hook == null) {
            throw PyExceptions.runtimeError("lost sys.displayhook");
        }
        org.pyston.builtins.ops.CallOps.call(hook, new Object[] {value}, null);
    }
}
