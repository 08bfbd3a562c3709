s = {x % 5 for x in range(20)}
print(sorted(s), len(s), 3 in s, sorted(s - {0}), sorted({1, 2} | {2, 3}), {1, 2} & {5}, set() == frozenset())
