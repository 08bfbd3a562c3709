package org.pyston.builtins.module;

import org.pyston.builtins.container.PyIterator;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.BinaryOps;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.object.PyNone;

/** The lazy iterators the builtins module returns: enumerate, zip, map, filter, reversed. */
public final class BuiltinIterators {
    private BuiltinIterators() {
    }

    /** {@code enumerate}. */
    public static final class Enumerate implements PyIterator {
        public static final PyType TYPE = PyType.builtin("enumerate", Enumerate.class, IteratorTypeMethods.EnumerateMethods.class, true);
        final Object it;
        Object count;

        public Enumerate(Object iterable, Object start) {
            this.it = IterOps.iter(iterable);
            this.count = start;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            Object v = IterOps.next(it);
            if (v == null) {
                return null;
            }
            Object c = count;
            count = BinaryOps.add(c, new PyInt(1));
            return PyTuple.of(c, v);
        }
    }

    /** {@code zip} (with {@code strict=}). */
    public static final class Zip implements PyIterator {
        public static final PyType TYPE = PyType.builtin("zip", Zip.class, IteratorTypeMethods.ZipMethods.class, true);
        final Object[] its;
        /** Set by {@code __setstate__} when unpickled. */
        boolean strict;
        private boolean done;

        public Zip(Object[] iterables, boolean strict) {
            its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = IterOps.iter(iterables[i]);
            }
            this.strict = strict;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (done || its.length == 0) {
                return null;
            }
            Object[] out = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = IterOps.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw PyExceptions.valueError("zip() argument %d is shorter than argument%s%d", i + 1,
                                    i == 1 ? " " : "s 1-", i);
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (IterOps.next(its[j]) != null) {
                                throw PyExceptions.valueError("zip() argument %d is longer than argument%s%d", j + 1,
                                        j == 1 ? " " : "s 1-", j);
                            }
                        }
                    }
                    return null;
                }
                out[i] = v;
            }
            return PyTuple.wrap(out);
        }
    }

    /** {@code map}. */
    public static final class MapIterator implements PyIterator {
        public static final PyType TYPE = PyType.builtin("map", MapIterator.class, IteratorTypeMethods.MapMethods.class, true)
                .withNewIgnoringKeywordsForInit();
        final Object function;
        final Object[] its;

        public MapIterator(Object function, Object[] iterables) {
            this.function = function;
            its = new Object[iterables.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = IterOps.iter(iterables[i]);
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            Object[] args = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = IterOps.next(its[i]);
                if (v == null) {
                    return null;
                }
                args[i] = v;
            }
            return CallOps.call(function, args, null);
        }
    }

    /** {@code filter}. */
    public static final class Filter implements PyIterator {
        public static final PyType TYPE = PyType.builtin("filter", Filter.class, IteratorTypeMethods.FilterMethods.class, true)
                .withNewIgnoringKeywordsForInit();
        /** The predicate, or null for None (truth of the item). */
        final Object function;
        final Object it;

        public Filter(Object function, Object iterable) {
            this.function = function == PyNone.NONE ? null : function;
            this.it = IterOps.iter(iterable);
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            while (true) {
                Object v = IterOps.next(it);
                if (v == null) {
                    return null;
                }
                Object t = function == null ? v : CallOps.call(function, new Object[] {v}, null);
                if (Truth.isTrue(t)) {
                    return v;
                }
            }
        }
    }

    /** {@code reversed} over a sequence ({@code __len__} and {@code __getitem__}). */
    public static final class Reversed implements PyIterator {
        public static final PyType TYPE = PyType.builtin("reversed", Reversed.class, IteratorTypeMethods.ReversedMethods.class, false);
        /** The sequence, or null once exhausted. */
        Object seq;
        long index;

        public Reversed(Object seq, long length) {
            this.seq = seq;
            this.index = length - 1;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public Object nextOrNull() {
            if (index < 0 || seq == null) {
                seq = null;
                return null;
            }
            return org.pyston.builtins.ops.ItemOps.getItem(seq, new PyInt(index--));
        }

        /** {@code __length_hint__}: the items not yet produced. */
        public long lengthHint() {
            return Math.max(0, index + 1);
        }
    }
}
