package org.pyston.builtins.module;

import org.pyston.builtins.container.IteratorMethods;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.ItemOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;

/**
 * The methods of the iterator types that are builtins (enumerate, zip, map, filter, reversed):
 * each a {@code __new__}, so the type object itself is what the builtins module binds (as CPython:
 * {@code type(enumerate) is type}), plus the iterator protocol of {@link IteratorMethods}.
 */
public final class IteratorTypeMethods {
    private IteratorTypeMethods() {
    }

    /** The vectorcall arguments without the leading type. */
    static Object[] drop(Object[] all) {
        return java.util.Arrays.copyOfRange(all, 1, all.length);
    }

    /** Subclassing these types is not supported: their type flags say so; guard anyway. */
    static void exact(Object[] all, PyType t) {
        if (all.length > 0 && all[0] != t) {
            throw PyExceptions.notImplementedError("subclasses of %s are not supported yet", t.getName());
        }
    }

    /** {@code __iter__}/{@code __next__} shared by the classes below. */
    public static class Protocol {
        @PyMethod(name = "__iter__")
        public static Object iter(Object self) {
            return IteratorMethods.iter(self);
        }

        @PyMethod(name = "__next__")
        public static Object next(Object self) {
            return IteratorMethods.next(self);
        }
    }

    /** {@code enumerate(iterable, start=0)}. */
    public static final class EnumerateMethods extends Protocol {
        @PyMethod(name = "__new__", isStatic = true, general = true)
        public static Object new_(Object[] all, String[] kwnames) {
            exact(all, BuiltinIterators.Enumerate.TYPE);
            Object[] args = drop(all);
            if (args.length == 0) {
                throw PyExceptions.typeError("enumerate() missing required argument 'iterable'");
            }
            Object[] p = ArgParser.parse("enumerate", args, kwnames, 2, new String[] {"iterable", "start"}, 1);
            Object start = p[1] == null ? PyInt.valueOf(0) : p[1];
            if (!IntMath.isInt(start)) {
                throw PyExceptions.typeError("'%s' object cannot be interpreted as an integer", TypeOps.typeName(start));
            }
            start = org.pyston.builtins.ops.UnaryOps.index(start);
            return new BuiltinIterators.Enumerate(p[0], start);
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(BuiltinIterators.Enumerate self) {
            return PyTuple.of(BuiltinIterators.Enumerate.TYPE, PyTuple.of(self.it, self.count));
        }
    }

    /** {@code zip(*iterables, strict=False)}. */
    public static final class ZipMethods extends Protocol {
        @PyMethod(name = "__new__", isStatic = true, general = true)
        public static Object new_(Object[] all, String[] kwnames) {
            exact(all, BuiltinIterators.Zip.TYPE);
            Object[] args = drop(all);
            Object[] kw = ArgParser.keywords("zip", args, kwnames, "strict");
            return new BuiltinIterators.Zip(ArgParser.positional(args, kwnames), kw[0] != null && Truth.isTrue(kw[0]));
        }

        /** {@code (zip, iterators)}, plus the state {@code True} when strict. */
        @PyMethod(name = "__reduce__")
        public static Object reduce(BuiltinIterators.Zip self) {
            PyTuple its = PyTuple.of(self.its.clone());
            return self.strict ? PyTuple.of(BuiltinIterators.Zip.TYPE, its, PyBool.TRUE)
                    : PyTuple.of(BuiltinIterators.Zip.TYPE, its);
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(BuiltinIterators.Zip self, Object state) {
            self.strict = Truth.isTrue(state);
            return PyNone.NONE;
        }
    }

