def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(lambda: enumerate())
check(lambda: enumerate([], 'x'))
check(lambda: map(abs))
check(lambda: map())
check(lambda: filter(None))
check(lambda: list(reversed({1: 2, 3: 4})))
check(lambda: reversed(set()))
check(lambda: reversed(1, 2))
check(lambda: zip([1], 5))
check(lambda: list(zip([1, 2], [1], strict=True)))
check(lambda: list(zip([1], [1, 2], strict=True)))
check(lambda: enumerate(5))
check(lambda: filter(None, [], x=1))
