package org.pyston.builtins.function;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;

/** Methods of {@code staticmethod}, {@code classmethod} and {@code property}. */
public class DescriptorMethods {
    /** Subclassed only to add methods of one descriptor type (see StaticMethodMethods). */
    protected DescriptorMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, required = 1, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        PyType cls = (PyType) args[0];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw - 1;
        if (cls.isSubtype(PyProperty.TYPE)) {
            Object[] p = {null, null, null, null};
            String[] names = {"fget", "fset", "fdel", "doc"};
            for (int i = 0; i < npos; i++) {
                if (i >= 4) {
                    throw PyExceptions.typeError("property() takes at most 4 arguments (%d given)", npos);
                }
                p[i] = args[1 + i];
            }
            for (int k = 0; k < nkw; k++) {
                int idx = java.util.Arrays.asList(names).indexOf(kwnames[k]);
                if (idx < 0) {
                    throw PyExceptions.typeError("property() got an unexpected keyword argument '%s'", kwnames[k]);
                }
                p[idx] = args[1 + npos + k];
            }
            Object doc = p[3];
            if ((doc == null || doc == PyNone.NONE) && p[0] != null && p[0] != PyNone.NONE) {
                doc = org.pyston.builtins.ops.AttributeOps.lookupAttr(p[0], "__doc__");
            }
            return new PyProperty(p[0], p[1], p[2], doc);
        }
        if (npos != 1 || nkw != 0) {
            throw PyExceptions.typeError("%s expected 1 argument, got %d", cls.getName(), npos);
        }
        if (cls.isSubtype(PyStaticMethod.TYPE)) {
            return new PyStaticMethod(args[1]);
        }
        return new PyClassMethod(args[1]);
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(Object self, Object[] args, String[] kwnames) {
        return PyNone.NONE;
    }

    @PyGetter("__func__")
    public static Object func(Object self) {
        if (self instanceof PyStaticMethod s) {
            return s.function;
        }
        if (self instanceof PyClassMethod c) {
            return c.function;
        }
        throw PyExceptions.attributeError("'property' object has no attribute '__func__'");
    }

    /**
     * {@code __isabstractmethod__}: true when the wrapped function (or one of a property's
     * accessors) is abstract, so {@code @property @abstractmethod} makes the name abstract.
     */
    @PyGetter("__isabstractmethod__")
    public static Object isAbstractMethod(Object self) {
        Object self0 = org.pyston.builtins.object.PyInstance.unwrap(self);
        Object[] parts = self0 instanceof PyStaticMethod s ? new Object[] {s.function}
                : self0 instanceof PyClassMethod c ? new Object[] {c.function}
                : self0 instanceof PyProperty p ? new Object[] {p.fget, p.fset, p.fdel} : new Object[0];
        for (Object f : parts) {
            if (f != null && f != PyNone.NONE) {
                Object flag = org.pyston.builtins.ops.AttributeOps.lookupAttr(f, "__isabstractmethod__");
                if (flag != null && org.pyston.builtins.ops.Truth.isTrue(flag)) {
                    return org.pyston.builtins.number.PyBool.TRUE;
                }
            }
        }
        return org.pyston.builtins.number.PyBool.FALSE;
    }

    @PyGetter("fget")
    public static Object fget(Object self) {
        return prop(self).fget == null ? PyNone.NONE : prop(self).fget;
    }

    @PyGetter("fset")
    public static Object fset(Object self) {
        return prop(self).fset == null ? PyNone.NONE : prop(self).fset;
    }

    @PyGetter("fdel")
    public static Object fdel(Object self) {
        return prop(self).fdel == null ? PyNone.NONE : prop(self).fdel;
    }

    /** CPython declares fget/fset/fdel as read-only members: assigning or deleting says just this. */
    @PySetter("fget")
    public static void setFget(Object self, Object v) {
        throw PyExceptions.attributeError("readonly attribute");
    }

    @PySetter("fset")
    public static void setFset(Object self, Object v) {
        throw PyExceptions.attributeError("readonly attribute");
    }

