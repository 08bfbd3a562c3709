package org.pyston.builtins.io;

import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.object.WrappedValue;

/**
 * The Java object behind every {@code _io} object: {@code _IOBase} and its abstract subclasses
 * ({@code _RawIOBase}, {@code _BufferedIOBase}, {@code _TextIOBase}) use it as it is; the concrete
 * classes (FileIO, BytesIO, ...) extend it. When a Python class derives from an io type, its
 * instance is a {@link PyInstance} wrapping one of these, and {@link #self()} is that instance:
 * the Java methods call overridable operations ({@code read}, {@code flush}, {@code closed} ...)
 * through it, so the subclass's overrides win, as in CPython's C implementation.
 */
public class PyIOBase implements PyObject, WrappedValue {
    /** {@code _io._IOBase}. */
    public static final PyType IO_BASE = PyType.builtinInModule("_IOBase", "_io", PyIOBase.class, IOBaseMethods.class, true);
    /** {@code _io._RawIOBase}. */
    public static final PyType RAW_IO_BASE = PyType.builtinInModule("_RawIOBase", "_io", PyIOBase.class,
            RawIOBaseMethods.class, true, IO_BASE);
    /** {@code _io._BufferedIOBase}. */
    public static final PyType BUFFERED_IO_BASE = PyType.builtinInModule("_BufferedIOBase", "_io", PyIOBase.class,
            BufferedIOBaseMethods.class, true, IO_BASE);
    /** {@code _io._TextIOBase}. */
    public static final PyType TEXT_IO_BASE = PyType.builtinInModule("_TextIOBase", "_io", PyIOBase.class,
            TextIOBaseMethods.class, true, IO_BASE);

    /** The built-in type of a plain {@code _IOBase}-family object (the concrete classes override {@link #getType}). */
    private final PyType kind;
    /** The Python-visible object: the wrapping instance of a Python subclass, or this. */
    private Object self = this;
    /** {@code _IOBase}'s own closed flag ({@code __IOBase_closed}), used when a subclass does not override close. */
    volatile boolean baseClosed;

    PyIOBase(PyType kind) {
        this.kind = kind;
    }

    @Override
    public PyType getType() {
        return kind;
    }

    @Override
    public void wrappedBy(PyInstance outer) {
        this.self = outer;
    }

    /** What Python code sees as this object (see class comment). */
    public final Object self() {
        return self;
    }

    /** True when the Python-visible object is this Java object (no Python subclass may override anything). */
    final boolean exact() {
        return self == this;
    }
}
