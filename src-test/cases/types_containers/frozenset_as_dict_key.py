d = {frozenset({1, 2}): 'a', frozenset(): 'empty'}
print(d[frozenset({2, 1})], d[frozenset()], frozenset({1}) in d, len(d))
