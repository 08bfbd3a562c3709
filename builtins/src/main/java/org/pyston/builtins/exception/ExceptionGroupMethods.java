package org.pyston.builtins.exception;

import java.util.Arrays;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * Methods of {@code BaseExceptionGroup} (and so of {@code ExceptionGroup}): the constructor's
 * checks, which pick ExceptionGroup over BaseExceptionGroup when every member is an Exception,
 * {@code message}/{@code exceptions}, {@code str()}, and {@code derive}/{@code split}/
 * {@code subgroup} (the algorithms are in {@link ExceptionGroups}).
 */
public final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        PyType cls = (PyType) args[0];
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0) {
            throw PyExceptions.typeError("%s() takes no keyword arguments", cls.getName());
        }
        Object[] pos = Arrays.copyOfRange(args, 1, args.length);
        if (pos.length != 2) {
            throw PyExceptions.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", pos.length);
        }
        if (!(pos[0] instanceof PyStr)) {
            throw PyExceptions.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                    pos[0] == PyNone.NONE ? "None" : TypeOps.typeName(pos[0]));
        }
        if (!ExceptionGroups.isSequence(pos[1])) {
            throw PyExceptions.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] excs = IterOps.toArray(pos[1]);
        if (excs.length == 0) {
            throw PyExceptions.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException e)) {
                throw PyExceptions.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            nestedBase |= !e.isInstance(PyExceptions.EXCEPTION);
        }
        if (cls == PyExceptions.BASE_EXCEPTION_GROUP) {
            if (!nestedBase) {
                cls = PyExceptions.EXCEPTION_GROUP;
            }
        } else if (cls == PyExceptions.EXCEPTION_GROUP) {
            if (nestedBase) {
                throw PyExceptions.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && cls.isSubtype(PyExceptions.EXCEPTION)) {
            throw PyExceptions.typeError("Cannot nest BaseExceptions in '%s'", cls.getName());
        }
        PyBaseException self = new PyBaseException(cls, PyTuple.wrap(pos));
        self.setGroup(pos[0], PyTuple.wrap(excs));
        return self;
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyBaseException self, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("%s() takes no keyword arguments", self.getType().getName());
        }
        self.setArgs(PyTuple.wrap(args.clone()));
        return PyNone.NONE;
    }

    @PyGetter("message")
    public static Object message(PyBaseException self) {
        Object m = self.getGroupMessage();
        return m == null ? PyNone.NONE : m;
    }

    @PyGetter("exceptions")
    public static Object exceptions(PyBaseException self) {
        PyTuple t = self.getGroupExceptions();
        return t == null ? PyNone.NONE : t;
    }

    /** CPython declares both as read-only members, whose assignment and deletion say just this. */
    @PySetter("message")
    public static void setMessage(PyBaseException self, Object v) {
        throw PyExceptions.attributeError("readonly attribute");
    }

    @PySetter("exceptions")
    public static void setExceptions(PyBaseException self, Object v) {
        throw PyExceptions.attributeError("readonly attribute");
    }

    @PyMethod(name = "__str__")
    public static Object str(PyBaseException self) {
        PyTuple excs = self.getGroupExceptions();
        int n = excs == null ? 0 : excs.size();
        return PyStr.of(Repr.str(message(self)) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
    }

    @PyMethod(name = "derive")
    public static Object derive(PyBaseException self, Object excs) {
        return CallOps.call(PyExceptions.BASE_EXCEPTION_GROUP, new Object[] {message(self), excs}, null);
    }

    @PyMethod(name = "split")
    public static Object split(PyBaseException self, Object matcher) {
        PyBaseException[] r = ExceptionGroups.split(self, matcher);
        return PyTuple.of(noneIfNull(r[0]), noneIfNull(r[1]));
    }

    @PyMethod(name = "subgroup")
    public static Object subgroup(PyBaseException self, Object matcher) {
        return noneIfNull(ExceptionGroups.subgroup(self, matcher));
    }

    private static Object noneIfNull(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
