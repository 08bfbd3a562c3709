package org.pyston.builtins.operator;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCallable;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/** {@code operator.methodcaller(name, *args, **kwargs)}: {@code f(obj)} is {@code obj.name(*args, **kwargs)}. */
public final class MethodCaller implements PyObject, PyCallable {
    /** {@code operator.methodcaller}. */
    public static final PyType TYPE = PyType.builtinInModule("methodcaller", "operator", MethodCaller.class,
            MethodCaller.class);

    private final PyStr name;
    /** Positional arguments then keyword values, as a vectorcall. */
    private final Object[] args;
    private final String[] kwnames;

    private MethodCaller(PyStr name, Object[] args, String[] kwnames) {
        this.name = name;
        this.args = args;
        this.kwnames = kwnames;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 2) {
            throw PyExceptions.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw PyExceptions.typeError("method name must be a string");
        }
        Object[] rest = new Object[args.length - 2];
        System.arraycopy(args, 2, rest, 0, rest.length);
        return new MethodCaller(name, rest, nkw == 0 ? null : kwnames.clone());
    }

    @Override
    public Object call(Object[] callArgs, String[] callKw) {
        Object obj = ItemGetter.one("methodcaller", callArgs, callKw);
        return CallOps.callMethod(obj, name.value(), args.clone(), kwnames);
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(MethodCaller self, Object[] args, String[] kwnames) {
        return self.call(args, kwnames);
    }

    private int npos() {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(MethodCaller self) {
        StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Repr.repr(self.name));
        int npos = self.npos();
        for (int i = 0; i < npos; i++) {
            sb.append(", ").append(Repr.repr(self.args[i]));
        }
        for (int i = npos; i < self.args.length; i++) {
            sb.append(", ").append(self.kwnames[i - npos]).append('=').append(Repr.repr(self.args[i]));
        }
        return PyStr.of(sb.append(')').toString());
    }

    @PyMethod(name = "__reduce__")
    public static Object reduce(MethodCaller self) {
        int npos = self.npos();
        Object[] pos = new Object[npos + 1];
        pos[0] = self.name;
        System.arraycopy(self.args, 0, pos, 1, npos);
        if (self.kwnames == null) {
            return PyTuple.of(TYPE, PyTuple.wrap(pos));
        }
        // partial(methodcaller, name, **kwargs) called with the positional arguments
        Object[] pargs = new Object[2 + self.kwnames.length];
        pargs[0] = TYPE;
        pargs[1] = self.name;
        System.arraycopy(self.args, npos, pargs, 2, self.kwnames.length);
        Object partial = CallOps.call(org.pyston.builtins.functools.PyPartial.TYPE, pargs, self.kwnames);
        Object[] rest = new Object[npos];
        System.arraycopy(self.args, 0, rest, 0, npos);
        return PyTuple.of(partial, PyTuple.wrap(rest));
    }

}
