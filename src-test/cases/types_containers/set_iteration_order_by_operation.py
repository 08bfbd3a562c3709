# The iteration (and so print) order of a set is its hash table's slot order, which depends on
# how each operation sizes the table in CPython: set(iterable) and update() add item by item,
# merging a set grows once to twice the combined size, a copy is a merge into an empty table,
# difference_update rebuilds the table when over a quarter of it is deleted slots, and
# a - b copies then discards when b is small.
s = set(range(0, 200, 7))
print(s)
print(set(list(range(0, 200, 7))), frozenset(range(0, 200, 7)))
print(s.copy(), set(s), frozenset(s), s | set(), s.union())
print(s - {7, 14}, s.difference([7, 14]), s - set(range(0, 100)))
t = set(s)
t -= {7, 14}
print(t)
t.difference_update(range(0, 150))
print(t)
u = set(range(0, 200, 7))
u |= {1001, 2002, 3003}
print(u)
u.update([5000, 6000], {7000})
print(u)
print(s & {0, 7, 1000}, s.intersection([196, 7, 0, 5]), s & set(range(0, 300, 2)))
print(s ^ {0, 1, 2}, s.symmetric_difference([7, 8]), {1, 2} ^ s)
v = set(range(0, 200, 7))
v ^= {1, 7}
print(v)
v &= set(range(0, 100))
print(v)
d = {k: None for k in range(40, 0, -3)}
print(set(d), set(d.keys()), d.keys() | {1000}, d.keys() - {1, 4}, d.keys() & {1, 4, 7, 500}, d.keys() ^ {1, 2})
print({1, 4, 99} & d.keys(), [10, 13] | d.keys() if False else set([10, 13]) | set(d))
w = set()
for x in range(0, 400, 9):
    w.add(x)
    if x % 4 == 0:
        w.discard(x // 2)
print(w)
big = set(range(1000))
big.difference_update(range(0, 1000, 3))
print(list(big)[:12], len(big))
print(set("abc") == {"a", "b", "c"}, sorted(set(map(str, range(5)))))
