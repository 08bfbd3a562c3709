package org.pyston.builtins.module;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * <p>The callback is called once, with the Python-visible reference (the subclass instance that
 * wraps this value, or the proxy), when the referent has been found unreachable at a safe point:
 * see {@link WeakRefRegistry} for when that is and how it differs from CPython.
 */
public final class PyWeakRef implements PyObject, org.pyston.builtins.ops.SlotDispatched,
        org.pyston.builtins.object.WrappedValue {
    public static final PyType TYPE = PyType.builtinInModule("ReferenceType", "weakref", PyWeakRef.class, PyWeakRef.class, true);

    /** The JVM-side reference; queued to the registry when it has a callback. */
    static final class Referent extends WeakReference<Object> {
        /** The Python reference this belongs to (keeps it alive while queued). */
        final PyWeakRef owner;

        Referent(Object referent, PyWeakRef owner, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.owner = owner;
        }
    }

    private final Referent ref;
    private final Object callback;
    private volatile Long hash;
    /** Set once the callback has been claimed for running (or when there is none). */
    private final AtomicBoolean callbackClaimed;
    /** What the callback receives: a subclass instance or proxy wrapping this, else null for this. */
    private volatile Object exposed;

    PyWeakRef(Object referent, Object callback) {
        WeakRefRegistry registry = WeakRefRegistry.current();
        boolean hasCallback = callback != null && callback != PyNone.NONE;
        this.ref = new Referent(referent, this, hasCallback ? registry.queue : null);
        this.callback = hasCallback ? callback : PyNone.NONE;
        this.callbackClaimed = new AtomicBoolean(!hasCallback);
        registry.register(this);
    }

    @Override
    public void wrappedBy(org.pyston.builtins.object.PyInstance outer) {
        exposed = outer;
    }

    /** Makes {@code proxy} the object the callback receives. */
    void exposeAs(Object proxy) {
        exposed = proxy;
    }

    /** The object Python code sees for this reference. */
    Object exposed() {
        Object e = exposed;
        return e == null ? this : e;
    }

    /** True once only, for the caller that is to run the callback. */
    boolean claimCallback() {
        return callbackClaimed.compareAndSet(false, true);
    }

    Object callbackObject() {
        return callback;
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
