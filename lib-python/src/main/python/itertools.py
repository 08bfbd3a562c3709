"""Functional tools for creating and using iterators (Pyston for the JVM).

CPython writes this module in C. Ours is Python until a Java version is measured to matter. Each
iterator is a class, as in CPython, with CPython's state machine (the fields of the C struct, with
`_NULL` standing for C's NULL), so that programs can check types, subclass them, copy and pickle
them (`__reduce__`/`__setstate__` in CPython's format, which pickles written by CPython rely on).
Construction happens in `__new__` as in C, so a subclass that overrides `__init__` still gets a
working iterator; keyword arguments are refused CPython's way (only for constructors that take
none, and only when the subclass does not override `__init__`). Kept in lib-python/src/main/python
because no CPython fallback exists for it.
"""

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
           "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest"]

import sys as _sys

# C's NULL in the iterator states: "not set yet" (distinct from None, which is a value).
_NULL = object()


def _typename(o):
    return type(o).__name__


def _index(x, what=None):
    try:
        return x.__index__()
    except AttributeError:
        raise TypeError(f"'{_typename(x)}' object cannot be interpreted as an integer") from None


def _plural(n):
    return "argument" if n == 1 else "arguments"


def _check_args(cls, base, name, args, kwargs, lo, hi):
    """CPython's argument checks of a positional-only constructor (argument clinic + NoKeywords)."""
    if kwargs and (cls is base or cls.__init__ is base.__init__):
        raise TypeError(f"{name}() takes no keyword arguments")
    n = len(args)
    if n < lo or n > hi:
        if lo == hi:
            raise TypeError(f"{name} expected {lo} {_plural(lo)}, got {n}")
        if n < lo:
            raise TypeError(f"{name} expected at least {lo} {_plural(lo)}, got {n}")
        raise TypeError(f"{name} expected at most {hi} {_plural(hi)}, got {n}")


def _bind(fname, args, kwargs, names, required, maxpos=None):
    """Binds a constructor's arguments as CPython's argument clinic does, with its messages.

    Returns one value per name, _NULL for an optional argument not given."""
    maxargs = len(names)
    if maxpos is None:
        maxpos = maxargs
    nargs = len(args)
    total = nargs + len(kwargs)
    if total > maxargs:
        raise TypeError(f"{fname}() takes at most {maxargs} {'keyword ' if nargs == 0 else ''}"
                        f"argument{'s' if maxargs != 1 else ''} ({total} given)")
    if nargs > maxpos:
        raise TypeError(f"{fname}() takes {'exactly' if required == maxpos else 'at most'} {maxpos} "
                        f"positional argument{'s' if maxpos != 1 else ''} ({nargs} given)")
    values = list(args) + [_NULL] * (maxargs - nargs)
    unused = []
    for k, v in kwargs.items():
        i = names.index(k) if k in names else -1
        if i < nargs:
            unused.append((k, i))
        else:
            values[i] = v
    for i in range(required):
        if values[i] is _NULL:
            raise TypeError(f"{fname}() missing required argument '{names[i]}' (pos {i + 1})")
    for k, i in unused:
        if i >= 0:
            raise TypeError(f"argument for {fname}() given by name ('{k}') and position ({i + 1})")
        raise TypeError(f"'{k}' is an invalid keyword argument for {fname}()")
    return values


def _is_iterator(o):
    return hasattr(type(o), "__next__")


def _ssize(o):
    """PyLong_AsSsize_t: an int (or __index__) as a Python int."""
    return _index(o)


class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __new__(cls, *args, **kwargs):
        start, step = _bind("count", args, kwargs, ("start", "step"), 0)
        start = 0 if start is _NULL else start
        step = 1 if step is _NULL else step
        for v in (start, step):
            t = type(v)
            if not (isinstance(v, (int, float, complex)) or hasattr(t, "__index__")
                    or hasattr(t, "__float__") or hasattr(t, "__int__") or hasattr(t, "__complex__")):
                raise TypeError("a number is required")
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return f"{name}({self._n!r})"
        return f"{name}({self._n!r}, {self._step!r})"

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._n,))
        return (type(self), (self._n, self._step))


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __new__(cls, *args, **kwargs):
        object, times = _bind("repeat", args, kwargs, ("object", "times"), 1)
        self = _sys.modules["builtins"].object.__new__(cls)
        self._object = object
        if times is _NULL:
            times = None
        else:
            times = _index(times, "times")
            if times < 0:
                times = 0
        self._times = times
        return self

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f"{name}({self._object!r})"
        return f"{name}({self._object!r}, {self._times})"

    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._object,))
        return (type(self), (self._object, self._times))


