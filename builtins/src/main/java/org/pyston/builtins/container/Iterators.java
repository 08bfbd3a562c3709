package org.pyston.builtins.container;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.text.PyStr;

/**
 * The built-in iterator types. Each is a small {@link PyIterator}; {@code nextOrNull} returns null
 * once exhausted and stays exhausted. They are not thread-safe objects themselves (sharing one
 * iterator between threads may skip or repeat values, as in CPython without the GIL), but never
 * break the container they read.
 */
public final class Iterators {
    private Iterators() {
    }

    /** {@code list_iterator}: reads the live list by index, so appends during iteration are seen. */
    public static final class ListIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("list_iterator", ListIterator.class, IteratorMethods.class, false);

        static {
            TYPE.addDeclarations(LengthHintMethods.class);
            TYPE.addDeclarations(IteratorPickling.ListIteratorState.class);
        }

        /** The list, or null once exhausted. */
        PyList list;
        int index;

        public ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public long lengthHint() {
            PyList l = list;
            return l == null ? 0 : Math.max(0, l.size() - index);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            PyList l = list;
            if (l == null) {
                return null;
            }
            Object v = l.getOrNull(index);
            if (v == null) {
                list = null;
                return null;
            }
            index++;
            return v;
        }
    }

    /** {@code list_reverseiterator}. */
    public static final class ReverseListIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("list_reverseiterator", ReverseListIterator.class,
                IteratorMethods.class, false);

        static {
            TYPE.addDeclarations(LengthHintMethods.class);
            TYPE.addDeclarations(IteratorPickling.ReverseListIteratorState.class);
        }

        /** {@link #index} once a read found no item (CPython clears the iterator's list then). */
        static final int EXHAUSTED = -2;

        final PyList list;
        /**
         * The next position to read: -1 after the first item was read (the end is not yet seen),
         * {@link #EXHAUSTED} once a read found nothing; pickling tells the two apart, as CPython.
         */
        int index;

        @Override
        public long lengthHint() {
            return index < 0 || list.size() < index + 1 ? 0 : index + 1;
        }

        public ReverseListIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (index < 0) {
                index = EXHAUSTED;
                return null;
            }
            Object v = list.getOrNull(index);
            if (v == null) {
                index = EXHAUSTED;
                return null;
            }
            index--;
            return v;
        }
    }

    /** {@code tuple_iterator} (and other fixed arrays). */
    public static final class ArrayIterator implements PyIterator {
        public static final PyType TUPLE_TYPE = PyType.builtin("tuple_iterator", ArrayIterator.class,
                IteratorMethods.class, false);

        static {
            TUPLE_TYPE.addDeclarations(LengthHintMethods.class);
            TUPLE_TYPE.addDeclarations(IteratorPickling.TupleIteratorState.class);
        }

        final Object[] items;
        private final PyType type;
        int index;

        public ArrayIterator(Object[] items, PyType type) {
            this.items = items;
            this.type = type;
        }

        @Override
        public long lengthHint() {
            return items.length - index;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public Object nextOrNull() {
            if (index >= items.length) {
                return null;
            }
            return items[index++];
        }
    }

    /** {@code str_ascii_iterator}: by code point. */
    public static final class StrIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("str_ascii_iterator", StrIterator.class, IteratorMethods.class, false);

        static {
            TYPE.addDeclarations(LengthHintMethods.class);
            TYPE.addDeclarations(IteratorPickling.StrIteratorState.class);
        }

        @Override
        public long lengthHint() {
            return s.codePointCount(Math.min(offset, s.length()), s.length());
        }

        final String s;
        /** The char offset of the next code point. */
        int offset;

        public StrIterator(PyStr s) {
            this.s = s.value();
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (offset >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(offset);
            offset += Character.charCount(cp);
            return PyStr.ofCodePoint(cp);
        }
    }

    /** {@code range_iterator}. */
    public static final class RangeIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("range_iterator", RangeIterator.class, IteratorMethods.class, false);

        static {
            TYPE.addDeclarations(IteratorPickling.RangeIteratorState.class);
        }

        /** The first value and the number of values, for pickling. */
        final long start;
        final long length;
        long next;
        final long step;
        long remaining;

        public RangeIterator(long start, long step, long length) {
            this.start = start;
            this.next = start;
            this.step = step;
            this.length = length;
            this.remaining = length;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return new PyInt(v);
        }
    }

    /** {@code dict_keyiterator}, {@code dict_valueiterator}, {@code dict_itemiterator}. */
    public static final class DictIterator implements PyIterator {
        public static final int KEYS = 0;
        public static final int VALUES = 1;
        public static final int ITEMS = 2;
        public static final PyType KEYS_TYPE = PyType.builtin("dict_keyiterator", DictIterator.class, IteratorMethods.class, false);
        public static final PyType VALUES_TYPE = PyType.builtin("dict_valueiterator", DictIterator.class, IteratorMethods.class, false);
        public static final PyType ITEMS_TYPE = PyType.builtin("dict_itemiterator", DictIterator.class, IteratorMethods.class, false);

        static {
            KEYS_TYPE.addDeclarations(LengthHintMethods.class);
            VALUES_TYPE.addDeclarations(LengthHintMethods.class);
            ITEMS_TYPE.addDeclarations(LengthHintMethods.class);
            KEYS_TYPE.addDeclarations(IteratorPickling.RemainingItems.class);
            VALUES_TYPE.addDeclarations(IteratorPickling.RemainingItems.class);
            ITEMS_TYPE.addDeclarations(IteratorPickling.RemainingItems.class);
        }

        /** Items returned so far. */
        private int yielded;

        @Override
        public long lengthHint() {
            return done || dict.size() != initialSize ? 0 : initialSize - yielded;
        }

        private final PyDict dict;
        private final int kind;
        private final int initialSize;
        private int pos;
        private boolean done;

        public DictIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
            this.initialSize = dict.size();
        }

        /** What the rest of this iteration would produce, leaving this iterator where it is. */
        java.util.List<Object> remaining() {
            java.util.List<Object> out = new java.util.ArrayList<>();
            if (done) {
                return out;
            }
            if (dict.size() != initialSize) {
                throw PyExceptions.runtimeError("dictionary changed size during iteration");
            }
            synchronized (dict) {
                for (int p = dict.nextLive(pos); p >= 0; p = dict.nextLive(p + 1)) {
                    out.add(kind == KEYS ? dict.keyAt(p) : kind == VALUES ? dict.valueAt(p)
                            : PyTuple.of(dict.keyAt(p), dict.valueAt(p)));
                }
            }
            return out;
        }

        @Override
        public PyType getType() {
            return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (done) {
                return null;
            }
            if (dict.size() != initialSize) {
                done = true;
                throw PyExceptions.runtimeError("dictionary changed size during iteration");
            }
            synchronized (dict) {
                int p = dict.nextLive(pos);
                if (p < 0) {
                    done = true;
                    return null;
                }
                if (yielded == initialSize) {
                    // as many deletions as insertions since the start: the size alone cannot tell
                    done = true;
                    throw PyExceptions.runtimeError("dictionary keys changed during iteration");
                }
                pos = p + 1;
                yielded++;
                switch (kind) {
                    case KEYS: return dict.keyAt(p);
                    case VALUES: return dict.valueAt(p);
                    default: return PyTuple.of(dict.keyAt(p), dict.valueAt(p));
                }
            }
        }
    }

    /** {@code set_iterator}. */
    public static final class SetIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("set_iterator", SetIterator.class, IteratorMethods.class, false);

        static {
            TYPE.addDeclarations(LengthHintMethods.class);
            TYPE.addDeclarations(IteratorPickling.RemainingItems.class);
        }

        /** Items returned so far. */
        private int yielded;

        @Override
        public long lengthHint() {
            return done || table.size() != initialSize ? 0 : initialSize - yielded;
        }

        private final SetTable table;
        private final int initialSize;
        private int pos;
        private boolean done;

        public SetIterator(SetTable table) {
            this.table = table;
            this.initialSize = table.size();
        }

        /** What the rest of this iteration would produce, leaving this iterator where it is. */
        java.util.List<Object> remaining() {
            java.util.List<Object> out = new java.util.ArrayList<>();
            if (done) {
                return out;
            }
            if (table.size() != initialSize) {
                throw PyExceptions.runtimeError("Set changed size during iteration");
            }
            for (Object[] r = table.nextFrom(pos); r != null; r = table.nextFrom((Integer) r[0] + 1)) {
                out.add(r[1]);
            }
            return out;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (done) {
                return null;
            }
            if (table.size() != initialSize) {
                done = true;
                throw PyExceptions.runtimeError("Set changed size during iteration");
            }
            Object[] r = table.nextFrom(pos);
            if (r == null) {
                done = true;
                return null;
            }
            pos = (Integer) r[0] + 1;
            yielded++;
            return r[1];
        }
    }

    /** {@code iterator}: the {@code __getitem__} protocol, until IndexError or StopIteration. */
    public static final class SequenceIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("iterator", SequenceIterator.class, IteratorMethods.class, false);

        static {
            TYPE.addDeclarations(IteratorPickling.SequenceIteratorState.class);
        }

        /** The sequence, or null once exhausted. */
        Object seq;
        long index;

        public SequenceIterator(Object seq) {
            this.seq = seq;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (seq == null) {
                return null;
            }
            try {
                return ItemOps.getItem(seq, new PyInt(index++));
            } catch (PyBaseException e) {
                if (e.isInstance(PyExceptions.INDEX_ERROR) || e.isInstance(PyExceptions.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }

    /** {@code callable_iterator}: {@code iter(callable, sentinel)}. */
    public static final class CallableIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("callable_iterator", CallableIterator.class, IteratorMethods.class, false);

        static {
            TYPE.addDeclarations(IteratorPickling.CallableIteratorState.class);
        }

        /** The callable, or null once exhausted. */
        Object callable;
        final Object sentinel;

        public CallableIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (callable == null) {
                return null;
            }
            Object v;
            try {
                v = CallOps.call(callable, new Object[0], null);
            } catch (PyBaseException e) {
                if (e.isInstance(PyExceptions.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (CompareOps.eqBool(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }
}
