def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = {1, 2, 3}
s.add(4); s.discard(10); s.discard(1); s.remove(2)
print(sorted(s), s.pop() in (3, 4), len(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)), a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7}))
c = a.copy(); c.update([7], (8,)); c.intersection_update({1, 7, 8}); print(sorted(c))
c.difference_update({7}); c.symmetric_difference_update({1, 5}); print(sorted(c))
c.clear(); print(c, set(), set('aab') == {'a', 'b'})
check(lambda: set().pop())
check(lambda: {1}.remove(2))
check(lambda: {[1]})
check(lambda: set().add([]))
check(lambda: {1} <= [1])
