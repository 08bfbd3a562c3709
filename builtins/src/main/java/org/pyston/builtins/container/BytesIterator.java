package org.pyston.builtins.container;

import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyByteArray;
import org.pyston.builtins.text.PyBytes;

/**
 * {@code bytes_iterator} and {@code bytearray_iterator}: read the object by index, so a bytearray
 * changed during iteration is seen as it is now (CPython's bytearrayiter_next), and pickle as
 * {@code (iter, (seq,), index)}, or {@code (iter, ((),))} once exhausted.
 */
public final class BytesIterator implements PyIterator {
    public static final PyType BYTES_TYPE = PyType.builtin("bytes_iterator", BytesIterator.class,
            IteratorMethods.class, false);
    public static final PyType BYTEARRAY_TYPE = PyType.builtin("bytearray_iterator", BytesIterator.class,
            IteratorMethods.class, false);

    static {
        BYTES_TYPE.addDeclarations(LengthHintMethods.class);
        BYTES_TYPE.addDeclarations(State.class);
        BYTEARRAY_TYPE.addDeclarations(LengthHintMethods.class);
        BYTEARRAY_TYPE.addDeclarations(State.class);
    }

    /** The bytes or bytearray, or null once exhausted (a read found no item). */
    private Object seq;
    private final boolean bytearray;
    private int index;

    /** An iterator over {@code seq}, a {@link PyBytes} or a {@link PyByteArray}. */
    public BytesIterator(Object seq) {
        this.seq = seq;
        this.bytearray = seq instanceof PyByteArray;
    }

    private int size() {
        Object s = seq;
        return s == null ? 0 : s instanceof PyBytes b ? b.value.length : ((PyByteArray) s).size();
    }

    @Override
    public PyType getType() {
        return bytearray ? BYTEARRAY_TYPE : BYTES_TYPE;
    }

    @Override
    public long lengthHint() {
        return Math.max(0, size() - index);
    }

    @Override
    public Object nextOrNull() {
        Object s = seq;
        if (s == null) {
            return null;
        }
        int v;
        if (s instanceof PyBytes b) {
            if (index >= b.value.length) {
                seq = null;
                return null;
            }
            v = b.value[index] & 0xff;
        } else {
            PyByteArray a = (PyByteArray) s;
            synchronized (a) {
                if (index >= a.size()) {
                    seq = null;
                    return null;
                }
                v = a.get(index) & 0xff;
            }
        }
        index++;
        return PyInt.valueOf(v);
    }

    /** {@code __reduce__}/{@code __setstate__}, as CPython's striter/bytearrayiter. */
    public static final class State {
        private State() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(BytesIterator self) {
            Object s = self.seq;
            if (s == null) {
                return PyTuple.of(IteratorPickling.iterBuiltin(), PyTuple.of(PyTuple.of()));
            }
            return PyTuple.of(IteratorPickling.iterBuiltin(), PyTuple.of(s), PyInt.valueOf(self.index));
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(BytesIterator self, Object state) {
            long i = IteratorPickling.position(state);
            if (self.seq != null) {
                self.index = (int) IteratorPickling.clamp(i, 0, self.size());
            }
            return PyNone.NONE;
        }
    }
}