    @PySetter("fdel")
    public static void setFdel(Object self, Object v) {
        throw PyExceptions.attributeError("readonly attribute");
    }

    @PyGetter("__doc__")
    public static Object doc(Object self) {
        if (self instanceof PyProperty p) {
            return p.doc;
        }
        if (self instanceof org.pyston.builtins.object.InstanceDictHolder h) {
            // staticmethod/classmethod: the __doc__ copied into their __dict__
            Object d = h.instanceDict().getStr("__doc__");
            return d == null ? PyNone.NONE : d;
        }
        return org.pyston.builtins.ops.AttributeOps.lookupAttr(func(self), "__doc__");
    }

    /** {@code __wrapped__} of a staticmethod/classmethod: the function (3.10). */
    @PyGetter("__wrapped__")
    public static Object wrapped(Object self) {
        if (self instanceof PyProperty) {
            throw PyExceptions.attributeError("'property' object has no attribute '__wrapped__'");
        }
        return func(self);
    }

    @PySetter("__doc__")
    public static void setDoc(Object self, Object v) {
        if (self instanceof org.pyston.builtins.object.InstanceDictHolder h) {
            if (v == null) {
                h.instanceDict().remove(org.pyston.builtins.text.PyStr.of("__doc__"));
            } else {
                h.instanceDict().putStr("__doc__", v);
            }
            return;
        }
        if (!(self instanceof PyProperty p)) {
            throw PyExceptions.attributeError("attribute '__doc__' of '%s' objects is not writable", TypeOps.typeName(self));
        }
        p.doc = v == null ? PyNone.NONE : v;
    }

    private static PyProperty prop(Object self) {
        if (self instanceof PyProperty p) {
            return p;
        }
        throw PyExceptions.attributeError("'%s' object has no attribute", TypeOps.typeName(self));
    }

    @PyMethod(name = "__set_name__")
    public static Object setName(Object self, Object owner, Object name) {
        if (self instanceof PyProperty p && name instanceof org.pyston.builtins.text.PyStr s) {
            p.name = s.value();
        }
        return PyNone.NONE;
    }

    @PyMethod
    public static Object getter(Object self, Object f) {
        PyProperty p = prop(self);
        PyProperty copy = new PyProperty(f, p.fset, p.fdel, p.doc);
        copy.name = p.name;
        return copy;
    }

    @PyMethod
    public static Object setter(Object self, Object f) {
        PyProperty p = prop(self);
        PyProperty copy = new PyProperty(p.fget, f, p.fdel, p.doc);
        copy.name = p.name;
        return copy;
    }

    @PyMethod
    public static Object deleter(Object self, Object f) {
        PyProperty p = prop(self);
        PyProperty copy = new PyProperty(p.fget, p.fset, f, p.doc);
        copy.name = p.name;
        return copy;
    }

    @PyMethod(name = "__get__", required = 1)
    public static Object get(Object self, Object obj, Object type) {
        if (obj == PyNone.NONE) {
            obj = null;
        }
        PyType t = type == null || type == PyNone.NONE ? TypeOps.typeOf(obj) : (PyType) type;
        return org.pyston.builtins.ops.AttributeOps.descriptorGet(self, obj, t);
    }

    @PyMethod(name = "__set__")
    public static Object set(Object self, Object obj, Object value) {
        PyProperty p = prop(self);
        if (p.fset == null) {
            throw org.pyston.builtins.ops.AttributeOps.propertyError(p, obj, "setter");
        }
        CallOps.call(p.fset, new Object[] {obj, value}, null);
        return PyNone.NONE;
    }

    @PyMethod(name = "__delete__")
    public static Object delete(Object self, Object obj) {
        PyProperty p = prop(self);
        if (p.fdel == null) {
            throw org.pyston.builtins.ops.AttributeOps.propertyError(p, obj, "deleter");
        }
        CallOps.call(p.fdel, new Object[] {obj}, null);
        return PyNone.NONE;
    }
}
