# itertools used the way real programs use it: grouping, windows, combinatorics, chaining, accumulate, errors
import itertools as it, operator
data = [('a', 1), ('a', 2), ('b', 3), ('c', 4), ('c', 5)]
print([(k, [v for _, v in g]) for k, g in it.groupby(data, key=operator.itemgetter(0))])
print([k for k, _ in it.groupby('aaabbbcca')], [(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
print(list(it.pairwise('abcd')), list(it.islice(it.count(10, 5), 4)), list(it.islice('abcdefg', 1, None, 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain('ab', [1], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'x')), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations('abc', 2)), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat('x', 3)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(a), list(b))
print(list(it.islice(it.cycle('ab'), 5)))
def batched(iterable, n):
    i = iter(iterable)
    while chunk := tuple(it.islice(i, n)):
        yield chunk
print(list(batched(range(7), 3)))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
for call in (lambda: it.islice('abc', -1), lambda: it.repeat(1, 'x'), lambda: list(it.permutations('ab', -1)), lambda: it.count('a'), lambda: list(it.chain(1))):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = it.count(5); next(c); print(repr(c), repr(it.repeat('a', 2)), repr(it.count(1.5, 0.5)))
