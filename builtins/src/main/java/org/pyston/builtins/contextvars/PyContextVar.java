package org.pyston.builtins.contextvars;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.typing.PyGenericAlias;

/**
 * {@code contextvars.ContextVar}: a key into the current {@link PyContext}, with an optional
 * default. Compared and hashed by identity; not subclassable (as in CPython).
 */
public final class PyContextVar implements PyObject {
    /** {@code _contextvars.ContextVar}. */
    public static final PyType TYPE = PyType.builtinInModule("ContextVar", "_contextvars", PyContextVar.class,
            PyContextVar.class);

    final PyStr name;
    /** The default, or null when there is none. */
    final Object dflt;

    PyContextVar(PyStr name, Object dflt) {
        this.name = name;
        this.dflt = dflt;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw > 2) {
            throw PyExceptions.typeError("ContextVar() takes at most 1 positional argument (%d given)",
                    args.length - nkw - 1);
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        Object[] a = ArgParser.parse("ContextVar", rest, kwnames, 1, new String[] {"name", "default"}, 1);
        if (!(a[0] instanceof PyStr s)) {
            throw PyExceptions.typeError("context variable name must be a str");
        }
        return new PyContextVar(s, a[1]);
    }

    @PyGetter("name")
    public static Object name(Object self) {
        return ((PyContextVar) self).name;
    }

    @PyMethod(required = 0)
    public static Object get(PyContextVar self, Object dflt) {
        Object v = PyContext.current().vars.get(self);
        if (v != null) {
            return v;
        }
        if (dflt != null) {
            return dflt;
        }
        if (self.dflt != null) {
            return self.dflt;
        }
        PyBaseException e = PyExceptions.create(PyExceptions.LOOKUP_ERROR, self);
        throw e;
    }

    @PyMethod
    public static Object set(PyContextVar self, Object value) {
        PyContext ctx = PyContext.current();
        Object old = ctx.vars.get(self);
        ctx.put(self, value);
        return new PyToken(ctx, self, old);
    }

    @PyMethod
    public static Object reset(PyContextVar self, Object token) {
        if (!(token instanceof PyToken t)) {
            throw PyExceptions.typeError("expected an instance of Token, got %s", Repr.repr(token));
        }
        if (t.used) {
            throw PyExceptions.runtimeError("%s has already been used once", Repr.repr(t));
        }
        if (t.var != self) {
            throw PyExceptions.valueError("%s was created by a different ContextVar", Repr.repr(t));
        }
        PyContext ctx = PyContext.current();
        if (t.ctx != ctx) {
            throw PyExceptions.valueError("%s was created in a different Context", Repr.repr(t));
        }
        t.used = true;
        ctx.put(self, t.old);
        return PyNone.NONE;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyContextVar self) {
        StringBuilder sb = new StringBuilder("<ContextVar name=").append(Repr.repr(self.name));
        if (self.dflt != null) {
            sb.append(" default=").append(Repr.repr(self.dflt));
        }
        return PyStr.of(sb.append(" at ").append(TypeOps.addressOf(self)).append('>').toString());
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
