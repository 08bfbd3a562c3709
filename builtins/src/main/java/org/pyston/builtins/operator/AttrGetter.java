package org.pyston.builtins.operator;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCallable;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/**
 * {@code operator.attrgetter(*names)}: {@code f(obj)} is {@code obj.name} (dotted names walk
 * attribute chains), or the tuple of them. Names are split at construction.
 */
public final class AttrGetter implements PyObject, PyCallable {
    /** {@code operator.attrgetter}. */
    public static final PyType TYPE = PyType.builtinInModule("attrgetter", "operator", AttrGetter.class,
            AttrGetter.class);

    private final PyStr[] names;
    /** The dotted names split into their parts, one array per name. */
    private final String[][] paths;

    private AttrGetter(PyStr[] names) {
        this.names = names;
        this.paths = new String[names.length][];
        for (int i = 0; i < names.length; i++) {
            paths[i] = names[i].value().split("\\.", -1);
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] items = ItemGetter.positional("attrgetter", args, kwnames);
        if (items.length == 0) {
            throw PyExceptions.typeError("attrgetter expected 1 argument, got 0");
        }
        PyStr[] names = new PyStr[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw PyExceptions.typeError("attribute name must be a string");
            }
            names[i] = s;
        }
        return new AttrGetter(names);
    }

    private static Object walk(Object obj, String[] path) {
        Object o = obj;
        for (String p : path) {
            o = AttributeOps.getAttr(o, p);
        }
        return o;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object obj = ItemGetter.one("attrgetter", args, kwnames);
        if (paths.length == 1) {
            return walk(obj, paths[0]);
        }
        Object[] out = new Object[paths.length];
        for (int i = 0; i < paths.length; i++) {
            out[i] = walk(obj, paths[i]);
        }
        return PyTuple.wrap(out);
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(AttrGetter self, Object[] args, String[] kwnames) {
        return self.call(args, kwnames);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(AttrGetter self) {
        StringBuilder sb = new StringBuilder("operator.attrgetter(");
        for (int i = 0; i < self.names.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.repr(self.names[i]));
        }
        return PyStr.of(sb.append(')').toString());
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(AttrGetter self) {
        return PyTuple.of(TYPE, PyTuple.wrap(self.names.clone()));
    }
}
