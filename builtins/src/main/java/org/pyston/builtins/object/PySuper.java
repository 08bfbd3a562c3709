package org.pyston.builtins.object;

/**
 * A {@code super} object: a proxy that looks attributes up along the MRO of {@link #startType},
 * starting after {@link #thisClass}, and binds what it finds to {@link #obj}.
 *
 * <p>Invariants: {@code thisClass} is a type; {@code obj} is null (unbound super) or an instance
 * or subclass of {@code thisClass}; {@code startType} is {@code type(obj)} when obj is an
 * instance, {@code obj} itself when obj is a subclass, null when unbound. Immutable.
 *
 * <p>Zero-argument {@code super()} is rewritten by the compiler into {@code super(__class__,
 * first_parameter)}, so only the explicit forms reach the runtime.
 */
public final class PySuper implements PyObject, WrappedValue {
    /** Python's {@code super}. */
    public static final PyType TYPE = PyType.builtin("super", PySuper.class, SuperMethods.class, true);

    /** The class the search starts after ({@code __thisclass__}). */
    public final PyType thisClass;
    /** The bound object ({@code __self__}), or null. */
    public final Object obj;
    /** The type whose MRO is searched ({@code __self_class__}), or null. */
    public final PyType startType;

    /** The instance of a Python subclass of super wrapping this one, or null. */
    private PyInstance wrapper;

    public PySuper(PyType thisClass, Object obj, PyType startType) {
        this.thisClass = thisClass;
        this.obj = obj;
        this.startType = startType;
    }

    @Override
    public void wrappedBy(PyInstance outer) {
        wrapper = outer;
    }

    /** The Python-visible object: the subclass instance wrapping this one, else this. */
    public Object outer() {
        return wrapper != null ? wrapper : this;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }
}
