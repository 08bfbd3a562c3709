package org.pyston.builtins.collections;

import org.pyston.builtins.container.DictMethods;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.typing.PyGenericAlias;

/** The methods of {@code collections.defaultdict} beyond those it inherits from dict. */
public final class DefaultDictMethods {
    private DefaultDictMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        return new PyDefaultDict();
    }

    /** {@code defaultdict(default_factory=None, /, [...])}: the rest goes to dict's __init__. */
    @PyMethod(name = "__init__", general = true)
    public static Object init(PyDefaultDict self, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        Object[] rest = args;
        if (args.length - nkw > 0) {
            Object f = args[0];
            if (f != PyNone.NONE && !org.pyston.builtins.module.BuiltinsModule.callable(f)) {
                throw PyExceptions.typeError("first argument must be callable or None");
            }
            self.defaultFactory = f;
            rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
        }
        return DictMethods.init(self, rest, kwnames);
    }

    @PyMethod(name = "__missing__")
    public static Object missing(PyDefaultDict self, Object key) {
        Object f = self.defaultFactory;
        if (f == PyNone.NONE) {
            throw PyExceptions.keyError(key);
        }
        Object v = CallOps.call(f, new Object[0], null);
        ItemOps.setItem(self, key, v);
        return v;
    }

    @PyGetter("default_factory")
    public static Object getDefaultFactory(Object self) {
        return ((PyDefaultDict) PyInstance.unwrap(self)).defaultFactory;
    }

    @PySetter("default_factory")
    public static void setDefaultFactory(Object self, Object value) {
        ((PyDefaultDict) PyInstance.unwrap(self)).defaultFactory = value == null ? PyNone.NONE : value;
    }

    /**
     * new_defdict: {@code type(self)(self.default_factory, contents)}; for an exact defaultdict
     * built directly.
     */
    static Object withFactory(Object whole, Object contents) {
        PyDefaultDict self = (PyDefaultDict) PyInstance.unwrap(whole);
        if (whole != self) {
            return CallOps.call(org.pyston.builtins.ops.TypeOps.typeOf(whole),
                    new Object[] {self.defaultFactory, contents}, null);
        }
        PyDefaultDict d = new PyDefaultDict();
        d.defaultFactory = self.defaultFactory;
        d.putAll((PyDict) PyInstance.unwrap(contents));
        return d;
    }

    @PyMethod(wholeSelf = true)
    public static Object copy(Object self) {
        return withFactory(self, self);
    }

    @PyMethod(name = "__copy__", wholeSelf = true)
    public static Object copy_(Object self) {
        return withFactory(self, self);
    }

    @PyMethod(name = "__repr__", wholeSelf = true)
    public static Object repr(Object whole) {
        PyDefaultDict self = (PyDefaultDict) PyInstance.unwrap(whole);
        Object f = self.defaultFactory;
        String fr;
        java.util.IdentityHashMap<Object, Boolean> active = ThreadState.current().reprActive();
        if (f == PyNone.NONE) {
            fr = "None";
        } else if (active.containsKey(f)) {
            fr = "...";
        } else {
            active.put(f, Boolean.TRUE);
            try {
                fr = Repr.repr(f);
            } finally {
                active.remove(f);
            }
        }
        return PyStr.of(org.pyston.builtins.ops.TypeOps.typeOf(whole).getName() + "(" + fr + ", " + Repr.dict(self) + ")");
    }

    @PyMethod(name = "__reduce__", wholeSelf = true)
    public static Object reduce(Object whole) {
        PyDefaultDict self = (PyDefaultDict) PyInstance.unwrap(whole);
        Object f = self.defaultFactory;
        PyTuple args = f == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(f);
        Object items = IterOps.iter(CallOps.callMethod(whole, "items", new Object[0], null));
        return PyTuple.of(org.pyston.builtins.ops.TypeOps.typeOf(whole), args, PyNone.NONE, PyNone.NONE, items);
    }

    /** CPython's defdict_or: the defaultdict operand's factory and class, the left operand's items first. */
    private static Object or(Object left, Object right, Object self, Object other) {
        if (!(PyInstance.unwrap(other) instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        Object d = withFactory(self, left);
        ((PyDict) PyInstance.unwrap(d)).putAll((PyDict) PyInstance.unwrap(right));
        return d;
    }

    @PyMethod(name = "__or__", wholeSelf = true)
    public static Object or(Object self, Object other) {
        return or(self, other, self, other);
    }

    @PyMethod(name = "__ror__", wholeSelf = true)
    public static Object ror(Object self, Object other) {
        return or(other, self, self, other);
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }

}
