def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(min(3, 1, 2), max([1, 5, 3]), min('abc', key=ord), max([], default='none'), min([(2, 'b'), (1, 'z')]), max(1, 2, key=lambda v: -v), max([1, 1.0]), min([[], [0]]))
print(sum([1, 2, 3]), sum([1.5, 2], 10), sum([[1], [2]], []), sum(range(101)), sum(x for x in ()), any([]), all([]), any([0, '', 1]), all([1, 'a', 0]))
check(lambda: min())
check(lambda: max([]))
check(lambda: min(1, 2, default=0))
check(lambda: sum(['a', 'b'], ''))
check(lambda: sum([1, 'a']))
check(lambda: max(1))
check(lambda: min([1, 'a']))
