def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r.index(5), r.count(5), 5 in r, 6 in r, r.start, r.stop, r.step, range(0) == range(5, 2), range(0, 3) == range(3))
print(list(range(5, 0, -2)), hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__)
check(lambda: range(1, 2, 0))
check(lambda: range(1.5))
check(lambda: r[100])
check(lambda: r.index(6))