    /** {@code map(function, iterable, ...)}. */
    public static final class MapMethods extends Protocol {
        @PyMethod(name = "__new__", isStatic = true, general = true)
        public static Object new_(Object[] all, String[] kwnames) {
            exact(all, BuiltinIterators.MapIterator.TYPE);
            Object[] args = drop(all);
            if (kwnames != null && kwnames.length > 0) {
                throw PyExceptions.typeError("map() takes no keyword arguments");
            }
            if (args.length < 2) {
                throw PyExceptions.typeError("map() must have at least two arguments.");
            }
            return new BuiltinIterators.MapIterator(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(BuiltinIterators.MapIterator self) {
            Object[] args = new Object[self.its.length + 1];
            args[0] = self.function;
            System.arraycopy(self.its, 0, args, 1, self.its.length);
            return PyTuple.of(BuiltinIterators.MapIterator.TYPE, PyTuple.wrap(args));
        }
    }

    /** {@code filter(function or None, iterable)}. */
    public static final class FilterMethods extends Protocol {
        @PyMethod(name = "__new__", isStatic = true, general = true)
        public static Object new_(Object[] all, String[] kwnames) {
            exact(all, BuiltinIterators.Filter.TYPE);
            Object[] args = drop(all);
            if (kwnames != null && kwnames.length > 0) {
                throw PyExceptions.typeError("filter() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw PyExceptions.typeError("filter expected 2 arguments, got %d", args.length);
            }
            return new BuiltinIterators.Filter(args[0], args[1]);
        }

        @PyMethod(name = "__reduce__")
        public static Object reduce(BuiltinIterators.Filter self) {
            Object f = self.function == null ? PyNone.NONE : self.function;
            return PyTuple.of(BuiltinIterators.Filter.TYPE, PyTuple.of(f, self.it));
        }
    }

    /** {@code reversed(sequence)}. */
    public static final class ReversedMethods extends Protocol {
        @PyMethod(name = "__new__", isStatic = true, general = true)
        public static Object new_(Object[] all, String[] kwnames) {
            exact(all, BuiltinIterators.Reversed.TYPE);
            Object[] args = drop(all);
            if (kwnames != null && kwnames.length > 0) {
                throw PyExceptions.typeError("reversed() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw PyExceptions.typeError("reversed expected 1 argument, got %d", args.length);
            }
            Object seq = args[0];
            if (seq instanceof PyDict d) {
                // dict_reversekeyiterator: keys, last inserted first (a snapshot)
                Object[] keys = org.pyston.builtins.ops.IterOps.toArray(d);
                java.util.Collections.reverse(java.util.Arrays.asList(keys));
                return org.pyston.builtins.ops.IterOps.iter(org.pyston.builtins.container.PyTuple.wrap(keys));
            }
            PyType t = TypeOps.typeOf(seq);
            Object r = t.lookup("__reversed__");
            if (r != null && r != PyNone.NONE) {
                return CallOps.callWithSelf(r, seq, new Object[0], null);
            }
            if (r == PyNone.NONE || seq instanceof PyDict || t.lookup("__getitem__") == null || t.lookup("__len__") == null) {
                throw PyExceptions.typeError("'%s' object is not reversible", t.tpName());
            }
            return new BuiltinIterators.Reversed(seq, ItemOps.len(seq));
        }

        /** {@code (reversed, (seq,), index)}, or over an empty tuple once exhausted. */
        @PyMethod(name = "__reduce__")
        public static Object reduce(BuiltinIterators.Reversed self) {
            PyType t = BuiltinIterators.Reversed.TYPE;
            if (self.seq == null) {
                return PyTuple.of(t, PyTuple.of(PyTuple.of()));
            }
            return PyTuple.of(t, PyTuple.of(self.seq), PyInt.valueOf(self.index));
        }

        @PyMethod(name = "__setstate__")
        public static Object setstate(BuiltinIterators.Reversed self, Object state) {
            long i = org.pyston.builtins.container.IteratorPickling.position(state);
            if (self.seq != null) {
                long n = ItemOps.len(self.seq);
                self.index = i < -1 ? -1 : Math.min(i, n - 1);
            }
            return PyNone.NONE;
        }

        @PyMethod(name = "__length_hint__")
        public static Object lengthHint(BuiltinIterators.Reversed self) {
            return org.pyston.builtins.number.PyInt.valueOf(self.lengthHint());
        }
    }
}
