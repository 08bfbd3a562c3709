package org.pyston.builtins.contextvars;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.typing.PyGenericAlias;

/**
 * {@code contextvars.Token}: what {@code ContextVar.set} returns, to undo that set once with
 * {@code ContextVar.reset} in the same context. {@code Token.MISSING} marks "no value before".
 */
public final class PyToken implements PyObject {
    /** {@code _contextvars.Token}. */
    public static final PyType TYPE = PyType.builtinInModule("Token", "_contextvars", PyToken.class, PyToken.class);

    /** {@code Token.MISSING}. */
    static final PyObject MISSING = new Missing();

    static {
        TYPE.addConstant("MISSING", MISSING);
    }

    final PyContext ctx;
    final PyContextVar var;
    /** The value before the set, or null when there was none. */
    final Object old;
    /** Set once the token was used by reset. */
    volatile boolean used;

    PyToken(PyContext ctx, PyContextVar var, Object old) {
        this.ctx = ctx;
        this.var = var;
        this.old = old;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyGetter("var")
    public static Object var(Object self) {
        return ((PyToken) self).var;
    }

    @PyGetter("old_value")
    public static Object oldValue(Object self) {
        Object o = ((PyToken) self).old;
        return o == null ? MISSING : o;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyToken self) {
        return PyStr.of("<Token" + (self.used ? " used" : "") + " var=" + Repr.repr(self.var) + " at "
                + TypeOps.addressOf(self) + ">");
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }

    /** The type of {@code Token.MISSING}. */
    public static final class Missing implements PyObject {
        static final PyType TYPE = PyType.builtinInModule("Token.MISSING", "_contextvars", Missing.class, Missing.class);

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyMethod(name = "__repr__")
        public static Object repr(Object self) {
            return PyStr.of("<Token.MISSING>");
        }
    }
}
