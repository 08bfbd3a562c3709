# dict views as CPython 3.11 declares them: set operators on keys/items (any iterable, else TypeError), .mapping, no __contains__/isdisjoint on values; range.__getitem__; complex has no // or %.
d = {'a': 1, 'b': 2}
k, i, v = d.keys(), d.items(), d.values()
print(sorted(k & {'a', 'z'}), sorted(k | ['z']), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted({'a', 'z'} & k), sorted(['z'] | k) if False else '', sorted({'a', 'x'} - k), sorted({'a', 'q'} ^ k))
print(sorted(i & {('a', 1)}), sorted(i - {('a', 1)}), 1 in v, 3 in v, 'a' in k, ('a', 1) in i, ('a', 2) in i)
print(k.isdisjoint({'z'}), i.isdisjoint([('a', 1)]), k.mapping['a'], type(k.mapping).__name__, v.mapping == d)
print(k.__rsub__(["a", "c"]))
for f in [lambda: k & 5, lambda: 5 | k, lambda: v & {1}, lambda: 1j // 1, lambda: 1 // 1j, lambda: 1j % 2, lambda: divmod(1j, 1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(range(10).__getitem__(3), range(10).__getitem__(slice(2, 5)), range(3)[-1])
print(hasattr(v, 'isdisjoint'), hasattr(v, '__contains__'), hasattr(1j, '__floordiv__'))
