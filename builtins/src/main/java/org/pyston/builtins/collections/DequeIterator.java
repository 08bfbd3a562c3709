package org.pyston.builtins.collections;

import org.pyston.builtins.container.IteratorMethods;
import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;

/**
 * {@code _collections._deque_iterator} and {@code _deque_reverse_iterator}: walk a deque by
 * position, and raise {@code RuntimeError: deque mutated during iteration} when the deque's state
 * changed since the iterator was made (CPython's rule: assignment of an item is not a change).
 */
public final class DequeIterator implements PyIterator {
    /** {@code _collections._deque_iterator}. */
    public static final PyType FORWARD_TYPE = PyType.builtinInModule("_deque_iterator", "_collections",
            DequeIterator.class, Methods.class);
    /** {@code _collections._deque_reverse_iterator}. */
    public static final PyType REVERSE_TYPE = PyType.builtinInModule("_deque_reverse_iterator", "_collections",
            DequeIterator.class, Methods.class);

    private final PyDeque deque;
    private final boolean reverse;
    private final int state;
    /** How many elements were returned so far. */
    private int consumed;
    private boolean done;

    DequeIterator(PyDeque deque, boolean reverse, int skip) {
        this.deque = deque;
        this.reverse = reverse;
        this.state = deque.state;
        this.consumed = skip;
    }

    @Override
    public PyType getType() {
        return reverse ? REVERSE_TYPE : FORWARD_TYPE;
    }

    @Override
    public Object nextOrNull() {
        if (done) {
            return null;
        }
        synchronized (deque) {
            if (deque.state != state) {
                done = true;
                throw PyExceptions.runtimeError("deque mutated during iteration");
            }
            int n = deque.size();
            if (consumed >= n) {
                done = true;
                return null;
            }
            Object v = deque.get(reverse ? n - 1 - consumed : consumed);
            consumed++;
            return v;
        }
    }

    /** Methods of both iterator types (beyond {@code __iter__}/{@code __next__}). */
    public static final class Methods {
        private Methods() {
        }

        @PyMethod(name = "__new__", isStatic = true, required = 2)
        public static Object new_(Object cls, Object deque, Object index) {
            if (!(PyInstance.unwrap(deque) instanceof PyDeque d)) {
                throw PyExceptions.typeError("argument 1 must be collections.deque, not %s", TypeOps.typeName(deque));
            }
            boolean reverse = cls == REVERSE_TYPE;
            DequeIterator it = new DequeIterator(d, reverse, 0);
            long skip = index == null ? 0 : UnaryOps.indexAsLong(index);
            for (long i = 0; i < skip && it.nextOrNull() != null; i++) {
                // advance as CPython does, one element at a time
            }
            return it;
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
        public static Object lengthHint(DequeIterator self) {
            if (self.done) {
                return PyInt.valueOf(0);
            }
            return PyInt.valueOf(Math.max(0, self.deque.size() - self.consumed));
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(DequeIterator self) {
            return PyTuple.of(self.getType(), PyTuple.of(self.deque, PyInt.valueOf(self.consumed)));
        }
    }
}
