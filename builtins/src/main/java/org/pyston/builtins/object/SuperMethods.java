package org.pyston.builtins.object;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code super}: construction, attribute lookup along the MRO, {@code __get__}, repr. */
public final class SuperMethods {
    private SuperMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("super() takes no keyword arguments");
        }
        if (args.length < 2) {
            throw PyExceptions.runtimeError("super(): no arguments");
        }
        if (args.length > 3) {
            throw PyExceptions.typeError("super() takes at most 2 arguments (%d given)", args.length - 1);
        }
        return make(args[1], args.length == 3 ? args[2] : null);
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(Object self, Object[] args, String[] kwnames) {
        return PyNone.NONE;
    }

    /** {@code super(type, obj)}; obj null for the one-argument (unbound) form. */
    public static PySuper make(Object type, Object obj) {
        if (!(type instanceof PyType t)) {
            throw PyExceptions.typeError("super() argument 1 must be a type, not %s", TypeOps.typeName(type));
        }
        if (obj == null || obj == PyNone.NONE) {
            return new PySuper(t, null, null);
        }
        return new PySuper(t, obj, checkSuper(t, obj));
    }

    /** CPython's supercheck: the type whose MRO the search walks. */
    private static PyType checkSuper(PyType type, Object obj) {
        if (obj instanceof PyType ot && ot.isSubtype(type)) {
            return ot;
        }
        PyType objType = TypeOps.typeOf(obj);
        if (objType.isSubtype(type)) {
            return objType;
        }
        Object cls = AttributeOps.lookupAttr(obj, "__class__");
        if (cls instanceof PyType ct && ct != objType && ct.isSubtype(type)) {
            return ct;
        }
        throw PyExceptions.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /**
     * {@code super_obj.name}: the first type after {@code thisClass} in the start type's MRO whose
     * own dictionary has {@code name}, bound through its {@code __get__}; else the attributes of the
     * super object itself. Null when absent.
     */
    public static Object lookup(PySuper s, String name) {
        if (s.startType != null && !name.equals("__class__")) {
            PyType[] mro = s.startType.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != s.thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object v = mro[i].lookupLocal(name);
                if (v != null) {
                    if (v instanceof String str) {
                        v = PyStr.of(str);
                    }
                    return AttributeOps.descriptorGet(v, s.obj == s.startType ? null : s.obj, s.startType);
                }
            }
        }
        if (name.equals("__class__")) {
            return TypeOps.typeOf(s.outer());
        }
        return AttributeOps.genericLookupAttr(s, PySuper.TYPE, name);
    }

    @PyMethod(name = "__getattribute__")
    public static Object getattribute(Object self, Object name) {
        String n = ObjectMethods.attrName(name);
        Object v = lookup((PySuper) self, n);
        if (v == null) {
            throw AttributeOps.noAttribute(self, n);
        }
        return v;
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(Object self, Object obj, Object type) {
        PySuper s = (PySuper) self;
        if (obj == null || obj == PyNone.NONE || s.obj != null) {
            return s.outer();
        }
        PyType t = TypeOps.typeOf(s.outer());
        if (t != PySuper.TYPE) {
            // a subclass of super binds by calling itself, as CPython's super_descr_get
            return org.pyston.builtins.ops.CallOps.call(t, new Object[] {s.thisClass, obj}, null);
        }
        return make(s.thisClass, obj);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(Object self) {
        PySuper s = (PySuper) self;
        String cls = "<class '" + s.thisClass.getName() + "'>";
        if (s.startType != null) {
            return PyStr.of("<super: " + cls + ", <" + s.startType.getName() + " object>>");
        }
        return PyStr.of("<super: " + cls + ", NULL>");
    }

    @PyGetter("__thisclass__")
    public static Object thisClass(Object self) {
        return ((PySuper) self).thisClass;
    }

    @PyGetter("__self__")
    public static Object selfAttr(Object self) {
        Object o = ((PySuper) self).obj;
        return o == null ? PyNone.NONE : o;
    }

    @PyGetter("__self_class__")
    public static Object selfClass(Object self) {
        PyType t = ((PySuper) self).startType;
        return t == null ? PyNone.NONE : t;
    }
}
