package org.pyston.builtins.struct;

import org.pyston.builtins.container.IteratorMethods;
import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;

/** {@code _struct.unpack_iterator}: what {@code iter_unpack} returns, one tuple per record. */
public final class UnpackIterator implements PyIterator {
    /** {@code _struct.unpack_iterator}. */
    public static final PyType TYPE = PyType.builtinInModule("unpack_iterator", "_struct", UnpackIterator.class,
            UnpackIterator.class);

    private final StructFormat fmt;
    /** A private copy of the buffer taken when the iterator was made. */
    private final byte[] data;
    private int offset;

    UnpackIterator(StructFormat fmt, byte[] data) {
        this.fmt = fmt;
        this.data = data;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public synchronized Object nextOrNull() {
        if (offset + fmt.size > data.length) {
            return null;
        }
        Object r = fmt.unpack(data, offset);
        offset += fmt.size;
        return r;
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create '_struct.unpack_iterator' instances");
    }

    @PyMethod(name = "__iter__")
    public static Object iter(Object self) {
        return IteratorMethods.iter(self);
    }

    @PyMethod(name = "__next__")
    public static Object next(Object self) {
        return IteratorMethods.next(self);
    }

    @PyMethod(name = "__length_hint__")
    public static Object lengthHint(UnpackIterator self) {
        return PyInt.valueOf((self.data.length - self.offset) / self.fmt.size);
    }
}
