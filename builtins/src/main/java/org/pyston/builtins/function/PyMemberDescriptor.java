package org.pyston.builtins.function;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/**
 * A name declared in {@code __slots__} ({@code member_descriptor}): a data descriptor that stores
 * the value in the instance under a hidden key ({@link #storageKey}, which starts with a NUL
 * character so it never shows in {@code __dict__} nor clashes with a real attribute). Immutable.
 */
public final class PyMemberDescriptor implements PyObject {
    /** Python's {@code member_descriptor}. */
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescriptor.class,
            MemberDescriptorMethods.class, false);

    /** The slot's name. */
    public final String name;
    /** The class whose {@code __slots__} declared it ({@code __objclass__}). */
    public final PyType owner;
    /** The key the value is kept under in the instance. */
    public final String storageKey;

    public PyMemberDescriptor(String name, PyType owner) {
        this.name = name;
        this.owner = owner;
        this.storageKey = "\0" + name;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyInstance check(Object obj) {
        if (!(obj instanceof PyInstance inst) || !inst.getType().isSubtype(owner)) {
            throw PyExceptions.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                    owner.getName(), TypeOps.typeName(obj));
        }
        return inst;
    }

    /** The slot's value in {@code obj}; AttributeError when unset. */
    public Object get(Object obj) {
        Object v = check(obj).getAttribute(storageKey);
        if (v == null) {
            PyBaseException e = PyExceptions.attributeError("'%s' object has no attribute '%s'", TypeOps.typeName(obj), name);
            e.setAttribute("name", PyStr.of(name));
            e.setAttribute("obj", obj);
            throw e;
        }
        return v;
    }

    /** Sets the slot ({@code value} non-null) or deletes it (null). */
    public void set(Object obj, Object value) {
        PyInstance inst = check(obj);
        if (value != null) {
            inst.setAttribute(storageKey, value);
        } else if (!inst.deleteAttribute(storageKey)) {
            throw PyExceptions.attributeError("%s", name);
        }
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.getName() + "' objects>";
    }
}
