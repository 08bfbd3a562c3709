package org.pyston.builtins.imp;

import java.util.concurrent.locks.ReentrantLock;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _imp}: the primitives CPython's pure-Python {@code importlib._bootstrap} and
 * {@code _bootstrap_external} are written against. Built-in modules are our Java modules; there
 * are no frozen modules (the stdlib is bundled as source and compiled to classes) and no C
 * extension modules yet (so {@code extension_suffixes()} is empty and {@code create_dynamic}
 * raises ImportError).
 */
public final class ImpModule {
    private ImpModule() {}

    /** The import lock (CPython's global import lock, re-entrant per thread). */
    private static final ReentrantLock IMPORT_LOCK = new ReentrantLock();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_imp");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(ImpModule.class, "_imp", d);
        d.putStr("check_hash_based_pycs", PyStr.of("default"));
        return m;
    }

    /** 1 for a Java module that can be (re)created, -1 for sys and builtins (CPython's answer), 0 otherwise. */
    @PyMethod
    public static Object is_builtin(Object name) {
        String n = str(name, "is_builtin");
        if (!Interpreter.isBuiltinModule(n)) {
            return PyInt.valueOf(0);
        }
        return PyInt.valueOf(n.equals("sys") || n.equals("builtins") ? -1 : 1);
    }

    /** The Java module named by {@code spec.name}: the existing one in sys.modules, else a new one. */
    @PyMethod
    public static Object create_builtin(Object spec) {
        Object nameObj = AttributeOps.getAttr(spec, "name");
        String name = str(nameObj, "create_builtin");
        Interpreter interp = Interpreter.current();
        Object existing = interp.getModules().getStr(name);
        if (existing instanceof PyModule && (name.equals("sys") || name.equals("builtins"))) {
            return existing;
        }
        PyModule m = interp.createBuiltinModule(name);
        if (m == null) {
            throw PyExceptions.importError("no built-in module named %s", name);
        }
        return m;
    }

    @PyMethod
    public static Object exec_builtin(Object module) {
        return PyInt.valueOf(0);
    }

    @PyMethod
    public static Object is_frozen(Object name) {
        return PyBool.FALSE;
    }

    @PyMethod
    public static Object is_frozen_package(Object name) {
        throw PyExceptions.importError("No such frozen object named %s", org.pyston.builtins.ops.Repr.repr(name));
    }

    @PyMethod(required = 1)
    public static Object find_frozen(Object name, Object withData) {
        return PyNone.NONE;
    }

    @PyMethod(required = 1)
    public static Object get_frozen_object(Object name, Object data) {
        throw PyExceptions.importError("No such frozen object named %s", org.pyston.builtins.ops.Repr.repr(name));
    }

    @PyMethod
    public static Object init_frozen(Object name) {
        return PyNone.NONE;
    }

    @PyMethod
    public static Object _frozen_module_names() {
        return org.pyston.builtins.container.PyTuple.EMPTY;
    }

    @PyMethod
    public static Object _override_frozen_modules_for_tests(Object override) {
        return PyNone.NONE;
    }

    /** No native extension modules yet: nothing for FileFinder to look for. */
    @PyMethod
    public static Object extension_suffixes() {
        return new PyList();
    }

    @PyMethod(required = 1)
    public static Object create_dynamic(Object spec, Object file) {
        Object name = AttributeOps.getAttr(spec, "name");
        throw PyExceptions.importError("native extension modules are not supported yet: %s",
                org.pyston.builtins.ops.Repr.str(name));
    }

    @PyMethod
    public static Object exec_dynamic(Object module) {
        return PyInt.valueOf(0);
    }

    @PyMethod
    public static Object acquire_lock() {
        IMPORT_LOCK.lock();
        return PyNone.NONE;
    }

    @PyMethod
    public static Object release_lock() {
        if (!IMPORT_LOCK.isHeldByCurrentThread()) {
            throw PyExceptions.runtimeError("not holding the import lock");
        }
        IMPORT_LOCK.unlock();
        return PyNone.NONE;
    }

    @PyMethod
    public static Object lock_held() {
        return PyBool.of(IMPORT_LOCK.isLocked());
    }

    /** Code objects record their file name at compile time; nothing to fix afterwards. */
    @PyMethod
    public static Object _fix_co_filename(Object code, Object path) {
        return PyNone.NONE;
    }

    /**
     * The 8-byte source hash of hash-based pycs. Ours is the first 8 bytes of SHA-256 keyed by
     * {@code key} (CPython uses SipHash; the value only has to be stable for one implementation).
     */
    @PyMethod(general = true)
    public static Object source_hash(Object[] args, String[] kwnames) {
        Object[] p = org.pyston.builtins.ops.ArgParser.parse("source_hash", args, kwnames, 2,
                new String[] {"key", "source"}, 2);
        long key = org.pyston.builtins.ops.UnaryOps.indexAsLong(p[0]);
        byte[] source = org.pyston.builtins.text.BytesSupport.need(p[1]);
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < 8; i++) {
                md.update((byte) (key >>> (8 * i)));
            }
            byte[] h = md.digest(source);
            return PyBytes.wrap(java.util.Arrays.copyOf(h, 8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw PyExceptions.systemError("SHA-256 is not available: %s", e.getMessage());
        }
    }

    private static String str(Object o, String fn) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s() argument must be str, not %s", fn, org.pyston.builtins.ops.TypeOps.typeName(o));
    }
}
