package org.pyston.builtins.container;

import java.math.BigInteger;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * {@code __reduce__} and {@code __setstate__} of the built-in container iterators, so that
 * {@code pickle} and {@code copy} handle a half-consumed iterator as CPython does: the reduce value
 * is {@code (iter, (container,), position)} (a positional iterator) or
 * {@code (iter, (list_of_what_remains,))} (dict and set iterators, whose position means nothing in
 * another table), and an exhausted iterator reduces to an iterator over an empty container.
 * {@code __setstate__} clamps the position into the container, as CPython's does.
 */
public final class IteratorPickling {
    private IteratorPickling() {
    }

    /** The {@code iter} builtin: what the reduce values name as the callable that rebuilds. */
    static Object iterBuiltin() {
        return Interpreter.current().getBuiltinsDict().getStr("iter");
    }

    private static PyTuple rebuild(Object container, long index) {
        return PyTuple.of(iterBuiltin(), PyTuple.of(container), PyInt.valueOf(index));
    }

    private static PyTuple rebuildEmpty(Object empty) {
        return PyTuple.of(iterBuiltin(), PyTuple.of(empty));
    }

    /** The position a {@code __setstate__} was given: an int (no {@code __index__}), as CPython's. */
    public static long position(Object state) {
        if (!IntMath.isInt(state)) {
            throw PyExceptions.typeError("an integer is required");
        }
        return UnaryOps.indexAsLong(state);
    }

    /** {@code value} clamped into {@code [lo, hi]}. */
    static long clamp(long value, long lo, long hi) {
        return value < lo ? lo : Math.min(value, hi);
    }

    /** {@code list_iterator}. */
    public static final class ListIteratorState {
        private ListIteratorState() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Iterators.ListIterator self) {
            PyList l = self.list;
            return l == null ? rebuildEmpty(new PyList()) : rebuild(l, self.index);
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(Iterators.ListIterator self, Object state) {
            long i = position(state);
            PyList l = self.list;
            if (l != null) {
                self.index = (int) clamp(i, 0, l.size());
            }
            return PyNone.NONE;
        }
    }

    /** {@code list_reverseiterator}: rebuilt by {@code reversed}. */
    public static final class ReverseListIteratorState {
        private ReverseListIteratorState() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Iterators.ReverseListIterator self) {
            int i = self.index;
            if (i != Iterators.ReverseListIterator.EXHAUSTED) {
                Object reversed = Interpreter.current().getBuiltinsDict().getStr("reversed");
                return PyTuple.of(reversed, PyTuple.of(self.list), PyInt.valueOf(i));
            }
            return rebuildEmpty(new PyList());
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(Iterators.ReverseListIterator self, Object state) {
            long i = position(state);
            if (self.index != Iterators.ReverseListIterator.EXHAUSTED) {
                self.index = (int) clamp(i, -1, self.list.size() - 1L);
            }
            return PyNone.NONE;
        }
    }

    /** {@code tuple_iterator}. */
    public static final class TupleIteratorState {
        private TupleIteratorState() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Iterators.ArrayIterator self) {
            if (self.index >= self.items.length) {
                return rebuildEmpty(PyTuple.of());
            }
            return rebuild(PyTuple.wrap(self.items), self.index);
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(Iterators.ArrayIterator self, Object state) {
            self.index = (int) clamp(position(state), 0, self.items.length);
            return PyNone.NONE;
        }
    }

    /** {@code str_ascii_iterator}: the position is counted in code points, as Python indexes. */
    public static final class StrIteratorState {
        private StrIteratorState() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Iterators.StrIterator self) {
            String s = self.s;
            if (self.offset >= s.length()) {
                return rebuildEmpty(PyStr.of(""));
            }
            return rebuild(PyStr.of(s), s.codePointCount(0, self.offset));
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(Iterators.StrIterator self, Object state) {
            String s = self.s;
            long i = clamp(position(state), 0, s.codePointCount(0, s.length()));
            self.offset = s.offsetByCodePoints(0, (int) i);
            return PyNone.NONE;
        }
    }

    /** {@code range_iterator}: rebuilt from the range it walks and the number of values taken. */
    public static final class RangeIteratorState {
        private RangeIteratorState() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Iterators.RangeIterator self) {
            BigInteger start = BigInteger.valueOf(self.start);
            BigInteger step = BigInteger.valueOf(self.step);
            BigInteger stop = start.add(BigInteger.valueOf(self.length).multiply(step));
            return rebuild(new PyRange(start, stop, step), self.length - self.remaining);
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(Iterators.RangeIterator self, Object state) {
            long i = clamp(position(state), 0, self.length);
            self.remaining = self.length - i;
            self.next = self.start + i * self.step;
            return PyNone.NONE;
        }
    }

    /** {@code dict_*iterator} and {@code set_iterator}: a list of what remains. */
    public static final class RemainingItems {
        private RemainingItems() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Object self) {
            java.util.List<Object> rest = self instanceof Iterators.DictIterator d ? d.remaining()
                    : ((Iterators.SetIterator) self).remaining();
            return rebuildEmpty(PyList.wrap(rest.toArray()));
        }
    }

    /** {@code iterator} (the {@code __getitem__} protocol). */
    public static final class SequenceIteratorState {
        private SequenceIteratorState() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Iterators.SequenceIterator self) {
            Object seq = self.seq;
            return seq == null ? rebuildEmpty(PyTuple.of()) : rebuild(seq, self.index);
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(Iterators.SequenceIterator self, Object state) {
            long i = position(state);
            if (self.seq != null) {
                self.index = Math.max(0, i);
            }
            return PyNone.NONE;
        }
    }

    /** {@code callable_iterator}: {@code iter(callable, sentinel)} again. */
    public static final class CallableIteratorState {
        private CallableIteratorState() {
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(Iterators.CallableIterator self) {
            Object c = self.callable;
            if (c == null) {
                return rebuildEmpty(PyTuple.of());
            }
            return PyTuple.of(iterBuiltin(), PyTuple.of(c, self.sentinel));
        }
    }
}
