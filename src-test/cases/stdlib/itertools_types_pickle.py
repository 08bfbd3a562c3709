# itertools iterators are classes (as CPython's C types): type checks, subclassing with
# __init__/__new__ overrides, keyword refusal, copy/deepcopy/pickle of part-consumed iterators,
# __setstate__ validation, tee sharing and re-entry.
import copy
import itertools
import operator
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)


def take(n, it):
    return list(islice(it, n))


def expand(it, depth=0):
    if depth > 5 or isinstance(it, str):
        return it
    try:
        items = list(islice(it, 6))
    except TypeError:
        return it
    return [expand(x, depth + 1) for x in items]


def lt3(x):
    return x < 3


def lt5(x):
    return x < 5


def second(a, b):
    return b


def roundtrip(name, make, skip=1):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = make()
        for _ in range(skip):
            next(it, None)
        copied = pickle.loads(pickle.dumps(it, proto))
        deep = copy.deepcopy(it)
        if type(copied) is not type(it):
            print("  pickled as", type(copied).__name__)
        a, b, c = expand(copied), expand(deep), expand(it)
        if not (a == b == c):
            print("MISMATCH", name, proto, a, b, c)
    print(name, expand(make()))


print([t.__name__ for t in (type(accumulate([])), type(chain()), type(cycle("")),
                            type(compress("", "")), type(pairwise("")), type(tee("")[0]))])
print(type(accumulate([1])) is accumulate, isinstance(product("a"), product))

roundtrip("accumulate", lambda: accumulate(range(6)))
roundtrip("accumulate-func", lambda: accumulate([3, 1, 4, 1, 5], max), 2)
roundtrip("accumulate-initial", lambda: accumulate([1, 2, 3], initial=100), 0)
roundtrip("accumulate-none", lambda: accumulate([None, 1], second), 1)
roundtrip("chain", lambda: chain("ab", "cd", "e"), 3)
roundtrip("chain.from_iterable", lambda: chain.from_iterable(["ab", "c"]), 1)
roundtrip("compress", lambda: compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
roundtrip("count", lambda: count(3, 2))
roundtrip("cycle", lambda: cycle("abc"), 4)
roundtrip("dropwhile", lambda: dropwhile(lt3, range(8)))
roundtrip("takewhile", lambda: takewhile(lt5, range(8)), 2)
roundtrip("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2, 0]))
roundtrip("starmap", lambda: starmap(operator.pow, [(2, 3), (3, 2), (10, 2)]))
roundtrip("islice", lambda: islice(range(20), 2, 15, 3))
roundtrip("repeat", lambda: repeat("x", 4))
roundtrip("combinations", lambda: combinations("abcd", 2), 2)
roundtrip("combinations_with_replacement", lambda: combinations_with_replacement("abc", 2), 2)
roundtrip("permutations", lambda: permutations("abc", 2), 3)
roundtrip("product", lambda: product("ab", range(3)), 2)
roundtrip("zip_longest", lambda: zip_longest("abc", "x", fillvalue="-"))
roundtrip("groupby", lambda: groupby("aabbbcd"), 1)

# cycle's two __setstate__ modes and its argument checks
c = cycle("defg")
c.__setstate__((list("abc"), 0))
print(take(12, c))
c = cycle("defg")
c.__setstate__((list("abcdefg"), 1))
print(take(12, c))
for bad in ([list("ab"), 0], (tuple("ab"), 0), (list("ab"), "x"), (), ([],)):
    try:
        cycle("x").__setstate__(bad)
    except TypeError as e:
        print("cycle TypeError", e)

# chain.__setstate__
for bad in ((), [], 0, ([],), (iter([]), [])):
    try:
        chain().__setstate__(bad)
    except TypeError as e:
        print("chain TypeError", e)
it = chain()
it.__setstate__((iter(["abc", "de"]), iter(["z"])))
print(list(it))

# product/combinations clamp indices given to __setstate__
p = product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p))
p = product((1, 2), (), (3,))
p.__setstate__((0, 0, 0x1000))
print(list(p))
cb = combinations("abcd", 2)
next(cb)
cb.__setstate__((1, 99))
print(list(cb))
try:
    cb.__setstate__((1,))
except ValueError as e:
    print("ValueError", e)

# subclasses: construction happens in __new__, keywords refused unless __init__ is overridden
for cls, args in [(chain, ([1, 2], [3])), (islice, ("abcdef", 1, 4)), (cycle, ([1, 2],)),
                  (dropwhile, (lambda x: x < 2, [1, 2, 3])), (takewhile, (lambda x: x < 2, [1, 2, 3])),
                  (filterfalse, (None, [0, 1, 0])), (starmap, (operator.add, [(1, 2)])),
                  (pairwise, ("abc",)), (map, (str, [1, 2])), (filter, (None, [0, 1])),
                  (zip, ("ab", "cd")), (enumerate, ("ab",)), (compress, ("abc", [1, 0, 1])),
                  (accumulate, ([1, 2, 3],)), (product, ("ab",)), (repeat, (7, 2))]:
    class Sub(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, extra=None):
            self.extra = extra

    u = Sub(*args)
    print(cls.__name__, type(u).__name__, isinstance(u, cls), take(3, u))
    try:
        Sub(*args, newarg=3)
    except TypeError as e:
        print("  TypeError", e)
    if cls not in (repeat, zip, compress, accumulate, product, enumerate):
        w = WithInit(*args, extra=5)
        print("  init", w.extra, take(3, w))

# argument errors
for f in (lambda: cycle(), lambda: cycle(1, 2), lambda: dropwhile(len), lambda: pairwise(),
          lambda: chain(x=1), lambda: islice([1], 1, x=2), lambda: product("a", foo=1),
          lambda: product("a", repeat=-1), lambda: zip_longest("a", fill=1), lambda: count("a"),
          lambda: combinations("abc", -1), lambda: permutations("abc", "x"), lambda: tee([], -1),
          lambda: compress("a", [1], x=1), lambda: compress(data="a", x=1), lambda: repeat(1, 2, 3),
          lambda: repeat(), lambda: repeat(1, object=2), lambda: combinations("abc"),
          lambda: permutations("abc", 2.0), lambda: groupby(), lambda: count(1, 2, 3),
          lambda: accumulate([1], None, 5), lambda: accumulate([1], initial=5, x=1),
          lambda: combinations_with_replacement(r=2), lambda: product(repeat=2.5)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# pairwise cannot be pickled; groupby groups are invalidated by advancing the groupby
try:
    pickle.dumps(pairwise("abc"))
except TypeError as e:
    print("TypeError", e)
g = groupby("aabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])

# tee: copies share one buffer, __copy__ passes through, type(t)(iterable) works, no re-entry
a, b = tee(iter(range(100)))
print(next(a), take(3, b), take(3, a), list(b)[-1])
a, b = tee("abc")
c, d = tee(a)
print(a is c, list(type(a)("def")), list(d), list(b))
a2, b2 = tee(range(3))
print(list(pickle.loads(pickle.dumps(a2))), list(copy.copy(b2)))


class Reenter:
    def __iter__(self):
        return self

    def __next__(self):
        return next(t1)


t1, t2 = tee(Reenter())
try:
    next(t1)
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(count(2.5, 0.5)), repr(repeat([1])), repr(count()), repr(count(step=2)))
print(list(combinations(iterable="abc", r=2)), list(repeat(object="z", times=2)),
      list(accumulate([1, 2], initial=0, func=operator.mul)), list(permutations("ab", None)),
      [(k, list(g)) for k, g in groupby(iterable=[1, 1, 2], key=None)])
