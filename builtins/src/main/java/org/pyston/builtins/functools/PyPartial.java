package org.pyston.builtins.functools;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.PyCallable;
import org.pyston.builtins.module.BuiltinsModule;
import org.pyston.builtins.object.InstanceDictHolder;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.ThreadState;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.typing.PyGenericAlias;

/**
 * {@code functools.partial}: a callable with some leading positional arguments and keywords
 * fixed. A partial of a plain partial is flattened into one, as in CPython. It is not a
 * descriptor (it does not bind as a method), and it has a {@code __dict__}.
 *
 * <p>Invariants: {@link #args} is a tuple and {@link #keywords} a dict; both are replaced, never
 * mutated, after construction ({@code __setstate__} replaces them).
 */
public final class PyPartial implements InstanceDictHolder, PyCallable {
    /** {@code functools.partial}. */
    public static final PyType TYPE = PyType.builtinSubclassableInModule("partial", "functools", PyPartial.class,
            PyPartial.class);

    volatile Object func;
    volatile PyTuple args = PyTuple.EMPTY;
    volatile PyDict keywords = new PyDict();
    private final PyDict dict = new PyDict();

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public Object call(Object[] callArgs, String[] kwnames) {
        PyTuple a = args;
        PyDict kw = keywords;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = callArgs.length - nkw;
        Object[][] fixedKw = kw.entries();
        if (fixedKw.length == 0) {
            if (a.size() == 0) {
                return CallOps.call(func, callArgs, kwnames);
            }
            Object[] full = new Object[a.size() + callArgs.length];
            System.arraycopy(a.items, 0, full, 0, a.size());
            System.arraycopy(callArgs, 0, full, a.size(), callArgs.length);
            return CallOps.call(func, full, kwnames);
        }
        // the fixed keywords, overridden by the call's
        PyDict merged = kw.copy();
        for (int i = 0; i < nkw; i++) {
            merged.put(PyStr.of(kwnames[i]), callArgs[npos + i]);
        }
        Object[][] entries = merged.entries();
        Object[] full = new Object[a.size() + npos + entries.length];
        String[] names = new String[entries.length];
        System.arraycopy(a.items, 0, full, 0, a.size());
        System.arraycopy(callArgs, 0, full, a.size(), npos);
        for (int i = 0; i < entries.length; i++) {
            if (!(entries[i][0] instanceof PyStr s)) {
                throw PyExceptions.typeError("keywords must be strings");
            }
            names[i] = s.value();
            full[a.size() + npos + i] = entries[i][1];
        }
        return CallOps.call(func, full, names);
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) {
            throw PyExceptions.typeError("type 'partial' takes at least one argument");
        }
        Object func = args[1];
        Object[] fixed = new Object[0];
        PyDict kw = new PyDict();
        if (func instanceof PyPartial inner && inner.dict.size() == 0) {
            fixed = inner.args.items;
            kw = inner.keywords.copy();
            func = inner.func;
        } else if (!BuiltinsModule.callable(func)) {
            throw PyExceptions.typeError("the first argument must be callable");
        }
        PyPartial p = new PyPartial();
        p.func = func;
        Object[] all = new Object[fixed.length + npos - 2];
        System.arraycopy(fixed, 0, all, 0, fixed.length);
        System.arraycopy(args, 2, all, fixed.length, npos - 2);
        p.args = PyTuple.wrap(all);
        for (int i = 0; i < nkw; i++) {
            kw.put(PyStr.of(kwnames[i]), args[npos + i]);
        }
        p.keywords = kw;
        return p;
    }

    static PyPartial self(Object o) {
        return (PyPartial) PyInstance.unwrap(o);
    }

    @PyMethod(name = "__call__", general = true)
    public static Object call(PyPartial self, Object[] args, String[] kwnames) {
        return self.call(args, kwnames);
    }

    @PyGetter("func")
    public static Object func(Object self) {
        return self(self).func;
    }

    @PyGetter("args")
    public static Object args(Object self) {
        return self(self).args;
    }

    @PyGetter("keywords")
    public static Object keywords(Object self) {
        return self(self).keywords;
    }

    @PyMethod(name = "__repr__", wholeSelf = true)
    public static Object repr(Object whole) {
        PyPartial self = self(whole);
        java.util.IdentityHashMap<Object, Boolean> active = ThreadState.current().reprActive();
        if (active.containsKey(self)) {
            return PyStr.of("...");
        }
        active.put(self, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder();
            sb.append(Repr.repr(self.func));
            for (Object a : self.args.items) {
                sb.append(", ").append(Repr.repr(a));
            }
            for (Object[] e : self.keywords.entries()) {
                sb.append(", ").append(Repr.str(e[0])).append('=').append(Repr.repr(e[1]));
            }
            PyType t = TypeOps.typeOf(whole);
            String name = t == TYPE ? "functools.partial" : t.getName();
            return PyStr.of(name + "(" + sb + ")");
        } finally {
            active.remove(self);
        }
    }

    @PyMethod(name = "__reduce__", wholeSelf = true)
    public static Object reduce(Object whole) {
        PyPartial self = self(whole);
        PyDict kw = self.keywords;
        Object d = whole == self ? self.dict : org.pyston.builtins.ops.AttributeOps.lookupAttr(whole, "__dict__");
        boolean noDict = d == null || (d instanceof PyDict dd && dd.size() == 0);
        return PyTuple.of(TypeOps.typeOf(whole), PyTuple.of(self.func), PyTuple.of(self.func, self.args,
                kw.size() == 0 ? PyNone.NONE : kw, noDict ? PyNone.NONE : d));
    }

    @PyMethod(name = "__setstate__")
    public static Object setstate(PyPartial self, Object state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) {
            throw PyExceptions.typeError("invalid partial state");
        }
        Object fn = t.get(0);
        Object fnargs = t.get(1);
        Object kw = t.get(2);
        Object dict = t.get(3);
        if (!BuiltinsModule.callable(fn) || !(PyInstance.unwrap(fnargs) instanceof PyTuple a)
                || (kw != PyNone.NONE && !(PyInstance.unwrap(kw) instanceof PyDict))) {
            throw PyExceptions.typeError("invalid partial state");
        }
        self.func = fn;
        self.args = PyTuple.wrap(a.items.clone());
        self.keywords = kw == PyNone.NONE ? new PyDict() : ((PyDict) PyInstance.unwrap(kw)).copy();
        if (dict != PyNone.NONE) {
            if (!(PyInstance.unwrap(dict) instanceof PyDict d)) {
                throw PyExceptions.typeError("a dict is required, not %s", TypeOps.typeName(dict));
            }
            self.dict.clear();
            self.dict.putAll(d);
        }
        return PyNone.NONE;
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
