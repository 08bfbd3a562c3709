package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;

import org.pyston.builtins.exception.PyExceptions;
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

    /**
     * CPython's {@code wrapper_descriptor}: the type of a method that fills one of the type's slots
     * ({@code list.__add__}, {@code object.__lt__}); the Java class is the same.
     */
    public static final PyType WRAPPER_TYPE = PyType.builtin("wrapper_descriptor", PyMethodDescriptor.class,
            MethodDescriptorMethods.class, false);

    /** CPython's {@code method-wrapper}: a slot wrapper bound to its receiver ({@code [].__add__}). */
    public static final PyType METHOD_WRAPPER_TYPE = PyType.builtin("method-wrapper", PyBoundMethod.class,
            BuiltinFunctionMethods.class, false);

    /** The dunder names CPython implements as type slots (its slotdefs), so they show as slot wrappers. */
    private static final java.util.Set<String> SLOT_NAMES = java.util.Set.of("__getattribute__", "__getattr__",
            "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__", "__eq__",
            "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__", "__init__",
            "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
            "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__",
            "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
            "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__",
            "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__",
            "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__",
            "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__",
            "__setitem__", "__delitem__", "__contains__");

    /** Slot names that some types declare as ordinary methods instead (CPython's METH_COEXIST). */
    private static final java.util.Set<String> COEXISTING_METHODS = java.util.Set.of("dict.__contains__",
            "dict.__getitem__", "set.__contains__", "frozenset.__contains__", "list.__getitem__");

    final NativeSignature sig;
    /** The type that defines the method; receivers must be instances of it. */
    final PyType owner;
    /** Whether this is a slot wrapper (type {@code wrapper_descriptor}) rather than a method. */
    private final boolean slotWrapper;

    PyMethodDescriptor(NativeSignature sig, PyType owner) {
        this.sig = sig;
        this.owner = owner;
        this.slotWrapper = SLOT_NAMES.contains(sig.name) && !COEXISTING_METHODS.contains(owner.getName() + "." + sig.name);
    }

    /** Whether this is a slot wrapper ({@code <slot wrapper '__add__' of 'list' objects>}). */
    public boolean isSlotWrapper() {
        return slotWrapper;
    }

    /** A descriptor for the declared Java method {@code m} of {@code owner}'s methods class. */
    static PyMethodDescriptor of(PyType owner, Declaration decl) {
        String name = decl.name();
        return new PyMethodDescriptor(new NativeSignature(name, owner.getName() + "." + name, decl, true), owner);
    }

    @Override
    public PyType getType() {
        return slotWrapper ? WRAPPER_TYPE : TYPE;
    }

    /** {@code __name__}. */
    public String getName() {
        return sig.name;
    }

    /** The defining type ({@code __objclass__}). */
    public PyType getOwner() {
        return owner;
    }

    /**
     * Whether {@code m}, what {@code t} (a subclass of a built-in type) finds for the special
     * method {@code dunder}, is that built-in's own (inherited, not reassigned in the class: not
     * {@code __neg__ = dict.copy} nor {@code __eq__ = str.__eq__} in an int subclass), so the
     * operation may run on the wrapped value directly. Absent counts as inherited.
     */
    public static boolean isInheritedSlot(Object m, PyType t, String dunder) {
        if (m == null) {
            return true;
        }
        return m instanceof PyMethodDescriptor d && d.getName().equals(dunder) && t.builtinBase() != null
                && t.builtinBase().isSubtype(d.getOwner());
    }

    /** Calls the method on {@code self} (type-checked) with vectorcall arguments. */
    public Object callWithSelf(Object self, Object[] args, String[] kwnames) {
        if (!TypeOps.typeOf(self).isSubtype(owner)) {
            if (slotWrapper) {
                throw PyExceptions.typeError("descriptor '%s' requires a '%s' object but received a '%s'",
                        sig.name, owner.getName(), TypeOps.typeName(self));
            }
            throw PyExceptions.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    sig.name, owner.getName(), TypeOps.typeName(self));
        }
        if (owner == org.pyston.builtins.container.PyDict.TYPE && self instanceof PyInstance i
                && i.builtinValue() != null && args.length == 1 && sig.name.equals("__getitem__")) {
            return dictSubclassGetItem(i, args[0]);
        }
        if (sig.dropsKeywords(kwnames) && self instanceof PyInstance inst && sig.name.equals("__init__")
                && inst.getType().lookup("__new__") != owner.lookup("__new__")) {
            args = sig.withoutKeywords(args, kwnames);
            kwnames = null;
        }
        Object receiver = receiverFor(self);
        Object r = sig.call(receiver, args, kwnames);
        // `return self` of an in-place operator, __enter__ or __iter__ is the subclass instance
        return r == receiver && receiver != self && returnsSelf(sig.name) ? self : r;
    }

    private static boolean returnsSelf(String name) {
        return name.equals("__enter__") || name.equals("__iter__")
                || (name.startsWith("__i") && name.endsWith("__") && org.pyston.builtins.ops.BinaryOps.isInplaceDunder(name));
    }

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
            if (slotWrapper) {
                throw PyExceptions.typeError("descriptor '%s' of '%s' object needs an argument", sig.name, owner.getName());
            }
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
        return (slotWrapper ? "<slot wrapper '" : "<method '") + sig.name + "' of '" + owner.getName() + "' objects>";
    }
}
