def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[1:3], t[::-1], t + (4,), t * 2, (1,) * 0, () == (), (1, 2) < (1, 3), (1,) < (1, 0), hash((1, 2)) == hash((1, 2)), len(t))
print(tuple(), tuple([1]), tuple('ab'), tuple(range(2)), (1,), (), ((),), repr((1,)), 1 in t)
check(lambda: t.index(9))
check(lambda: t[10])
check(lambda: (1,) + [2])
check(lambda: hash(([],)))
check(lambda: t.__setitem__(0, 1))
def assign():
    t[0] = 5
check(assign)
