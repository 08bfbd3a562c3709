# itertools (ours is Python over generators): every function, reprs of count/repeat, tee, argument errors.
import itertools as it
print(list(it.islice(it.count(5), 3)), repr(it.count(2, 3)), list(it.repeat('a', 3)), repr(it.repeat(1)))
print(list(it.chain([1, 2], (3,))), list(it.chain.from_iterable(["ab", "c"])))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abcdef", 2)), list(it.islice("abc", 1, None)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.islice(it.cycle("ab"), 5)))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, 0, 2])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in it.groupby("aabbbc")], [k for k, g in it.groupby([1, 1, 2])])
print(list(it.pairwise("abcd")), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))), list(it.product("ab", repeat=2)))
print(list(it.product([1, 2], "xy")), list(it.zip_longest("ab", "xyz", fillvalue="-")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), it.tee([], 0))
for bad in (lambda: it.islice([], -1), lambda: it.islice([], 0, 1, 0), lambda: it.combinations([], -1),
            lambda: it.repeat(1, "x"), lambda: it.islice([], "a"), lambda: it.product(repeat=-1), lambda: it.count("a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
