package org.pyston.builtins.module;

import java.lang.ref.WeakReference;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * {@code weakref.ref}: calling it gives the referent, or None once the JVM has collected it.
 * Hash and equality are the referent's while it lives (the hash is remembered, so a dead
 * reference keeps the hash it had). Invariant: {@code hash} is set at most once.
 *
 * <p>Not yet: callbacks are stored ({@code __callback__}) but never called, because the JVM
 * reports collection through a queue nobody polls yet.
 */
public final class PyWeakRef implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    public static final PyType TYPE = PyType.builtinInModule("ReferenceType", "weakref", PyWeakRef.class, PyWeakRef.class, true);

    private final WeakReference<Object> ref;
    private final Object callback;
    private volatile Long hash;

    PyWeakRef(Object referent, Object callback) {
        this.ref = new WeakReference<>(referent);
        this.callback = callback == null ? PyNone.NONE : callback;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The referent, or null once collected. */
    public Object get() {
        return ref.get();
    }

    @PyMethod(name = "__new__", isStatic = true, required = 2)
    public static Object new_(Object cls, Object obj, Object callback) {
        WeakrefModule.checkReferenceable(obj);
        return new PyWeakRef(obj, callback);
    }

    @PyMethod(name = "__init__", required = 1)
    public static Object init(PyWeakRef self, Object obj, Object callback) {
        return PyNone.NONE;
    }

    @PyMethod(name = "__call__")
    public static Object call(PyWeakRef self) {
        Object o = self.ref.get();
        return o == null ? PyNone.NONE : o;
    }

    @PyGetter("__callback__")
    public static Object callback(PyWeakRef self) {
        return self.ref.get() == null ? PyNone.NONE : self.callback;
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyWeakRef self) {
        Long h = self.hash;
        if (h == null) {
            Object o = self.ref.get();
            if (o == null) throw PyExceptions.typeError("weak object has gone away");
            h = Hashing.hash(o);
            self.hash = h;
        }
        return PyInt.valueOf(h);
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyWeakRef self, Object other) {
        if (!(other instanceof PyWeakRef o)) return PyNotImplemented.NOT_IMPLEMENTED;
        Object a = self.ref.get();
        Object b = o.ref.get();
        if (a == null || b == null) return PyBool.of(self == o);
        return CompareOps.eq(a, b);
    }

    @PyMethod(name = "__ne__")
    public static Object ne(PyWeakRef self, Object other) {
        Object r = eq(self, other);
        return r instanceof PyBool b ? PyBool.of(!b.value) : r;
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyWeakRef self) {
        Object o = self.ref.get();
        if (o == null) return PyStr.of("<weakref at " + Integer.toHexString(System.identityHashCode(self)) + "; dead>");
        return PyStr.of("<weakref at " + Integer.toHexString(System.identityHashCode(self)) + "; to '"
                + TypeOps.typeName(o) + "' at " + Integer.toHexString(System.identityHashCode(o)) + ">");
    }
}