class chain:
    """chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __new__(cls, *args, **kwargs):
        if kwargs and (cls is chain or cls.__init__ is chain.__init__):
            raise TypeError("chain() takes no keyword arguments")
        self = object.__new__(cls)
        self._source = iter(args)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        source = iter(iterable)
        self = object.__new__(cls)
        self._source = source
        self._active = None
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            active = self._active
            if active is None:
                iterable = next(self._source, _NULL)
                if iterable is _NULL:
                    self._source = None
                    break
                try:
                    active = self._active = iter(iterable)
                except BaseException:
                    self._source = None
                    raise
            for x in active:
                return x
            self._active = None
        raise StopIteration

    def __reduce__(self):
        if self._source is not None:
            if self._active is not None:
                return (type(self), (), (self._source, self._active))
            return (type(self), (), (self._source,))
        return (type(self), ())

    def __setstate__(self, state):
        if type(state) is not tuple and not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        if not 1 <= len(state) <= 2:
            raise TypeError(f"function takes at least 1 argument ({len(state)} given)"
                            if not state else
                            f"function takes at most 2 arguments ({len(state)} given)")
        source = state[0]
        active = state[1] if len(state) == 2 else None
        if not _is_iterator(source) or (active is not None and not _is_iterator(active)):
            raise TypeError("Arguments must be iterators.")
        self._source = source
        self._active = active


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    def __new__(cls, *args, **kwargs):
        if kwargs and (cls is islice or cls.__init__ is islice.__init__):
            raise TypeError("islice() takes no keyword arguments")
        if len(args) == 2:
            iterable, start, stop, step = args[0], None, args[1], None
        elif 3 <= len(args) <= 4:
            iterable, start, stop = args[0], args[1], args[2]
            step = args[3] if len(args) == 4 else None
        elif len(args) < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
        else:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
        bad_stop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        bad_start = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        if stop is not None:
            try:
                stop = _index(stop)
            except TypeError:
                raise ValueError(bad_stop) from None
            if stop < 0 or stop > _sys.maxsize:
                raise ValueError(bad_stop)
        if start is None:
            start = 0
        else:
            try:
                start = _index(start)
            except TypeError:
                raise ValueError(bad_start) from None
            if start < 0 or start > _sys.maxsize:
                raise ValueError(bad_start)
        if step is None:
            step = 1
        else:
            try:
                step = _index(step)
            except TypeError:
                raise ValueError("Step for islice() must be a positive integer or None.") from None
            if step <= 0 or step > _sys.maxsize:
                raise ValueError("Step for islice() must be a positive integer or None.")
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            if next(it, _NULL) is _NULL:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        item = next(it, _NULL)
        if item is _NULL:
            self._it = None
            raise StopIteration
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item

    def __reduce__(self):
        if self._it is None:
            return (type(self), (iter([]), 0), 0)
        if self._stop is None:
            return (type(self), (self._it, self._next, None, self._step), self._cnt)
        return (type(self), (self._it, self._next, self._stop, self._step), self._cnt)

    def __setstate__(self, state):
        self._cnt = _ssize(state)


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __new__(cls, *args, **kwargs):
        iterable, func, initial = _bind("accumulate", args, kwargs, ("iterable", "func", "initial"), 1, 2)
        func = None if func is _NULL else func
        initial = None if initial is _NULL else initial
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._binop = func
        self._total = _NULL
        self._initial = initial
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        total = self._total
        if total is _NULL:
            self._total = val
            return val
        binop = self._binop
        total = total + val if binop is None else binop(total, val)
        self._total = total
        return total

    def __reduce__(self):
        if self._initial is not None:
            it = chain((self._initial,), self._it)
            return (type(self), (it, self._binop), None)
        if self._total is None:
            it = chain((None,), self._it)
            it = type(self)(it, self._binop)
            return (islice, (it, 1, None))
        return (type(self), (self._it, self._binop), None if self._total is _NULL else self._total)

    def __setstate__(self, state):
        self._total = state


class compress:
    """Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""

    def __new__(cls, *args, **kwargs):
        data, selectors = _bind("compress", args, kwargs, ("data", "selectors"), 2)
        data = iter(data)
        selectors = iter(selectors)
        self = object.__new__(cls)
        self._data = data
        self._selectors = selectors
        return self

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data)
            if next(selectors):
                return datum

    def __reduce__(self):
        return (type(self), (self._data, self._selectors))


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __new__(cls, *args, **kwargs):
        _check_args(cls, cycle, "cycle", args, kwargs, 1, 1)
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._saved = []
        self._index = 0
        self._firstpass = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            item = next(it, _NULL)
            if item is not _NULL:
                if not self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item

    def __reduce__(self):
        if self._it is None:
            it = iter(self._saved)
            if self._index:
                it.__setstate__(self._index)
            return (type(self), (it,), (self._saved, True))
        return (type(self), (self._it,), (self._saved, self._firstpass))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        if len(state) != 2:
            raise TypeError(f"function takes exactly 2 arguments ({len(state)} given)")
        saved, firstpass = state
        if not isinstance(saved, list):
            raise TypeError(f"argument 1 must be list, not {_typename(saved)}")
        if isinstance(firstpass, float) or not hasattr(type(firstpass), "__index__"):
            raise TypeError(f"'{_typename(firstpass)}' object cannot be interpreted as an integer")
        self._saved = saved
        self._firstpass = firstpass.__index__() != 0
        self._index = 0


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""

    def __new__(cls, *args, **kwargs):
        _check_args(cls, dropwhile, "dropwhile", args, kwargs, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._func = args[0]
        self._it = it
        self._start = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it)
            if self._start:
                return item
            if not self._func(item):
                self._start = True
                return item

    def __reduce__(self):
        return (type(self), (self._func, self._it), self._start)

    def __setstate__(self, state):
        self._start = bool(state)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __new__(cls, *args, **kwargs):
        _check_args(cls, takewhile, "takewhile", args, kwargs, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._func = args[0]
        self._it = it
        self._stop = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration

    def __reduce__(self):
        return (type(self), (self._func, self._it), self._stop)

    def __setstate__(self, state):
        self._stop = bool(state)


class filterfalse:
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""

    def __new__(cls, *args, **kwargs):
        _check_args(cls, filterfalse, "filterfalse", args, kwargs, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._func = args[0]
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        func = self._func
        if func is None or func is bool:
            while True:
                item = next(it)
                if not item:
                    return item
        while True:
            item = next(it)
            if not func(item):
                return item

    def __reduce__(self):
        return (type(self), (self._func, self._it))


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __new__(cls, *args, **kwargs):
        _check_args(cls, starmap, "starmap", args, kwargs, 2, 2)
        it = iter(args[1])
        self = object.__new__(cls)
        self._func = args[0]
        self._it = it
        return self

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)

    def __reduce__(self):
        return (type(self), (self._func, self._it))


def _eq(a, b):
    """PyObject_RichCompareBool(a, b, Py_EQ): identity first."""
    return a is b or a == b


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""

    def __new__(cls, *args, **kwargs):
        iterable, key = _bind("groupby", args, kwargs, ("iterable", "key"), 1)
        key = None if key is _NULL else key
        it = iter(iterable)
        self = object.__new__(cls)
        self._it = it
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _NULL
        self._currgrouper = None
        return self

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        keyfunc = self._keyfunc
        newkey = newvalue if keyfunc is None else keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not _eq(self._tgtkey, self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper._create(self, self._tgtkey)
        return (self._currkey, grouper)

    def __reduce__(self):
        if self._tgtkey is not _NULL and self._currkey is not _NULL and self._currvalue is not _NULL:
            return (type(self), (self._it, self._keyfunc),
                    (self._currkey, self._currvalue, self._tgtkey))
        return (type(self), (self._it, self._keyfunc))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        if len(state) != 3:
            raise TypeError(f"function takes exactly 3 arguments ({len(state)} given)")
        self._currkey, self._currvalue, self._tgtkey = state


class _grouper:
    def __new__(cls, parent, tgtkey):
        if not isinstance(parent, groupby):
            raise TypeError(f"_grouper() argument 1 must be itertools.groupby, not {_typename(parent)}")
        return cls._create(parent, tgtkey)

    @classmethod
    def _create(cls, parent, tgtkey):
        self = object.__new__(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        parent._currgrouper = self
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'itertools._grouper' is not an acceptable base type")

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        if not _eq(self._tgtkey, gbo._currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NULL
        return r

    def __reduce__(self):
        if self._parent._currgrouper is not self:
            return (iter, ((),))
        return (type(self), (self._parent, self._tgtkey))


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __new__(cls, *args, **kwargs):
        _check_args(cls, pairwise, "pairwise", args, kwargs, 1, 1)
        it = iter(args[0])
        self = object.__new__(cls)
        self._it = it
        self._old = _NULL
        return self

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _NULL:
            old = self._old = next(it, _NULL)
            if old is _NULL:
                self._it = None
                raise StopIteration
        new = next(it, _NULL)
        if new is _NULL:
            self._it = None
            self._old = _NULL
            raise StopIteration
        self._old = new
        return (old, new)

    def __reduce_ex__(self, protocol):
        raise TypeError(f"cannot pickle 'itertools.{type(self).__name__}' object")


def _check_r(r):
    r = _index(r, "r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class combinations:
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind("combinations", args, kwargs, ("iterable", "r"), 2)
        pool = tuple(iterable)
        r = _check_r(r)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._result = None
        self._stopped = r > len(pool)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        # the common step, first: only the rightmost index advances
        result = self._result
        if result is not None and not self._stopped:
            r = self._r
            if r > 0:
                pool = self._pool
                indices = self._indices
                index = indices[r - 1] + 1
                if index < len(pool):
                    indices[r - 1] = index
                    result[r - 1] = pool[index]
                    return tuple(result)
        return self._advance()

    def _advance(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        if self._result is None:
            self._result = [pool[i] for i in indices]
            return tuple(self._result)
        r = self._r
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        result = self._result
        for j in range(i, r):
            result[j] = pool[indices[j]]
        return tuple(result)

    def __reduce__(self):
        if self._result is None:
            return (type(self), (self._pool, self._r))
        if self._stopped:
            return (type(self), ((), self._r))
        return (type(self), (self._pool, self._r), tuple(self._indices))

    def __setstate__(self, state):
        n = len(self._pool)
        r = self._r
        if not isinstance(state, tuple) or len(state) != r:
            raise ValueError("invalid arguments")
        for i in range(r):
            index = _ssize(state[i])
            top = i + n - r
            if index > top:
                index = top
            if index < 0:
                index = 0
            self._indices[i] = index
        self._result = [self._pool[i] for i in self._indices]


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind("combinations_with_replacement", args, kwargs, ("iterable", "r"), 2)
        pool = tuple(iterable)
        r = _check_r(r)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._result = None
        self._stopped = not pool and r > 0
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        if self._result is None:
            self._result = [pool[0]] * r if r else []
            return tuple(self._result)
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        index = indices[i] + 1
        elem = pool[index]
        result = self._result
        for j in range(i, r):
            indices[j] = index
            result[j] = elem
        return tuple(result)

    def __reduce__(self):
        if self._result is None:
            return (type(self), (self._pool, self._r))
        if self._stopped:
            return (type(self), ((), self._r))
        return (type(self), (self._pool, self._r), tuple(self._indices))

    def __setstate__(self, state):
        n = len(self._pool)
        r = self._r
        if not isinstance(state, tuple) or len(state) != r:
            raise ValueError("invalid arguments")
        for i in range(r):
            index = _ssize(state[i])
            if index < 0:
                index = 0
            elif index > n - 1:
                index = n - 1
            self._indices[i] = index
        self._result = [self._pool[i] for i in self._indices]


class permutations:
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""

    def __new__(cls, *args, **kwargs):
        iterable, r = _bind("permutations", args, kwargs, ("iterable", "r"), 1)
        pool = tuple(iterable)
        n = len(pool)
        if r is _NULL or r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            r = _check_r(r)
        self = object.__new__(cls)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1)) if r <= n else []
        self._result = None
        self._stopped = r > n
        return self

    def __iter__(self):
        return self

    def __next__(self):
        # the common step, first: the rightmost cycle does not roll over
        result = self._result
        if result is not None and not self._stopped:
            r = self._r
            if r > 0:
                i = r - 1
                cycles = self._cycles
                j = cycles[i] - 1
                if j != 0:
                    cycles[i] = j
                    indices = self._indices
                    n = len(indices)
                    indices[i], indices[n - j] = indices[n - j], indices[i]
                    result[i] = self._pool[indices[i]]
                    return tuple(result)
        return self._advance()

    def _advance(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        r = self._r
        if self._result is None:
            self._result = [pool[indices[i]] for i in range(r)]
            return tuple(self._result)
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                index = indices[i]
                indices[i:n - 1] = indices[i + 1:n]
                indices[n - 1] = index
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[n - j] = indices[n - j], indices[i]
                result = self._result
                for k in range(i, r):
                    result[k] = pool[indices[k]]
                return tuple(result)
            i -= 1
        self._stopped = True
        raise StopIteration

    def __reduce__(self):
        if self._result is None:
            return (type(self), (self._pool, self._r))
        if self._stopped:
            return (type(self), ((), self._r))
        return (type(self), (self._pool, self._r), (tuple(self._indices), tuple(self._cycles)))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError(f"function takes exactly 2 arguments" if False else
                            f"argument must be tuple, not {_typename(state)}")
        if len(state) != 2:
            raise TypeError(f"function takes exactly 2 arguments ({len(state)} given)")
        indices, cycles = state
        for k, v in enumerate(state):
            if not isinstance(v, tuple):
                raise TypeError(f"argument {k + 1} must be tuple, not {_typename(v)}")
        n = len(self._pool)
        r = self._r
        if len(indices) != n or len(cycles) != r:
            raise ValueError("invalid arguments")
        for i in range(n):
            index = _ssize(indices[i])
            if index < 0:
                index = 0
            elif index > n - 1:
                index = n - 1
            self._indices[i] = index
        for i in range(r):
            index = _ssize(cycles[i])
            if index < 1:
                index = 1
            elif index > n - i:
                index = n - i
            self._cycles[i] = index
        self._result = [self._pool[self._indices[i]] for i in range(r)]


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration).

To compute the product of an iterable with itself, specify the number
of repetitions with the optional repeat keyword argument. For example,
product(A, repeat=4) means the same as product(A, A, A, A).

product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""

    def __new__(cls, *args, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(f"product() takes at most 1 keyword argument ({len(kwargs)} given)")
            if "repeat" not in kwargs:
                (name,) = kwargs
                raise TypeError(f"'{name}' is an invalid keyword argument for product()")
            repeat = kwargs["repeat"]
            if isinstance(repeat, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            repeat = _index(repeat)
            if repeat < 0:
                raise ValueError("repeat argument cannot be negative")
        if args and repeat > _sys.maxsize // len(args):
            raise OverflowError("repeat argument too large")
        pools = tuple(tuple(a) for a in args) * repeat
        self = object.__new__(cls)
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False
        return self

    def __iter__(self):
        return self

    def __next__(self):
        # the common step, first: only the rightmost index advances
        result = self._result
        if result is not None and not self._stopped:
            last = len(result) - 1
            if last >= 0:
                pool = self._pools[last]
                indices = self._indices
                index = indices[last] + 1
                if index < len(pool):
                    indices[last] = index
                    result[last] = pool[index]
                    return tuple(result)
        return self._advance()

    def _advance(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            result = []
            for pool in pools:
                if not pool:
                    self._stopped = True
                    raise StopIteration
                result.append(pool[0])
            self._result = result
            return tuple(result)
        indices = self._indices
        result = self._result
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            index = indices[i] + 1
            if index == len(pool):
                indices[i] = 0
                result[i] = pool[0]
            else:
                indices[i] = index
                result[i] = pool[index]
                return tuple(result)
            i -= 1
        self._stopped = True
        raise StopIteration

    def __reduce__(self):
        if self._stopped:
            return (type(self), ((),))
        if self._result is None:
            return (type(self), self._pools)
        return (type(self), self._pools, tuple(self._indices))

    def __setstate__(self, state):
        pools = self._pools
        n = len(pools)
        if not isinstance(state, tuple) or len(state) != n:
            raise ValueError("invalid arguments")
        for i in range(n):
            index = _ssize(state[i])
            poolsize = len(pools[i])
            if poolsize == 0:
                self._stopped = True
                return
            if index < 0:
                index = 0
            elif index > poolsize - 1:
                index = poolsize - 1
            self._indices[i] = index
        self._result = [pools[i][self._indices[i]] for i in range(n)]


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument.
"""

    def __new__(cls, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        iterators = [iter(a) for a in args]
        self = object.__new__(cls)
        self._iterators = iterators
        self._numactive = len(iterators)
        self._fillvalue = fillvalue
        return self

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or not self._numactive:
            raise StopIteration
        fillvalue = self._fillvalue
        result = []
        for i, it in enumerate(iterators):
            if it is None:
                item = fillvalue
            else:
                try:
                    item = next(it)
                except StopIteration:
                    self._numactive -= 1
                    if not self._numactive:
                        raise
                    item = fillvalue
                    iterators[i] = None
                except BaseException:
                    self._numactive = 0
                    raise
            result.append(item)
        return tuple(result)

    def __reduce__(self):
        args = tuple(() if it is None else it for it in self._iterators)
        return (type(self), args, self._fillvalue)

    def __setstate__(self, state):
        self._fillvalue = state


# The buffer that tee iterators share: LINKCELLS values, then a link to the next buffer.
_LINKCELLS = 57


class _tee_dataobject:
    """teedataobject(iterable, values, next, /)
--
Data container common to multiple tee objects."""

    def __new__(cls, it, values, nextlink):
        if not isinstance(values, list):
            raise TypeError(f"_tee_dataobject() argument 2 must be list, not {_typename(values)}")
        self = cls._create(it)
        if len(values) > _LINKCELLS:
            raise ValueError("_tee_dataobject: too many values")
        self._values = list(values)
        if len(values) == _LINKCELLS:
            if nextlink is not None:
                if type(nextlink) is not _tee_dataobject:
                    raise ValueError("_tee_dataobject next link must be a _tee_dataobject")
                self._nextlink = nextlink
        elif nextlink is not None:
            raise ValueError("_tee_dataobject should not have a next link")
        return self

    @classmethod
    def _create(cls, it):
        self = object.__new__(cls)
        self._it = it
        self._values = []
        self._running = False
        self._nextlink = None
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'itertools._tee_dataobject' is not an acceptable base type")

    def _getitem(self, i):
        values = self._values
        if i < len(values):
            return values[i]
        if self._running:
            raise RuntimeError("cannot re-enter the tee iterator")
        self._running = True
        try:
            value = next(self._it)
        finally:
            self._running = False
        values.append(value)
        return value

    def _jumplink(self):
        if self._nextlink is None:
            self._nextlink = _tee_dataobject._create(self._it)
        return self._nextlink

    def __reduce__(self):
        return (type(self), (self._it, list(self._values), self._nextlink))


class _tee:
    """Iterator wrapped to make it copyable."""

    def __new__(cls, *args, **kwargs):
        _check_args(cls, _tee, "_tee", args, kwargs, 1, 1)
        return _tee_fromiterable(args[0])

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'itertools._tee' is not an acceptable base type")

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= _LINKCELLS:
            self._dataobj = self._dataobj._jumplink()
            self._index = 0
        value = self._dataobj._getitem(self._index)
        self._index += 1
        return value

    def __copy__(self):
        """Returns an independent iterator."""
        t = object.__new__(_tee)
        t._dataobj = self._dataobj
        t._index = self._index
        return t

    def __reduce__(self):
        return (type(self), ((),), (self._dataobj, self._index))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        if len(state) != 2:
            raise TypeError(f"function takes exactly 2 arguments ({len(state)} given)")
        tdo, index = state
        if type(tdo) is not _tee_dataobject:
            raise TypeError(f"argument 1 must be itertools._tee_dataobject, not {_typename(tdo)}")
        index = _ssize(index)
        if index < 0 or index > _LINKCELLS:
            raise ValueError("Index out of range")
        self._dataobj = tdo
        self._index = index


def _tee_fromiterable(iterable):
    it = iter(iterable)
    if type(it) is _tee:
        return it.__copy__()
    t = object.__new__(_tee)
    t._dataobj = _tee_dataobject._create(it)
    t._index = 0
    return t


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _index(n, "n")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copyfunc = getattr(it, "__copy__", None)
    if copyfunc is not None:
        copyable = it
    else:
        copyable = _tee_fromiterable(it)
        copyfunc = copyable.__copy__
    result = [copyable]
    for _ in range(1, n):
        result.append(copyfunc())
    return tuple(result)


# CPython's type names (pickle finds the classes by these, and repr shows them).
for _cls in (count, repeat, chain, islice, accumulate, compress, cycle, dropwhile, takewhile,
             filterfalse, starmap, groupby, _grouper, pairwise, combinations,
             combinations_with_replacement, permutations, product, zip_longest, _tee_dataobject,
             _tee):
    _cls.__module__ = "itertools"
del _cls
