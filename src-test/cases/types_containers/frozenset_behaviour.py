def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

f = frozenset([3, 1, 2])
print(sorted(f), hash(f) == hash(frozenset([1, 2, 3])), f | {4} == {1, 2, 3, 4}, frozenset(), repr(frozenset({1})), {f: 'ok'}[frozenset({1, 2, 3})])
print(f.union([5]) == {1, 2, 3, 5}, f.copy() is f, hash(frozenset()) == hash(frozenset()))
check(lambda: f.add(1))
