package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;

/**
 * An attribute of a built-in type computed by Java code ({@code getset_descriptor}), declared with
 * {@code @PyGetter}/{@code @PySetter}. A data descriptor: it wins over the instance dictionary.
 */
public final class PyGetSetDescriptor implements PyObject {
    /** Python's {@code getset_descriptor}. */
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescriptor.class, GetSetDescriptorMethods.class, false);

    final String name;
    final PyType owner;
    /** (Object)Object. */
    final MethodHandle getter;
    /** (Object, Object)void, or null when read-only; value null means delete. */
    volatile MethodHandle setter;

    PyGetSetDescriptor(String name, PyType owner, MethodHandle getter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
    }

    /**
     * A getset descriptor over {@code getter} {@code (Object)Object} and {@code setter}
     * {@code (Object,Object)void} (value null deletes; null setter: read-only).
     */
    public static PyGetSetDescriptor of(String name, PyType owner, MethodHandle getter, MethodHandle setter) {
        PyGetSetDescriptor d = new PyGetSetDescriptor(name, owner, getter);
        d.setter = setter;
        return d;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The attribute's Python name. */
    public String getName() {
        return name;
    }

    /** Reads the attribute of {@code obj}. */
    public Object get(Object obj) {
        check(obj);
        try {
            return (Object) getter.invokeExact(receiverFor(obj));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw PyExceptions.translate(t);
        }
    }

    /** Writes (value non-null) or deletes (null) the attribute of {@code obj}. */
    public void set(Object obj, Object value) {
        check(obj);
        MethodHandle s = setter;
        if (s == null) {
            if (value == null) {
                throw PyExceptions.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.getName());
            }
            throw PyExceptions.attributeError("attribute '%s' of '%s' objects is not writable", name, owner.getName());
        }
        try {
            s.invokeExact(receiverFor(obj), value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw PyExceptions.translate(t);
        }
    }

    /** The wrapped built-in value of a built-in subclass instance (see PyMethodDescriptor.receiverFor). */
    private Object receiverFor(Object obj) {
        if (owner.instanceClass() != org.pyston.builtins.object.PyInstance.class
                && obj instanceof org.pyston.builtins.object.PyInstance i && i.builtinValue() != null) {
            return i.builtinValue();
        }
        return obj;
    }

    private void check(Object obj) {
        if (!TypeOps.typeOf(obj).isSubtype(owner)) {
            throw PyExceptions.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), TypeOps.typeName(obj));
        }
    }

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + owner.getName() + "' objects>";
    }
}
