d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}))
i = d.items()
print(sorted(i & {('a', 1), ('b', 5)}), ('a', 1) in i, ('a', 2) in i, 'b' in k, 2 in d.values(), len(k), len(i), len(d.values()))
d['d'] = 4
print(list(k), list(d.values()), list(i)[-1], repr(k), repr(d.values()), repr(i))
print(sorted({'x'} | k), sorted({'a', 'q'} & k), sorted({'a', 'q'} - k))
