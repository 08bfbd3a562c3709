package org.pyston.builtins.object;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;

/** Calling a type: {@code cls.__new__(cls, ...)}, then {@code __init__} when the result is an instance of cls. */
public final class TypeCall {
    private TypeCall() {
    }

    /**
     * {@code cls(*args, **kw)} as Python code sees it: through the metaclass's {@code __call__}
     * when the metaclass defines one, else {@link #call}.
     */
    public static Object callType(PyType cls, Object[] args, String[] kwnames) {
        PyType meta = cls.getType();
        if (meta != PyType.TYPE) {
            Object mc = meta.lookup("__call__");
            if (mc != Holder.TYPE_CALL) {
                return CallOps.callWithSelf(mc, cls, args, kwnames);
            }
        }
        return call(cls, args, kwnames);
    }

    private static final class Holder {
        static final Object TYPE_CALL = PyType.TYPE.lookupLocal("__call__");
        static final Object OBJECT_NEW = PyType.OBJECT.lookupLocal("__new__");
    }

    /** {@code type.__call__(cls, *args, **kw)}: __new__ then __init__. */
    public static Object call(PyType cls, Object[] args, String[] kwnames) {
        if (cls == PyType.TYPE) {
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            if (npos == 1) {
                if (npos != args.length) {
                    throw PyExceptions.typeError("type() takes no keyword arguments");
                }
                return TypeOps.typeOf(args[0]);
            }
            if (npos != 3) {
                throw PyExceptions.typeError("type() takes 1 or 3 arguments");
            }
        }
        Object newFn = cls.lookup("__new__");
        if (newFn == null || newFn == Holder.OBJECT_NEW && cls.isBuiltin() && cls.layout() != PyType.Layout.INSTANCE) {
            // a built-in type without a constructor of its own (CPython's tp_new == NULL)
            String module = cls.getModule();
            throw PyExceptions.typeError("cannot create '%s' instances",
                    module.equals("builtins") ? cls.getName() : module + "." + cls.getName());
        }
        Object[] withCls = new Object[args.length + 1];
        withCls[0] = cls;
        System.arraycopy(args, 0, withCls, 1, args.length);
        Object obj = CallOps.call(AttributeOps.descriptorGet(newFn, null, cls), withCls, kwnames);
        return finish(cls, obj, args, kwnames);
    }

    /**
     * The part of {@code type.__call__} after {@code __new__} made {@code obj}: {@code __init__}
     * of obj's type when obj is an instance of cls, checked to return None.
     */
    public static Object finish(PyType cls, Object obj, Object[] args, String[] kwnames) {
        PyType t = TypeOps.typeOf(obj);
        if (!t.isSubtype(cls)) {
            return obj;
        }
        Object init = t.lookup("__init__");
        if (init != null) {
            Object r = CallOps.callWithSelf(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw PyExceptions.typeError("__init__() should return None, not '%s'", TypeOps.typeName(r));
            }
        }
        return obj;
    }
}
