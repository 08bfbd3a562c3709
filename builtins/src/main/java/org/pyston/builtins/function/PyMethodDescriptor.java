package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;

/**
 * A method of a built-in type implemented in Java ({@code method_descriptor}, e.g.
 * {@code list.append}). Looked up on an instance it binds to a {@link PyBoundMethod}; calling
 * {@code CallOps.callMethod} on a receiver calls it without binding. Immutable.
 */
public final class PyMethodDescriptor implements PyObject, PyCallable, DirectCallable {
    /** Python's {@code method_descriptor}. */
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescriptor.class,
            MethodDescriptorMethods.class, false);

    final NativeSignature sig;
    /** The type that defines the method; receivers must be instances of it. */
    final PyType owner;

    PyMethodDescriptor(NativeSignature sig, PyType owner) {
        this.sig = sig;
        this.owner = owner;
    }

    /** A descriptor for the declared Java method {@code m} of {@code owner}'s methods class. */
    static PyMethodDescriptor of(PyType owner, Method m, PyMethod decl, String name) {
        return new PyMethodDescriptor(new NativeSignature(name, owner.getName() + "." + name, m, decl, true), owner);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** {@code __name__}. */
    public String getName() {
        return sig.name;
    }

    /** The defining type ({@code __objclass__}). */
    public PyType getOwner() {
        return owner;
    }

    /** Calls the method on {@code self} (type-checked) with vectorcall arguments. */
    public Object callWithSelf(Object self, Object[] args, String[] kwnames) {
        if (!TypeOps.typeOf(self).isSubtype(owner)) {
            throw PyExceptions.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    sig.name, owner.getName(), TypeOps.typeName(self));
        }
        if (owner == org.pyston.builtins.container.PyDict.TYPE && self instanceof PyInstance i
                && i.builtinValue() != null && args.length == 1 && sig.name.equals("__getitem__")) {
            return dictSubclassGetItem(i, args[0]);
        }
        Object receiver = receiverFor(self);
        Object r = sig.call(receiver, args, kwnames);
        // an in-place operator of the wrapped value returns that value: CPython returns self (d += x)
        return r == receiver && receiver != self && IN_PLACE.contains(sig.name) ? self : r;
    }

    /** The in-place operator methods, which return their receiver. */
    private static final java.util.Set<String> IN_PLACE = java.util.Set.of("__iadd__", "__isub__", "__imul__",
            "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
            "__iand__", "__ixor__", "__ior__");

    /** {@code dict.__getitem__} on a dict subclass: a missing key goes to the subclass's {@code __missing__}. */
    private Object dictSubclassGetItem(PyInstance self, Object key) {
        Object v = ((org.pyston.builtins.container.PyDict) self.builtinValue()).get(key);
        if (v != null) {
            return v;
        }
        Object missing = self.getType().lookup("__missing__");
        if (missing != null) {
            return org.pyston.builtins.ops.CallOps.callWithSelf(missing, self, new Object[] {key}, null);
        }
        return sig.call(self.builtinValue(), new Object[] {key}, null);
    }

    /**
     * What the Java implementation receives as self: for an instance of a Python subclass of a
     * built-in type (a {@code PyInstance} wrapping a value), the wrapped value, unless this method
     * belongs to {@code object} (whose methods work on the instance itself).
     */
    Object receiverFor(Object self) {
        if (!sig.wholeSelf && owner.instanceClass() != PyInstance.class && self instanceof PyInstance i && i.builtinValue() != null) {
            return i.builtinValue();
        }
        return self;
    }

    /** {@code list.append(l, x)}: the first argument is the receiver. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyExceptions.typeError("unbound method %s() needs an argument", sig.displayName);
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(args[0], rest, kwnames);
    }

    /** {@code (Object self, Object x nargs)Object}; the caller has guarded the receiver's class. */
    @Override
    public MethodHandle positionalHandle(int nargs) {
        return sig.positionalHandle(nargs);
    }

    @Override
    public String toString() {
        return "<method '" + sig.name + "' of '" + owner.getName() + "' objects>";
    }
}
