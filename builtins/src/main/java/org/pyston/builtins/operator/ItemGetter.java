package org.pyston.builtins.operator;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCallable;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** {@code operator.itemgetter(*items)}: {@code f(obj)} is {@code obj[item]} or the tuple of them. */
public final class ItemGetter implements PyObject, PyCallable {
    /** {@code operator.itemgetter}. */
    public static final PyType TYPE = PyType.builtinInModule("itemgetter", "operator", ItemGetter.class,
            ItemGetter.class);

    private final Object[] items;

    private ItemGetter(Object[] items) {
        this.items = items;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    static Object[] positional(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("%s() takes no keyword arguments", name);
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return rest;
    }

    static Object one(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("%s() takes no keyword arguments", name);
        }
        if (args.length != 1) {
            throw PyExceptions.typeError("%s expected 1 argument, got %d", name, args.length);
        }
        return args[0];
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        Object[] items = positional("itemgetter", args, kwnames);
        if (items.length == 0) {
            throw PyExceptions.typeError("itemgetter expected 1 argument, got 0");
        }
        return new ItemGetter(items);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object obj = one("itemgetter", args, kwnames);
        if (items.length == 1) {
            return ItemOps.getItem(obj, items[0]);
        }
        Object[] out = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = ItemOps.getItem(obj, items[i]);
        }
        return PyTuple.wrap(out);
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(ItemGetter self, Object[] args, String[] kwnames) {
        return self.call(args, kwnames);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(ItemGetter self) {
        StringBuilder sb = new StringBuilder("operator.itemgetter(");
        for (int i = 0; i < self.items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Repr.repr(self.items[i]));
        }
        return PyStr.of(sb.append(')').toString());
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(ItemGetter self) {
        return PyTuple.of(TYPE, PyTuple.wrap(self.items.clone()));
    }
}
